import os

from celery import Celery
from celery.schedules import crontab


def build_schedule():
    schedule = {}
    schedule["refresh-feeds"] = {
        "task": "newsroom.articles.tasks.refresh_feeds",
        "schedule": crontab(minute="*/15"),
    }
    schedule["daily-digest"] = {"task": "newsroom.articles.tasks.send_digest", "schedule": crontab(hour=7)}
    return schedule


celery = Celery("newsroom")
celery.conf.update(
    broker_url=os.environ.get("BROKER_URL", "redis://cache:6379/2"),
    result_backend=os.environ.get("RESULT_BACKEND", "redis://cache:6379/3"),
    task_soft_time_limit=120,
)
celery.conf.beat_schedule = build_schedule()
