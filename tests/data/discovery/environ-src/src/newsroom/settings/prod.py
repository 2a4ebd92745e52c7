from .common import *  # noqa

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
DEFAULT_FILE_STORAGE = "newsroom.storage.MediaS3Storage"
STATICFILES_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
