from newsroom.tasks_app import celery
from celery import shared_task


@shared_task(queue="feeds")
def refresh_feeds():
    pass


@celery.task(bind=True, queue="emails.digest", soft_time_limit=60)
def send_digest(self):
    pass


@shared_task
def render_article(article_id):
    pass


def publish(article):
    render_article.apply_async(args=[article.id], queue="render")
