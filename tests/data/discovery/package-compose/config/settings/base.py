import os

INSTALLED_APPS = [
    "django.contrib.admin",
    "django_celery_beat",
    "shop.orders",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "shop"),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_RESULT_BACKEND = "django-db"
CELERY_TASK_ROUTES = {
    "shop.orders.tasks.send_receipt": {"queue": "emails"},
    "shop.orders.tasks.build_report": {"queue": "reports"},
}
CELERY_WORKER_CONCURRENCY = 8
CELERY_TASK_TIME_LIMIT = 300
CELERY_BEAT_SCHEDULE = {
    "nightly-cleanup": {"task": "shop.orders.tasks.cleanup", "schedule": 3600.0},
}
CELERY_TASK_DEFAULT_QUEUE = "default"
