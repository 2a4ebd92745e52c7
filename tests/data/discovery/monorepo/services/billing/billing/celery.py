from celery import Celery
from kombu import Queue

app = Celery("billing")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.task_queues = (Queue("invoices"), Queue("payments"))
