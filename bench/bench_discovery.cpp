// Discovery of a generated 5,000-file Django repository (target: under 2 s on the 2-core
// machine). The repository is written once into a temporary folder: a settings package, a
// Celery app, compose and Dockerfile, and 499 apps of 10 files each (models, views, tasks with
// @shared_task queues, urls, admin, migrations, a template and a script).
#include "discover/discoverer.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Infra;

namespace {

void write(const QDir &root, const QString &rel, const QByteArray &data)
{
    const QString path = root.filePath(rel);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
}

QByteArray repeat(const QByteArray &block, int times)
{
    QByteArray out;
    for (int i = 0; i < times; ++i)
        out += QByteArray(block).replace("@", QByteArray::number(i));
    return out;
}

const QTemporaryDir &repository()
{
    static QTemporaryDir dir;
    static bool made = false;
    if (made)
        return dir;
    made = true;
    const QDir root(dir.path());
    write(root, QStringLiteral("manage.py"),
          "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings.production')\n");
    write(root, QStringLiteral("config/__init__.py"), "");
    write(root, QStringLiteral("config/settings/__init__.py"), "");
    QByteArray apps = "INSTALLED_APPS = [\n" + repeat("    'apps.app@',\n", 499) + "]\n";
    write(root, QStringLiteral("config/settings/base.py"),
          "import os\n" + apps
              + "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': os.environ.get('DB_HOST', 'db')}}\n"
                "CACHES = {'default': {'BACKEND': 'django_redis.cache.RedisCache', 'LOCATION': os.environ.get('REDIS_URL', 'redis://r/1')}}\n"
                "CELERY_BROKER_URL = os.environ.get('CELERY_BROKER_URL', 'redis://r/0')\n"
                "CELERY_TASK_ROUTES = {\n" + repeat("    'apps.app@.tasks.*': {'queue': 'q@'},\n", 50) + "}\n"
              + "CELERY_BEAT_SCHEDULE = {\n" + repeat("    'job@': {'task': 'apps.app@.tasks.job', 'schedule': 60},\n", 40) + "}\n");
    write(root, QStringLiteral("config/settings/production.py"), "from .base import *\nSESSION_ENGINE = 'django.contrib.sessions.backends.cache'\n");
    write(root, QStringLiteral("config/celery.py"),
          "from celery import Celery\napp = Celery('bench')\napp.config_from_object('django.conf:settings', namespace='CELERY')\n");
    write(root, QStringLiteral("requirements.txt"), "Django==5.1\ncelery==5.4\ngunicorn\npsycopg[binary]\ndjango-redis\n");
    write(root, QStringLiteral("Dockerfile"), "FROM python:3.12\nCMD gunicorn config.wsgi -w 4 -b :8000\n");
    write(root, QStringLiteral("docker-compose.yml"),
          "services:\n  web:\n    build: .\n  worker:\n    build: .\n    command: celery -A config worker -Q q1,q2 -c 8\n"
          "  redis:\n    image: redis:7\n");
    const QByteArray models = "from django.db import models\n\n"
        + repeat("class Model@(models.Model):\n    name = models.CharField(max_length=200)\n    created = models.DateTimeField(auto_now_add=True)\n\n", 12);
    const QByteArray views = "from django.shortcuts import render\n\n"
        + repeat("def view@(request):\n    return render(request, 'index.html', {'n': @})\n\n", 15);
    const QByteArray migration = "from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n    operations = [\n"
        + repeat("        migrations.CreateModel(name='Model@', fields=[('id', models.AutoField(primary_key=True))]),\n", 12) + "    ]\n";
    const QByteArray html = "<html><body>\n" + repeat("<div class=\"row\">{{ item.@ }}</div>\n", 40) + "</body></html>\n";
    const QByteArray js = repeat("function f@(x) { return x * @; }\n", 60);
    for (int i = 0; i < 499; ++i) {
        const QString app = QStringLiteral("apps/app%1/").arg(i);
        const QByteArray n = QByteArray::number(i);
        write(root, app + QStringLiteral("__init__.py"), "");
        write(root, app + QStringLiteral("models.py"), models);
        write(root, app + QStringLiteral("views.py"), views);
        write(root, app + QStringLiteral("tasks.py"),
              "from celery import shared_task\n\n"
              + repeat("@shared_task(queue='q" + n + "')\ndef task@(x):\n    return x\n\n", 8)
              + "def later(x):\n    task0.apply_async(args=[x], queue='later" + n + "')\n");
        write(root, app + QStringLiteral("urls.py"), "from django.urls import path\nfrom . import views\nurlpatterns = []\n");
        write(root, app + QStringLiteral("admin.py"), "from django.contrib import admin\n");
        write(root, app + QStringLiteral("apps.py"), "from django.apps import AppConfig\nclass C(AppConfig):\n    name = 'apps.app" + n + "'\n");
        write(root, app + QStringLiteral("migrations/0001_initial.py"), migration);
        write(root, app + QStringLiteral("templates/index.html"), html);
        write(root, app + QStringLiteral("static/app.js"), js);
    }
    return dir;
}

void BM_DiscoverRepository(benchmark::State &state)
{
    const QString root = repository().path();
    int facts = 0, files = 0;
    for (auto _ : state) {
        const DiscoveryResult r = Discoverer::discover(root);
        facts = int(r.facts.size());
        files = r.filesSeen;
        benchmark::DoNotOptimize(r.design);
    }
    state.counters["files"] = files;
    state.counters["facts"] = facts;
}
BENCHMARK(BM_DiscoverRepository)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

} // namespace

BENCHMARK_MAIN();
