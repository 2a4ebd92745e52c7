// The Celery application (config/celery.py): queues, routes and the worker groups serving them.
#include "configemitter.h"

#include "docscontext.h"

#include "model/celerymetrics.h"

#include <QMap>

namespace Infra {

QByteArray ConfigEmitter::celeryApp(const DocsContext &ctx)
{
    const Design &d = ctx.design();
    const QString app = ctx.celeryApp();
    QString notice = ctx.notice();
    notice.replace(QStringLiteral("\"\"\""), QStringLiteral("'''"));
    QString out;
    out += QStringLiteral(R"("""Celery application %1 (celery -A %1).

%2

Queues and routes come from the design; broker, result backend and the other CELERY_*
settings from settings/production.py.
"""

import logging
import os

from celery import Celery
from kombu import Exchange, Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", %3)

app = Celery(%4)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
)")
               .arg(app, notice, pythonString(ctx.djangoModule() + QStringLiteral(".settings.production")),
                    pythonString(app));

    // Which worker groups consume each queue, for the comments.
    QMap<QString, QStringList> consumers;
    for (const Component *w : ctx.all(ComponentKind::EcsWorker)) {
        for (const QString &q : w->listParam(QStringLiteral("queues")))
            consumers[q].append(QStringLiteral("%1 (%2 x concurrency %3)")
                                    .arg(w->id)
                                    .arg(w->intParam(QStringLiteral("desired_tasks")))
                                    .arg(w->intParam(QStringLiteral("concurrency"))));
    }

    const QStringList queues = ctx.celeryQueues();
    out += QStringLiteral("\n# Every queue a worker group consumes or a route names, with its consumers.\n");
    out += QStringLiteral("app.conf.task_queues = (\n");
    for (const QString &q : queues) {
        const QStringList who = consumers.value(q);
        out += QStringLiteral("    Queue(%1, Exchange(%1), routing_key=%1),  # %2\n")
                   .arg(pythonString(q),
                        who.isEmpty() ? QStringLiteral("no consumer in the design") : who.join(QStringLiteral(", ")));
    }
    out += QStringLiteral(")\n");
    out += QStringLiteral("# Tasks no route names go here (the design's findings assume the same queue).\n"
                          "app.conf.task_default_queue = \"default\"\n");

    out +=
        QStringLiteral("\n# Routes in the design's order. Celery looks up exact task names first, then tries the\n"
                       "# patterns in this order and takes the first that matches (the design's findings check it).\n");
    const QList<CeleryRoute> &routes = d.routes();
    if (routes.isEmpty()) {
        out += QStringLiteral("app.conf.task_routes = {}\n");
    } else {
        out += QStringLiteral("app.conf.task_routes = {\n");
        for (const CeleryRoute &r : routes)
            out += QStringLiteral("    %1: {\"queue\": %2},\n").arg(pythonString(r.task), pythonString(r.queue));
        out += QStringLiteral("}\n");
    }

    // A Redis-protocol broker (ElastiCache or MemoryDB) publishes no queue metric of its own;
    // the workers' scaling policies (terraform/ecs.tf) track this one instead.
    const QString broker = ctx.brokerKind();
    if ((broker == QLatin1String("redis") || broker == QLatin1String("memorydb")) && ctx.has(ComponentKind::EcsWorker)) {
        // The queue the publisher runs on: the scheduled worker's when there is one, else the
        // first queue a worker group consumes.
        QString publisherQueue;
        for (const Component *w : ctx.all(ComponentKind::EcsWorker)) {
            const QStringList qs = w->listParam(QStringLiteral("queues"));
            if (publisherQueue.isEmpty() && !qs.isEmpty())
                publisherQueue = qs.first();
            if (qs.contains(QStringLiteral("scheduled")))
                publisherQueue = QStringLiteral("scheduled");
        }
        out += QStringLiteral(R"(
# Queue backlog for the worker groups' scaling policies (terraform/autoscaling.tf). Redis, unlike
# SQS, publishes no queue metric: every minute Beat sends publish_queue_backlog, which reads each
# queue's length and how many worker tasks consume it and publishes BacklogPerTask (messages
# waiting per consuming task) and QueueLength to CloudWatch, dimension Queue.
BACKLOG_NAMESPACE = %2
BACKLOG_METRIC = %3
BACKLOG_DIMENSION = %4


def backlog_per_task(lengths, consumers):
    """Messages waiting per consuming worker task, by queue. A queue no worker consumes counts its
    whole length, so that its group scales out from zero."""
    return {queue: length / max(consumers.get(queue, 0), 1) for queue, length in lengths.items()}


def measure_backlog(celery_app=app):
    """(queue lengths, consumers): lengths from the broker, consumers from the workers' replies."""
    lengths = {}
    with celery_app.connection_for_read() as connection:
        channel = connection.default_channel
        for queue in celery_app.conf.task_queues:
            lengths[queue.name] = channel.queue_declare(queue=queue.name).message_count
    consumers = {}
    for queues in (celery_app.control.inspect(timeout=2).active_queues() or {}).values():
        for queue in queues:
            consumers[queue["name"]] = consumers.get(queue["name"], 0) + 1
    return lengths, consumers


@app.task(name="infra_studio.publish_queue_backlog", ignore_result=True)
def publish_queue_backlog():
    lengths, consumers = measure_backlog()
    backlog = backlog_per_task(lengths, consumers)
    try:
        import boto3
    except ImportError:
        logging.getLogger(__name__).warning("boto3 missing: queue backlog not published: %s", backlog)
        return backlog
    data = []
    for queue, value in backlog.items():
        dimensions = [{"Name": BACKLOG_DIMENSION, "Value": queue}]
        data.append({"MetricName": BACKLOG_METRIC, "Dimensions": dimensions, "Value": value, "Unit": "Count"})
        data.append({"MetricName": %5, "Dimensions": dimensions, "Value": lengths[queue], "Unit": "Count"})
    boto3.client("cloudwatch").put_metric_data(Namespace=BACKLOG_NAMESPACE, MetricData=data)
    return backlog


app.conf.beat_schedule = {
    "publish-queue-backlog": {
        "task": "infra_studio.publish_queue_backlog",
        "schedule": 60.0,
        "options": {"queue": %1, "expires": 55},
    },
}
)")
                   .arg(pythonString(publisherQueue), pythonString(CeleryMetrics::nameSpace()),
                        pythonString(CeleryMetrics::backlogPerTask()), pythonString(CeleryMetrics::queueDimension()),
                        pythonString(CeleryMetrics::queueLength()));
    }

    if (ctx.has(ComponentKind::EcsWorker)) {
        out += QStringLiteral("\n# Worker groups (ECS services in cluster %1; commands in worker-commands.sh):\n")
                   .arg(ctx.clusterName());
        for (const Component *w : ctx.all(ComponentKind::EcsWorker)) {
            QStringList cmd = serviceCommand(ctx, *w);
            out += QStringLiteral("#   %1: %2 tasks (%3-%4): %5\n")
                       .arg(w->id)
                       .arg(w->intParam(QStringLiteral("desired_tasks")))
                       .arg(w->intParam(QStringLiteral("min_tasks")))
                       .arg(w->intParam(QStringLiteral("max_tasks")))
                       .arg(cmd.join(QLatin1Char(' ')));
        }
    }
    return out.toUtf8();
}

} // namespace Infra
