#include "decisionengine.h"

#include "cost/costengine.h"
#include "decide/designconversion.h"
#include "model/design.h"

#include <QLocale>

#include <algorithm>
#include <initializer_list>

namespace Infra {

namespace {

using Side = DecisionFactor::Side;
using T = DecisionEngine::Thresholds;

double workload(const Design &d, const char *key)
{
    return d.value(Section::Workload, QString::fromLatin1(key)).toDouble();
}

// Figures as the documents write them: "1,050" and "12.5" (English; Text translates its own).
QString number(double v)
{
    return QLocale::c().toString(v, 'f', v == double(qint64(v)) ? 0 : 1);
}

const Component *firstOfKindName(const Design &d, const char *name)
{
    const std::optional<ComponentKind> k = kindFromName(QString::fromLatin1(name));
    if (!k)
        return nullptr;
    const auto all = d.componentsOfKind(*k);
    return all.empty() ? nullptr : all.front();
}

// The playbook's section of a table: "Playbook, Decision-Making Frameworks: RDS PostgreSQL vs
// Aurora PostgreSQL (Scale)".
Text playbook(const char *table, const char *row)
{
    return trText("Infra::Decisions", "Playbook, %1 (%2)")
        .arg(Text::plain(QString::fromLatin1(table)))
        .arg(Text::plain(QString::fromLatin1(row)));
}

// A factor row's fixed part, as the playbook's table has it: its key and name, the threshold
// that decides it and its source (the playbook's row, or a text of its own where another source
// corrects or adds to the playbook). What the design has and the side it points to are set
// by the evaluation (FactorRows::set).
struct FactorSpec
{
    const char *key;
    Text label;
    Text threshold;
    const char *playbookRow = nullptr; // the source is playbook(table, playbookRow) …
    Text source;                       // … or this text
};

FactorSpec row(const char *key, Text label, Text threshold, const char *playbookRow)
{
    return {key, std::move(label), std::move(threshold), playbookRow, {}};
}

FactorSpec row(const char *key, Text label, Text threshold, Text source)
{
    return {key, std::move(label), std::move(threshold), nullptr, std::move(source)};
}

// The rows of one decision table, declared once in the playbook's order; the evaluation sets
// each row's value and side by key, and take() gives the factors in the table's order.
class FactorRows
{
public:
    FactorRows(const char *table, std::initializer_list<FactorSpec> specs)
    {
        for (const FactorSpec &spec : specs) {
            DecisionFactor f;
            f.key = QString::fromLatin1(spec.key);
            f.label = spec.label;
            f.threshold = spec.threshold;
            f.source = spec.playbookRow ? playbook(table, spec.playbookRow) : spec.source;
            m_rows.push_back(std::move(f));
            m_set.push_back(false);
        }
    }

    void set(const char *key, Text value, Side side)
    {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].key == QLatin1String(key)) {
                Q_ASSERT_X(!m_set[i], "FactorRows::set", key);
                m_rows[i].value = std::move(value);
                m_rows[i].side = side;
                m_set[i] = true;
                return;
            }
        }
        Q_ASSERT_X(false, "FactorRows::set", key); // a row the table does not declare
    }

    std::vector<DecisionFactor> take()
    {
        Q_ASSERT(std::all_of(m_set.begin(), m_set.end(), [](bool b) { return b; })); // every row has a value
        return std::move(m_rows);
    }

private:
    std::vector<DecisionFactor> m_rows;
    std::vector<bool> m_set;
};

// Budget row shared by the database and cache tables: with a cost delta the row points to the
// cheaper option when the dearer one would exceed the budget.
DecisionFactor budgetFactor(const Design &d, const std::optional<DecisionCost> &cost, int current, const char *table)
{
    const double budget = workload(d, "monthly_budget_usd");
    Text value;
    Side side = Side::Neither;
    if (budget <= 0) {
        value = trText("Infra::Decisions", "no budget set");
    } else if (!cost) {
        value =
            trText("Infra::Decisions", "budget %1 USD a month; the other option cannot be priced").argAmount(budget, 0);
    } else {
        const double withOther = cost->alternative[1];
        const double now = cost->current[1];
        const int cheaper = withOther < now ? 1 - current : current;
        const double dearer = std::max(withOther, now);
        value = trText("Infra::Decisions", "budget %1 USD a month; %2 USD now, %3 USD with the other option")
                    .argAmount(budget, 0)
                    .argAmount(now, 2)
                    .argAmount(withOther, 2);
        if (dearer > budget)
            side = Side(cheaper);
    }
    FactorRows rows(table, {row("cost", trText("Infra::Decisions", "Cost"),
                                trText("Infra::Decisions",
                                       "the cheaper option when the dearer one would exceed the monthly budget"),
                                "Cost")});
    rows.set("cost", value, side);
    return rows.take().front();
}

void priceConversion(Decision &dec, const Design &design, const CostEngine *costs)
{
    if (dec.conversion.isEmpty()) {
        // The design already runs the alternative (Aurora, MemoryDB, the Scheduler): the studio
        // converts one way only, so there is no design to price the way back with.
        if (dec.costNote.isEmpty())
            dec.costNote = trText("Infra::Decisions",
                                  "the design already runs the alternative, and the studio converts one way only");
        return;
    }
    const DesignConversion::Spec *spec = DesignConversion::find(dec.conversion);
    if (const Text why = DesignConversion::unavailableReason(*spec); !why.isEmpty()) {
        dec.costNote = why;
        return;
    }
    if (!costs) {
        dec.costNote = trText("Infra::Decisions", "not priced");
        return;
    }
    const DesignConversion::Result r = DesignConversion::apply(design, dec.conversion);
    if (!r.ok) {
        dec.costNote = Text::plain(r.error);
        return;
    }
    const CostEstimate now = costs->estimate(design, {}, CostEngine::Detail::TotalsOnly);
    const CostEstimate other = costs->estimate(r.design, {}, CostEngine::Detail::TotalsOnly);
    if (!now.isValid() || !other.isValid()) {
        dec.costNote = trText("Infra::Decisions", "the estimate is partial: %1")
                           .arg(Text::plain((now.errors + other.errors).join(QStringLiteral("; "))));
        return;
    }
    dec.cost = DecisionCost{now.total.v, other.total.v};
}

Decision scaling(const Design &d)
{
    Decision dec;
    dec.id = QStringLiteral("scaling");
    dec.adr = QStringLiteral("ADR-006");
    dec.title = trText("Infra::Decisions", "Horizontal vs vertical scaling");
    dec.optionKeys = {QStringLiteral("horizontal"), QStringLiteral("vertical")};
    dec.options = {trText("Infra::Decisions", "Horizontal"), trText("Infra::Decisions", "Vertical")};
    const char *table = "Horizontal vs Vertical Scaling";
    FactorRows rows(
        table,
        {row("workload", trText("Infra::Decisions", "Workload"),
             trText("Infra::Decisions", "horizontal for stateless web requests and Celery tasks"), "Workload"),
         row("availability", trText("Infra::Decisions", "Availability"),
             trText("Infra::Decisions", "horizontal in production"), "Availability"),
         row("traffic", trText("Infra::Decisions", "Cost pattern"),
             trText("Infra::Decisions", "horizontal from peak ≥ %1 × average (variable traffic)")
                 .arg(number(T::variableTrafficRatio)),
             trText("Infra::Decisions",
                    "Playbook, %1 (Cost Pattern); the ratio is the studio's reading of \"variable traffic\"")
                 .arg(Text::plain(QString::fromLatin1(table)))),
         row("complexity", trText("Infra::Decisions", "Complexity"),
             trText("Infra::Decisions", "horizontal from 2 engineers (one alone: simpler is better)"), "Complexity"),
         row("django", trText("Infra::Decisions", "Django specifics"),
             trText("Infra::Decisions", "vertical from a mean task of %1 s (a single large report)")
                 .arg(number(T::largeTaskSeconds)),
             "Django Specifics")});
    const auto web = d.componentsOfKind(ComponentKind::EcsWeb);
    const auto workers = d.componentsOfKind(ComponentKind::EcsWorker);

    rows.set("workload",
             trText("Infra::Decisions", "%1 web service(s), %2 Celery worker group(s)")
                 .arg(qint64(web.size()))
                 .arg(qint64(workers.size())),
             web.empty() && workers.empty() ? Side::Neither : Side::First);

    rows.set("availability",
             d.isProduction() ? trText("Infra::Decisions", "production: high availability required")
                              : trText("Infra::Decisions", "%1: a single point is acceptable").arg(d.environment()),
             d.isProduction() ? Side::First : Side::Second);

    const double avg = workload(d, "avg_rps");
    const double peak = workload(d, "peak_rps");
    const double ratio = avg > 0 ? peak / avg : 0;
    rows.set("traffic",
             trText("Infra::Decisions", "peak %1 req/s is %2 × the average %3 req/s")
                 .arg(number(peak), number(ratio), number(avg)),
             avg > 0 && ratio >= T::variableTrafficRatio ? Side::First : Side::Second);

    const qint64 team = d.value(Section::Workload, QStringLiteral("team_size")).toLongLong();
    rows.set("complexity", trText("Infra::Decisions", "a team of %1 engineer(s)").arg(team),
             team >= 2 ? Side::First : Side::Second);

    double longest = 0;
    QString longestId;
    for (const Component *w : workers) {
        if (w->doubleParam(QStringLiteral("task_duration")) > longest) {
            longest = w->doubleParam(QStringLiteral("task_duration"));
            longestId = w->id;
        }
    }
    rows.set("django",
             longestId.isEmpty()
                 ? trText("Infra::Decisions", "web requests only")
                 : trText("Infra::Decisions", "longest mean task %1 s (%2)").arg(number(longest), longestId),
             longest >= T::largeTaskSeconds ? Side::Second : Side::First);
    dec.factors = rows.take();

    dec.recommended = dec.pointsTo(1) > dec.pointsTo(0) ? 1 : 0;
    if (!web.empty()) {
        const Component *w = web.front();
        const bool scales = w->intParam(QStringLiteral("max_tasks")) > w->intParam(QStringLiteral("min_tasks"));
        dec.current = scales ? 0 : 1;
        dec.currentText = trText("Infra::Decisions", "web service %1 runs %2 to %3 tasks of %4 vCPU / %5 MiB")
                              .arg(w->id)
                              .arg(w->intParam(QStringLiteral("min_tasks")))
                              .arg(w->intParam(QStringLiteral("max_tasks")))
                              .arg(number(double(w->intParam(QStringLiteral("cpu"))) / 1024.0))
                              .arg(w->intParam(QStringLiteral("memory")));
    } else {
        dec.currentText = trText("Infra::Decisions", "no web service");
    }
    dec.reasons.push_back(
        dec.recommended == 0
            ? trText("Infra::Decisions", "%1 of %2 rows point to horizontal scaling of the web and worker services")
                  .arg(dec.pointsTo(0))
                  .arg(qint64(dec.factors.size()))
            : trText("Infra::Decisions", "%1 of %2 rows point to vertical scaling: fewer, larger tasks")
                  .arg(dec.pointsTo(1))
                  .arg(qint64(dec.factors.size())));
    dec.reasons.push_back(trText("Infra::Decisions",
                                 "The database scales vertically (one stateful primary): a larger instance class "
                                 "when CPU stays above 70 % or memory runs short."));
    dec.conversionBlocked =
        trText("Infra::Decisions", "Change the task size and counts of the services in the inspector.");
    dec.costNote =
        trText("Infra::Decisions", "no conversion to price: both options are the same services with other sizes");
    return dec;
}

Decision scheduler(const Design &d)
{
    Decision dec;
    dec.id = QStringLiteral("scheduler");
    dec.adr = QStringLiteral("ADR-004");
    dec.title = trText("Infra::Decisions", "Celery Beat vs EventBridge Scheduler");
    dec.optionKeys = {QStringLiteral("celery_beat"), QStringLiteral("eventbridge_scheduler")};
    dec.options = {trText("Infra::Decisions", "Celery Beat"), trText("Infra::Decisions", "EventBridge Scheduler")};
    const char *table = "Celery Beat vs AWS EventBridge";
    const auto beats = d.componentsOfKind(ComponentKind::EcsBeat);
    const Component *beat = beats.empty() ? nullptr : beats.front();
    const Component *scheduler = firstOfKindName(d, "eventbridge_scheduler");
    FactorRows rows(
        table, {row("task_location", trText("Infra::Decisions", "Task location"),
                    trText("Infra::Decisions", "Celery Beat for tasks in the Django codebase"), "Task Location"),
                row("scheduling", trText("Infra::Decisions", "Scheduling"),
                    trText("Infra::Decisions", "Celery Beat when the schedules live in Django (django_celery_beat)"),
                    "Scheduling"),
                row("state", trText("Infra::Decisions", "State"),
                    trText("Infra::Decisions", "Celery Beat when task results and history are kept"), "State"),
                row("team", trText("Infra::Decisions", "Team"), trText("Infra::Decisions", "not decided by the design"),
                    "Team"),
                row("integration", trText("Infra::Decisions", "Integration"),
                    trText("Infra::Decisions",
                           "EventBridge when a schedule can reach its target through AWS (SQS, ECS RunTask)"),
                    "Integration")});

    rows.set("task_location",
             trText("Infra::Decisions", "Celery app %1, %2 route(s) in the Django codebase")
                 .arg(d.celeryApp())
                 .arg(qint64(d.routes().size())),
             Side::First);

    const QString schedulerClass = beat ? beat->stringParam(QStringLiteral("scheduler")) : QString();
    const bool databaseScheduler = schedulerClass.startsWith(QLatin1String("django_celery_beat"));
    rows.set("scheduling",
             beat ? (databaseScheduler
                         ? trText("Infra::Decisions", "schedules edited in the Django admin (%1)").arg(schedulerClass)
                         : trText("Infra::Decisions", "fixed cron schedules in code (%1)").arg(schedulerClass))
                  : trText("Infra::Decisions", "no Celery Beat"),
             databaseScheduler ? Side::First : Side::Neither);

    bool results = false, sqs = false;
    for (const Component *r : d.componentsOfKind(ComponentKind::ElastiCacheRedis))
        results = results || r->listParam(QStringLiteral("roles")).contains(QStringLiteral("results"));
    for (const Component *q : d.componentsOfKind(ComponentKind::Sqs))
        sqs = sqs || q->boolParam(QStringLiteral("broker"));
    rows.set("state",
             results ? trText("Infra::Decisions", "a Celery result backend keeps task results")
                     : trText("Infra::Decisions", "no result backend: fire-and-forget"),
             results ? Side::First : Side::Second);

    rows.set("team",
             trText("Infra::Decisions", "%1 engineer(s); the workload profile does not say Python or AWS-native")
                 .arg(d.value(Section::Workload, QStringLiteral("team_size")).toLongLong()),
             Side::Neither);

    rows.set("integration",
             sqs ? trText("Infra::Decisions", "the Celery broker is SQS: schedules can send to the queue directly")
                 : trText("Infra::Decisions", "the Celery broker is Redis: only Celery can enqueue tasks"),
             sqs ? Side::Second : Side::First);
    dec.factors = rows.take();

    dec.recommended = dec.pointsTo(1) > dec.pointsTo(0) ? 1 : 0;
    if (scheduler) {
        dec.current = 1;
        dec.currentText = trText("Infra::Decisions", "EventBridge Scheduler %1").arg(scheduler->id);
    } else if (beat) {
        dec.current = 0;
        dec.currentText = trText("Infra::Decisions", "Celery Beat service %1 (%2 task, %3)")
                              .arg(beat->id)
                              .arg(beat->intParam(QStringLiteral("desired_tasks")))
                              .arg(schedulerClass);
        dec.conversion = QStringLiteral("eventbridge-scheduler");
    } else {
        dec.currentText = trText("Infra::Decisions", "no periodic tasks in the design");
    }
    dec.reasons.push_back(
        dec.recommended == 0
            ? trText("Infra::Decisions", "Celery Beat for Django tasks; EventBridge for cross-service orchestration "
                                         "(%1 rows for Beat, %2 for EventBridge)")
                  .arg(dec.pointsTo(0))
                  .arg(dec.pointsTo(1))
            : trText("Infra::Decisions", "More rows point to EventBridge Scheduler (%1) than to Celery Beat (%2): "
                                         "the schedules need no always-on scheduler task")
                  .arg(dec.pointsTo(1))
                  .arg(dec.pointsTo(0)));
    return dec;
}

Decision database(const Design &d)
{
    Decision dec;
    dec.id = QStringLiteral("database");
    dec.adr = QStringLiteral("ADR-002");
    dec.title = trText("Infra::Decisions", "RDS PostgreSQL vs Aurora PostgreSQL");
    dec.optionKeys = {QStringLiteral("rds_postgres"), QStringLiteral("aurora_postgres")};
    dec.options = {trText("Infra::Decisions", "RDS PostgreSQL"), trText("Infra::Decisions", "Aurora PostgreSQL")};
    const char *table = "RDS PostgreSQL vs Aurora PostgreSQL";
    const auto rdss = d.componentsOfKind(ComponentKind::RdsPostgres);
    const Component *rds = rdss.empty() ? nullptr : rdss.front();
    const Component *aurora = firstOfKindName(d, "aurora_postgres");
    const Component *db = rds ? rds : aurora;
    FactorRows rows(
        table,
        {row("scale", trText("Infra::Decisions", "Scale (data)"),
             trText("Infra::Decisions", "Aurora from %1 GB (1 TB) within the sizing horizon")
                 .argAmount(T::auroraDataGb, 0),
             "Scale: < 1TB / > 1TB"),
         row("iops", trText("Infra::Decisions", "Scale (IOPS)"),
             trText("Infra::Decisions", "Aurora above %1 IOPS").argAmount(double(T::auroraIops), 0),
             "Scale: < 100K IOPS / > 100K IOPS"),
         row("read_replicas", trText("Infra::Decisions", "Read replicas"),
             trText("Infra::Decisions", "Aurora above %1 replicas").arg(T::rdsMaxReadReplicas),
             trText("Infra::Decisions",
                    "Playbook, %1 (Read Replicas: 1-5 sufficient); AWS RDS and Aurora documentation: both allow up "
                    "to 15 replicas, so the playbook's \"15+\" cannot be met by either")
                 .arg(Text::plain(QString::fromLatin1(table)))),
         row("failover", trText("Infra::Decisions", "Failover speed"),
             trText("Infra::Decisions",
                    "Aurora when failover must finish in under 30 s (no such target in the workload)"),
             "Failover Speed"),
         row("features", trText("Infra::Decisions", "Features"),
             trText("Infra::Decisions", "Aurora when Serverless v2 or a Global Database is needed"), "Features")});

    const double size = workload(d, "db_size_gb");
    const double growth = workload(d, "db_growth_gb_per_month");
    const qint64 horizon = d.value(Section::Workload, QStringLiteral("sizing_horizon_months")).toLongLong();
    const double projected = size + double(horizon) * growth;
    rows.set("scale",
             trText("Infra::Decisions", "%1 GB now, %2 GB in %3 months")
                 .argAmount(size, 0)
                 .argAmount(projected, 0)
                 .arg(horizon),
             projected >= T::auroraDataGb ? Side::Second : Side::First);

    const qint64 iops = db ? db->intParam(QStringLiteral("iops")) : 0;
    rows.set("iops",
             db && db == rds ? trText("Infra::Decisions", "%1 provisioned IOPS").argAmount(double(iops), 0)
                             : trText("Infra::Decisions", "no provisioned IOPS"),
             iops > T::auroraIops ? Side::Second : Side::First);

    const qint64 replicas = rds ? rds->intParam(QStringLiteral("read_replicas"))
                                : (aurora ? aurora->intParam(QStringLiteral("readers")) : 0);
    rows.set("read_replicas", trText("Infra::Decisions", "%1 read replica(s)").arg(replicas),
             replicas > T::rdsMaxReadReplicas ? Side::Second : Side::First);

    const bool multiAz = rds ? rds->boolParam(QStringLiteral("multi_az")) : false;
    rows.set("failover",
             rds ? (multiAz ? trText("Infra::Decisions", "Multi-AZ standby: 60-120 s")
                            : trText("Infra::Decisions", "single-AZ: no standby, a restore"))
                 : (aurora ? trText("Infra::Decisions", "Aurora reader promoted in under 30 s")
                           : trText("Infra::Decisions", "no database")),
             Side::First);

    rows.set(
        "features",
        trText("Infra::Decisions", "standard PostgreSQL; no Serverless v2 or Global Database need in the workload"),
        Side::First);
    dec.factors = rows.take();

    const bool bigData = projected >= T::auroraDataGb;
    const bool bigIops = iops > T::auroraIops;
    const bool manyReplicas = replicas > T::rdsMaxReadReplicas;
    dec.recommended = bigData || bigIops || manyReplicas ? 1 : 0;
    if (aurora) {
        dec.current = 1;
        dec.currentText = trText("Infra::Decisions", "Aurora PostgreSQL %1 (%2, %3 reader(s))")
                              .arg(aurora->id, aurora->stringParam(QStringLiteral("instance_class")))
                              .arg(aurora->intParam(QStringLiteral("readers")));
    } else if (rds) {
        dec.current = 0;
        dec.currentText =
            trText("Infra::Decisions", "RDS PostgreSQL %1 (%2, %3, %4 GB, %5 read replica(s))")
                .arg(rds->id, rds->stringParam(QStringLiteral("instance_class")))
                .arg(multiAz ? trText("Infra::Decisions", "Multi-AZ") : trText("Infra::Decisions", "single-AZ"))
                .arg(rds->intParam(QStringLiteral("allocated_storage")))
                .arg(replicas);
        dec.conversion = QStringLiteral("aurora");
    } else {
        dec.currentText = trText("Infra::Decisions", "no database in the design");
    }
    if (dec.recommended == 1) {
        std::vector<Text> why;
        if (bigData)
            why.push_back(
                trText("Infra::Decisions", "%1 GB of data within %2 months").argAmount(projected, 0).arg(horizon));
        if (bigIops)
            why.push_back(trText("Infra::Decisions", "%1 IOPS").argAmount(double(iops), 0));
        if (manyReplicas)
            why.push_back(trText("Infra::Decisions", "%1 read replicas").arg(replicas));
        dec.reasons.push_back(trText("Infra::Decisions",
                                     "The scale exceeds what the playbook keeps on RDS: %1. Aurora's storage grows "
                                     "to 128 TB, it takes up to 15 readers and fails over in under 30 s.")
                                  .arg(Text::joined(why, QStringLiteral(", "))));
    } else {
        dec.reasons.push_back(trText("Infra::Decisions",
                                     "Start with RDS PostgreSQL: the data stays under 1 TB within the sizing "
                                     "horizon, the IOPS under 100K and the read replicas at 5 or fewer; migrate to "
                                     "Aurora when scale demands it."));
    }
    return dec;
}

Decision cache(const Design &d)
{
    Decision dec;
    dec.id = QStringLiteral("cache");
    dec.adr = QStringLiteral("ADR-003");
    dec.title = trText("Infra::Decisions", "ElastiCache Redis vs Amazon MemoryDB");
    dec.optionKeys = {QStringLiteral("elasticache_redis"), QStringLiteral("memorydb")};
    dec.options = {trText("Infra::Decisions", "ElastiCache Redis"), trText("Infra::Decisions", "Amazon MemoryDB")};
    const char *table = "ElastiCache Redis vs Amazon MemoryDB";
    const auto all = d.componentsOfKind(ComponentKind::ElastiCacheRedis);
    const Component *redis = all.empty() ? nullptr : all.front();
    const Component *memorydb = firstOfKindName(d, "memorydb");
    const QStringList roles = redis ? redis->listParam(QStringLiteral("roles"))
                                    : (memorydb ? memorydb->listParam(QStringLiteral("roles")) : QStringList());
    FactorRows rows(
        table,
        {row("use_case", trText("Infra::Decisions", "Use case"),
             trText("Infra::Decisions", "ElastiCache for caching and sessions; MemoryDB for a durable data store"),
             "Use Case"),
         row("durability", trText("Infra::Decisions", "Durability"),
             trText("Infra::Decisions", "MemoryDB when no data may be lost (eviction policy noeviction)"),
             trText("Infra::Decisions",
                    "Playbook, %1 (Durability); AWS ElastiCache documentation: a failover can lose the writes not "
                    "yet replicated")
                 .arg(Text::plain(QString::fromLatin1(table)))),
         row("latency", trText("Infra::Decisions", "Latency"),
             trText("Infra::Decisions",
                    "ElastiCache when the p95 target is below %1 ms (sub-millisecond reads critical)")
                 .arg(number(T::subMillisecondP95Ms)),
             trText("Infra::Decisions",
                    "Playbook, %1 (Latency: sub-millisecond / ~10 ms); AWS MemoryDB documentation: single-digit "
                    "millisecond writes")
                 .arg(Text::plain(QString::fromLatin1(table))))});

    const bool cacheUse = roles.contains(QStringLiteral("cache")) || roles.contains(QStringLiteral("sessions"));
    rows.set("use_case",
             roles.isEmpty() ? trText("Infra::Decisions", "no Redis") : Text::plain(roles.join(QStringLiteral(", "))),
             cacheUse ? Side::First : Side::Neither);

    const QString policy = redis ? redis->stringParam(QStringLiteral("maxmemory_policy")) : QString();
    const bool durable = memorydb || policy == QLatin1String("noeviction");
    rows.set("durability",
             redis ? (durable
                          ? trText("Infra::Decisions", "eviction policy %1: no data may be dropped").arg(policy)
                          : trText("Infra::Decisions", "eviction policy %1: keys may be dropped, data loss acceptable")
                                .arg(policy))
                   : (memorydb ? trText("Infra::Decisions", "MemoryDB's transaction log")
                               : trText("Infra::Decisions", "no Redis")),
             durable ? Side::Second : Side::First);

    const double p95 = workload(d, "p95_latency_ms");
    rows.set("latency", trText("Infra::Decisions", "p95 target %1 ms").arg(number(p95)),
             p95 < T::subMillisecondP95Ms ? Side::First : Side::Neither);
    dec.factors = rows.take();

    dec.recommended = durable && redis ? 1 : (memorydb ? 1 : 0);
    if (memorydb) {
        dec.current = 1;
        dec.currentText =
            trText("Infra::Decisions", "MemoryDB %1 for %2").arg(memorydb->id, roles.join(QStringLiteral(", ")));
    } else if (redis) {
        dec.current = 0;
        dec.currentText =
            trText("Infra::Decisions", "ElastiCache Redis %1 (%2) for %3")
                .arg(redis->id, redis->stringParam(QStringLiteral("node_type")), roles.join(QStringLiteral(", ")));
        dec.conversion = QStringLiteral("memorydb");
    } else {
        dec.currentText = trText("Infra::Decisions", "no Redis in the design");
    }
    dec.reasons.push_back(
        dec.recommended == 1
            ? trText("Infra::Decisions",
                     "Redis must not lose data: the roles that need durability (sessions, Celery broker "
                     "and results) belong on MemoryDB; a plain cache stays on ElastiCache.")
            : trText("Infra::Decisions",
                     "ElastiCache for caching, sessions and the broker: losing recent writes in a "
                     "failover is acceptable; MemoryDB only if Redis becomes a primary datastore."));
    return dec;
}

Decision orchestration(const Design &d)
{
    Decision dec;
    dec.id = QStringLiteral("orchestration");
    dec.adr = QStringLiteral("ADR-001");
    dec.title = trText("Infra::Decisions", "ECS Fargate vs EKS");
    dec.optionKeys = {QStringLiteral("ecs_fargate"), QStringLiteral("eks")};
    dec.options = {trText("Infra::Decisions", "ECS Fargate"), trText("Infra::Decisions", "EKS")};
    const char *table = "ECS Fargate vs EKS";
    FactorRows rows(
        table, {row("team_size", trText("Infra::Decisions", "Team size"),
                    trText("Infra::Decisions", "EKS from %1 dedicated engineers").arg(T::eksTeamSize), "Team Size"),
                row("kubernetes", trText("Infra::Decisions", "Kubernetes"),
                    trText("Infra::Decisions", "EKS with existing Kubernetes expertise"), "Kubernetes"),
                row("workloads", trText("Infra::Decisions", "Workloads"),
                    trText("Infra::Decisions", "EKS when a service mesh or operators are needed"), "Workloads"),
                row("multi_cloud", trText("Infra::Decisions", "Multi-cloud"),
                    trText("Infra::Decisions", "EKS when portability is required"), "Multi-Cloud")});
    const qint64 team = d.value(Section::Workload, QStringLiteral("team_size")).toLongLong();
    const bool k8s = d.value(Section::Workload, QStringLiteral("kubernetes_experience")).toBool();
    rows.set("team_size", trText("Infra::Decisions", "%1 engineer(s)").arg(team),
             team >= T::eksTeamSize ? Side::Second : Side::First);
    rows.set("kubernetes",
             k8s ? trText("Infra::Decisions", "existing Kubernetes experience")
                 : trText("Infra::Decisions", "no Kubernetes experience"),
             k8s ? Side::Second : Side::First);
    rows.set("workloads", trText("Infra::Decisions", "web, workers and Beat; no service mesh or operators"),
             Side::First);
    rows.set("multi_cloud", trText("Infra::Decisions", "AWS only (%1)").arg(d.region()), Side::First);
    dec.factors = rows.take();
    dec.recommended = team >= T::eksTeamSize && k8s ? 1 : 0;
    int services = 0;
    for (const Component &c : d.components())
        services += kindIsEcsService(c.kind) ? 1 : 0;
    if (services > 0) {
        dec.current = 0;
        dec.currentText = trText("Infra::Decisions", "%1 ECS service(s) on Fargate").arg(services);
    } else {
        dec.currentText = trText("Infra::Decisions", "no container services in the design");
    }
    dec.reasons.push_back(
        dec.recommended == 1
            ? trText("Infra::Decisions",
                     "A team of %1 with Kubernetes expertise can run a cluster and would gain Helm, operators and "
                     "portability; the workload itself (web + workers) does not need Kubernetes.")
                  .arg(team)
            : trText("Infra::Decisions",
                     "ECS Fargate for most Django applications: EKS only with a dedicated platform team of %1 or "
                     "more engineers with Kubernetes expertise.")
                  .arg(T::eksTeamSize));
    dec.conversionBlocked = trText("Infra::Decisions", "EKS stays a recommendation: the studio has no EKS emitter.");
    dec.costNote = trText("Infra::Decisions", "EKS is not modelled by the cost engine");
    return dec;
}

Decision evaluateOne(const Design &design, const QString &id, const CostEngine *costs)
{
    Decision dec;
    if (id == QLatin1String("scaling"))
        dec = scaling(design);
    else if (id == QLatin1String("scheduler"))
        dec = scheduler(design);
    else if (id == QLatin1String("database"))
        dec = database(design);
    else if (id == QLatin1String("cache"))
        dec = cache(design);
    else if (id == QLatin1String("orchestration"))
        dec = orchestration(design);
    else
        return dec;
    priceConversion(dec, design, costs);
    if (id == QLatin1String("database"))
        dec.factors.push_back(budgetFactor(design, dec.cost, dec.current, "RDS PostgreSQL vs Aurora PostgreSQL"));
    else if (id == QLatin1String("cache"))
        dec.factors.push_back(budgetFactor(design, dec.cost, dec.current, "ElastiCache Redis vs Amazon MemoryDB"));
    if (dec.differs() && dec.conversion.isEmpty() && dec.conversionBlocked.isEmpty())
        dec.conversionBlocked = trText("Infra::Decisions", "no conversion for this change");
    if (!dec.conversion.isEmpty()) {
        if (const Text why = DesignConversion::unavailableReason(*DesignConversion::find(dec.conversion));
            !why.isEmpty())
            dec.conversionBlocked = why;
    }
    return dec;
}

} // namespace

int Decision::pointsTo(int side) const
{
    return int(
        std::count_if(factors.begin(), factors.end(), [&](const DecisionFactor &f) { return int(f.side) == side; }));
}

QStringList DecisionEngine::ids()
{
    return {QStringLiteral("scaling"), QStringLiteral("scheduler"), QStringLiteral("database"), QStringLiteral("cache"),
            QStringLiteral("orchestration")};
}

Decision DecisionEngine::evaluate(const Design &design, const QString &id, const CostEngine *costs)
{
    return evaluateOne(design, id, costs);
}

std::vector<Decision> DecisionEngine::evaluate(const Design &design, const CostEngine *costs)
{
    std::vector<Decision> all;
    for (const QString &id : ids())
        all.push_back(evaluateOne(design, id, costs));
    return all;
}

std::vector<Decision> DecisionEngine::evaluate(const Design &design)
{
    const CostEngine costs;
    return evaluate(design, &costs);
}

} // namespace Infra
