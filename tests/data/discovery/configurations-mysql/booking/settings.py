from configurations import Configuration, values


class Base(Configuration):
    INSTALLED_APPS = ["django.contrib.admin", "booking.rooms"]
    DATABASES = values.DatabaseURLValue("mysql://booking@localhost/booking")
    CELERY_BROKER_URL = "amqp://guest@rabbit:5672//"
    CELERY_RESULT_BACKEND = values.Value("rpc://")
    CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"


class Dev(Base):
    DEBUG = True
    CELERY_BROKER_URL = "memory://"


class Prod(Base):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache", "LOCATION": "memcached:11211"}}
