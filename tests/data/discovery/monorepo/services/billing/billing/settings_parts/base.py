INSTALLED_APPS = ["django.contrib.auth", "billing.invoices"]
CELERY_BROKER_URL = "sqs://"
