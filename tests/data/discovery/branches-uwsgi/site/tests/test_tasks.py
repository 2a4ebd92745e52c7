from celery import shared_task


@shared_task(queue="test-only")
def fake():
    pass
