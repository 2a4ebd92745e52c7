import environ

env = environ.Env(DEBUG=(bool, False))

DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL", default="postgres://news@db:5432/news")}
CACHES = {"default": env.cache("CACHE_URL", default="redis://cache:6379/0")}
REDIS_URL = env.str("REDIS_URL", default="redis://cache:6379")
CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": [REDIS_URL]},
    }
}
