import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "booking.settings")
os.environ.setdefault("DJANGO_CONFIGURATION", "Prod")

import configurations  # noqa: E402

configurations.setup()

app = Celery("booking")
app.config_from_object("django.conf:settings", namespace="CELERY")


@app.on_after_configure.connect
def setup_periodic_tasks(sender, **kwargs):
    sender.add_periodic_task(300.0, expire_holds.s(), name="expire holds every 5 minutes")


@app.task
def expire_holds():
    pass
