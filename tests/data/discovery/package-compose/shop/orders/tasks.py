from celery import shared_task


@shared_task
def send_receipt(order_id):
    return order_id


@shared_task(time_limit=900)
def build_report(day):
    return day


@shared_task
def cleanup():
    pass
