from .base import *  # noqa
from .base import INSTALLED_APPS

DATABASES["default"]["CONN_MAX_AGE"] = 60
DATABASES["replica"] = {
    "ENGINE": "django.db.backends.postgresql",
    "HOST": os.environ.get("POSTGRES_REPLICA_HOST", "replica"),
}
DATABASE_ROUTERS = ["config.routers.ReplicaRouter"]

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
