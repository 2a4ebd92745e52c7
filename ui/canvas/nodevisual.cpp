#include "nodevisual.h"

#include "derive/derivedmodel.h"
#include "schematext.h"

#include <QLocale>

#include <cmath>

namespace Infra {

namespace {

thread_local bool t_sourceTexts = false;

QString number(double v)
{
    return QString::number(v, 'g', 4);
}

QString taskSize(const Component &c)
{
    return NodeVisual::tr("%1 vCPU · %2 GB · %3")
        .arg(number(double(c.intParam(QStringLiteral("cpu"))) / 1024.0),
             number(double(c.intParam(QStringLiteral("memory"))) / 1024.0), c.stringParam(QStringLiteral("architecture")));
}

QString taskRange(const Component &c)
{
    return NodeVisual::tr("tasks %1–%2–%3")
        .arg(c.intParam(QStringLiteral("min_tasks")))
        .arg(c.intParam(QStringLiteral("desired_tasks")))
        .arg(c.intParam(QStringLiteral("max_tasks")));
}

} // namespace

QStringList NodeVisual::keyParameters(const Component &c)
{
    const auto s = [&](const char *key) { return c.stringParam(QString::fromLatin1(key)); };
    const auto i = [&](const char *key) { return c.intParam(QString::fromLatin1(key)); };
    const auto b = [&](const char *key) { return c.boolParam(QString::fromLatin1(key)); };
    switch (c.kind) {
    case ComponentKind::CloudFront:
        return {s("price_class"), tr("cache hit %1 % · %2").arg(number(c.doubleParam(QStringLiteral("cache_hit_ratio"))), s("viewer_protocol_policy"))};
    case ComponentKind::Alb:
        return {b("internal") ? tr("internal") : tr("internet-facing"),
                b("http_redirect") ? tr("HTTPS 443 · redirect 80") : tr("HTTPS 443")};
    case ComponentKind::EcsWeb:
        return {taskSize(c), tr("%1 ×%2 · %3").arg(s("server")).arg(i("workers")).arg(taskRange(c))};
    case ComponentKind::EcsWorker:
        return {tr("queues: %1").arg(c.listParam(QStringLiteral("queues")).join(QStringLiteral(", "))),
                tr("c=%1 · %2").arg(i("concurrency")).arg(taskRange(c))};
    case ComponentKind::EcsBeat:
        return {taskSize(c), tr("%n task(s)", nullptr, int(i("desired_tasks")))};
    case ComponentKind::RdsPostgres:
        return {tr("%1 · PostgreSQL %2").arg(s("instance_class"), s("engine_version")),
                tr("%1 · %2 %3→%4 GB")
                    .arg(b("multi_az") ? tr("Multi-AZ") : tr("Single-AZ"), s("storage_type"))
                    .arg(i("allocated_storage"))
                    .arg(i("max_allocated_storage"))};
    case ComponentKind::PgBouncer:
        return {tr("%1 pool · port %2").arg(s("pool_mode")).arg(i("listen_port")),
                tr("%1 sizing · %2 tasks").arg(s("sizing")).arg(i("desired_tasks"))};
    case ComponentKind::ElastiCacheRedis:
        return {tr("%1 · Redis %2").arg(s("node_type"), s("engine_version")),
                tr("%n replica(s)%1", nullptr, int(i("replicas"))).arg(b("automatic_failover") ? tr(" · failover") : QString())};
    case ComponentKind::S3Bucket:
        return {tr("role: %1").arg(s("role")),
                tr("%1 · %2").arg(b("versioning") ? tr("versioned") : tr("unversioned"), s("encryption"))};
    case ComponentKind::Ecr:
        return {tr("keep %1 images").arg(i("keep_images")), b("scan_on_push") ? tr("scan on push") : QString()};
    case ComponentKind::SecretsManager:
        return {tr("%1 secrets").arg(c.listParam(QStringLiteral("secrets")).size()),
                i("rotation_days") ? tr("rotate every %1 d").arg(i("rotation_days")) : tr("no rotation")};
    case ComponentKind::CloudWatch:
        return {tr("logs kept %1 d").arg(i("log_retention_days")), b("alarms") ? tr("standard alarms") : tr("no alarms")};
    case ComponentKind::Sqs:
        return {b("broker") ? tr("Celery broker") : tr("queues"), tr("visibility %1 s").arg(i("visibility_timeout"))};
    case ComponentKind::AuroraPostgres:
        return {s("capacity") == QLatin1String("serverless_v2")
                    ? tr("Serverless v2 %1–%2 ACU · PostgreSQL %3")
                          .arg(number(c.doubleParam(QStringLiteral("min_acu"))), number(c.doubleParam(QStringLiteral("max_acu"))), s("engine_version"))
                    : tr("%1 · PostgreSQL %2").arg(s("instance_class"), s("engine_version")),
                tr("writer + %n reader(s)%1", nullptr, int(i("readers")))
                    .arg(s("storage_configuration") == QLatin1String("io_optimized") ? tr(" · I/O-Optimized") : QString())};
    case ComponentKind::EventBridgeScheduler:
        return {tr("%n schedule(s)", nullptr, int(c.param(QStringLiteral("schedules")).toMap().size())), tr("time zone %1").arg(s("timezone"))};
    case ComponentKind::MemoryDb:
        return {tr("%1 · %2 %3").arg(s("node_type"), s("engine"), s("engine_version")),
                tr("%1 shard(s) × %2 replica(s) · %3").arg(i("shards")).arg(i("replicas_per_shard")).arg(c.listParam(QStringLiteral("roles")).join(QStringLiteral(", ")))};
    }
    return {};
}

NodeVisual::SourceTexts::SourceTexts()
    : m_previous(t_sourceTexts)
{
    t_sourceTexts = true;
}

NodeVisual::SourceTexts::~SourceTexts()
{
    t_sourceTexts = m_previous;
}

bool NodeVisual::SourceTexts::active()
{
    return t_sourceTexts;
}

QString NodeVisual::tr(const char *sourceText, const char *disambiguation, int n)
{
    if (!t_sourceTexts)
        return QCoreApplication::translate("Infra::NodeVisual", sourceText, disambiguation, n);
    // English, as the plural-only infrastudio_en.ts has it: "(s)" after a count of one goes.
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0) {
        text.replace(QStringLiteral("%n"), QString::number(n));
        text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    return text;
}

QString NodeVisual::costLabel(double usd)
{
    const QLocale locale = t_sourceTexts ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale();
    const QString amount = std::abs(usd) >= 100 ? locale.toString(std::round(usd), 'f', 0) : locale.toString(usd, 'f', 2);
    //: Monthly cost on a diagram node; %1 is the amount in US dollars.
    return tr("$%1/mo").arg(amount);
}

NodeVisual NodeVisual::of(const Component &component, const DerivedModel *derived)
{
    NodeVisual v = shapeOf(component, derived);
    v.name = component.name.isEmpty() ? component.id : component.name;
    v.subtitle = t_sourceTexts ? kindDisplayName(component.kind) : schemaText(kindDisplayName(component.kind));
    v.details = keyParameters(component);
    return v;
}

NodeVisual NodeVisual::shapeOf(const Component &component, const DerivedModel *derived)
{
    NodeVisual v;
    v.kind = component.kind;
    v.id = component.id;
    if (derived) {
        for (const Finding *f : derived->findingsFor(component.id)) {
            switch (f->severity) {
            case Finding::Severity::Error: ++v.errors; break;
            case Finding::Severity::Warning: ++v.warnings; break;
            case Finding::Severity::Info: ++v.infos; break;
            }
        }
    }
    return v;
}

} // namespace Infra
