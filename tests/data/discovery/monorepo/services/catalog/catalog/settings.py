DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "catalog.sqlite3"}}
