// docs/adrs/: the six architecture decision records. Five of them are the playbook's decision
// tables as DecisionEngine evaluates them (the same evaluation the CLI's `decide` and the
// decisions panel show): the status says whether the design embodies the recommendation
// (Accepted) or not yet (Proposed), the factor table gives each row's value, threshold and
// source, and a cost section the delta between the options from the cost engine.
#include "docsemitter.h"

#include "configemitter.h"
#include "cost/costengine.h"
#include "decide/decisionengine.h"
#include "decide/designconversion.h"
#include "docscontext.h"
#include "docswriter.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace Infra {

namespace {

using W = DocsWriter;

struct Adr
{
    QString title;
    QString status;
    QStringList context;
    const Decision *decision = nullptr; // the evaluated table: factors and cost
    QStringList decisionText;
    QStringList consequences;
    QStringList alternatives;
};

QString side(const Decision &d, const DecisionFactor &f)
{
    return f.side == DecisionFactor::Side::Neither ? QStringLiteral("either") : d.options[size_t(f.side)].toString();
}

QString usd(double v)
{
    return W::money(v);
}

QString signedUsd(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QStringLiteral("-")) + W::money(std::abs(v));
}

// The cost delta between the two options: the design as it is and with the other option applied.
QString costText(const Decision &d)
{
    const int other = 1 - std::max(d.current, 0);
    if (!d.cost)
        return QStringLiteral("Not modelled: %1.").arg(d.costNote.toString());
    const DecisionCost &c = *d.cost;
    return QStringLiteral("With %1 instead of %2 the design would cost %3 a month at desired scale instead of %4 (%5; "
                          "minimum %6, maximum %7), from the cost engine with the conversion `%8` applied.")
        .arg(d.options[size_t(other)].toString(), d.options[size_t(d.current)].toString(), usd(c.alternative[1]),
             usd(c.current[1]), signedUsd(c.delta(1)), signedUsd(c.delta(0)), signedUsd(c.delta(2)), d.conversion);
}

// "Accepted" when the design embodies the recommendation, "Proposed: …" when the table points
// elsewhere; `notApplicable` when the design has neither option.
QString statusOf(const Decision &d, const QString &notApplicable)
{
    if (!d.isApplicable())
        return notApplicable;
    if (!d.differs())
        return QStringLiteral("Accepted");
    const QString how = d.canApply()
                            ? QStringLiteral("apply it with `infra-studio-cli decide --apply %1` or the decisions panel")
                                  .arg(d.conversion)
                            : d.conversionBlocked.toString();
    return QStringLiteral("Proposed: the decision table points to %1; the design still models %2 (%3).")
        .arg(d.options[size_t(d.recommended)].toString(), d.options[size_t(d.current)].toString(), how);
}

QByteArray render(const DocsContext &ctx, const Adr &adr)
{
    W w;
    w.heading(1, adr.title);
    w.paragraph(QStringLiteral("> ") + ctx.notice());
    w.heading(2, QStringLiteral("Status"));
    w.paragraph(adr.status);
    w.heading(2, QStringLiteral("Context"));
    for (const QString &p : adr.context)
        w.paragraph(p);
    if (adr.decision) {
        QList<QStringList> rows;
        for (const DecisionFactor &f : adr.decision->factors)
            rows.append({f.label.toString(), f.value.toString(), f.threshold.toString(), f.source.toString(),
                         side(*adr.decision, f)});
        w.table({QStringLiteral("Factor"), QStringLiteral("This design"), QStringLiteral("Threshold"),
                 QStringLiteral("Source"), QStringLiteral("Points to")},
                rows);
        QString why;
        for (const Text &r : adr.decision->reasons)
            why += QLatin1Char(' ') + r.toString() + (r.toString().endsWith(QLatin1Char('.')) ? QString() : QStringLiteral("."));
        w.paragraph(QStringLiteral("Recommendation: **%1**.%2")
                        .arg(adr.decision->options[size_t(adr.decision->recommended)].toString(), why));
    }
    w.heading(2, QStringLiteral("Decision"));
    for (const QString &p : adr.decisionText)
        w.paragraph(p);
    if (adr.decision && adr.decision->isApplicable() && adr.decision->id != QLatin1String("scaling")) {
        w.heading(2, QStringLiteral("Cost"));
        w.paragraph(costText(*adr.decision));
    }
    w.heading(2, QStringLiteral("Consequences"));
    w.bullets(adr.consequences);
    w.heading(2, QStringLiteral("Alternatives Considered"));
    w.bullets(adr.alternatives);
    return w.toUtf8();
}

double workload(const DocsContext &ctx, const char *key)
{
    return ctx.design().value(Section::Workload, QString::fromLatin1(key)).toDouble();
}

QString workloadLine(const DocsContext &ctx)
{
    return QStringLiteral(
               "The workload: %1 requests/s on average and %2 at peak, p95 target %3 ms, a team of %4 engineers.")
        .arg(W::number(workload(ctx, "avg_rps")), W::number(workload(ctx, "peak_rps")),
             W::number(workload(ctx, "p95_latency_ms")), W::number(workload(ctx, "team_size")));
}

Decision decide(const DocsContext &ctx, const char *id)
{
    const CostEngine costs;
    return DecisionEngine::evaluate(ctx.design(), QString::fromLatin1(id), &costs);
}

// The record that replaces a playbook default when the design embodies the other option
// (Aurora PostgreSQL, MemoryDB, EventBridge Scheduler).
struct Successor
{
    const char *decision;
    const char *number;
    const char *slug;
    const char *supersedes; // the record it replaces
    const char *consequences[3];
};

const Successor successors[] = {
    {"database", "ADR-007", "aurora-postgresql", "ADR-002",
     {"Storage grows by use up to 128 TB: no allocated size to plan, billed per GB-month used.",
      "A reader in another Availability Zone is promoted in under 30 s; Django reconnects to the cluster endpoint.",
      "Aurora-only features are available (Serverless v2, Global Database) at Aurora's instance and I/O prices."}},
    {"cache", "ADR-008", "memorydb", "ADR-003",
     {"The roles on MemoryDB survive a node failure: every write is in a multi-AZ transaction log before it is "
      "acknowledged.",
      "Writes take single-digit milliseconds instead of sub-millisecond; reads stay fast.",
      "MemoryDB costs more per node-hour than ElastiCache and bills the data written."}},
    {"scheduler", "ADR-009", "eventbridge-scheduler", "ADR-004",
     {"No always-on scheduler task: EventBridge Scheduler starts each job (ECS RunTask or an SQS message).",
      "Schedules are part of the design and of the Terraform module, not of the Django database.",
      "Retries are EventBridge's (attempts and maximum event age); task results stay Celery's."}},
};

const Successor *successorOf(const Decision &d)
{
    for (const Successor &s : successors) {
        if (d.id == QLatin1String(s.decision))
            return &s;
    }
    return nullptr;
}

// The playbook default's record once the design embodies the other option: superseded, with
// the table as it reads now.
QByteArray renderSuperseded(const DocsContext &ctx, const QString &title, const Decision &dec)
{
    const Successor *next = successorOf(dec);
    Adr a;
    a.title = title;
    a.decision = &dec;
    a.status = QStringLiteral("Superseded by %1 (%2).").arg(QLatin1String(next->number), dec.options[1].toString());
    a.context = {QStringLiteral("The playbook starts with %1; the design now runs %2.")
                     .arg(dec.options[0].toString(), dec.currentText.toString()),
                 workloadLine(ctx)};
    a.decisionText = {QStringLiteral("Replaced by %1: see %2-%3.md.")
                          .arg(dec.options[1].toString(), QLatin1String(next->number), QLatin1String(next->slug))};
    a.consequences = {QStringLiteral("None: the design no longer holds %1.").arg(dec.options[0].toString())};
    a.alternatives = {dec.options[1].toString() + QLatin1Char('.')};
    return render(ctx, a);
}

} // namespace

EmittedFiles DocsEmitter::supersedingAdrs(const DocsContext &ctx)
{
    EmittedFiles files;
    const CostEngine costs;
    for (const Successor &next : successors) {
        const Decision dec = DecisionEngine::evaluate(ctx.design(), QString::fromLatin1(next.decision), &costs);
        if (dec.current != 1)
            continue;
        Adr a;
        a.title = QStringLiteral("%1: %2 (supersedes %3)")
                      .arg(QLatin1String(next.number), dec.options[1].toString(), QLatin1String(next.supersedes));
        a.decision = &dec;
        a.status = dec.recommended == 1
                       ? QStringLiteral("Accepted")
                       : QStringLiteral("Accepted; the decision table now points back to %1 (see the factors).")
                             .arg(dec.options[0].toString());
        a.context = {QStringLiteral("%1 (%2) chose between %3 and %4.")
                         .arg(QLatin1String(next.supersedes), dec.title.toString(), dec.options[0].toString(),
                              dec.options[1].toString()),
                     workloadLine(ctx)};
        a.decisionText = {QStringLiteral("We run %1.").arg(dec.currentText.toString())};
        for (const char *c : next.consequences)
            a.consequences.append(QString::fromLatin1(c));
        a.alternatives = {QStringLiteral("%1, the playbook's default (%2).")
                              .arg(dec.options[0].toString(), QLatin1String(next.supersedes))};
        files.append({QStringLiteral("docs/adrs/%1-%2.md").arg(QLatin1String(next.number), QLatin1String(next.slug)),
                      QStringLiteral("markdown"), render(ctx, a)});
    }
    return files;
}

QByteArray DocsEmitter::adrEcsVsEks(const DocsContext &ctx)
{
    const Design &d = ctx.design();
    const Decision dec = decide(ctx, "orchestration");
    const int team = int(d.value(Section::Workload, QStringLiteral("team_size")).toLongLong());
    const bool k8s = d.value(Section::Workload, QStringLiteral("kubernetes_experience")).toBool();
    const bool eks = dec.recommended == 1;
    const int web = int(ctx.all(ComponentKind::EcsWeb).size());
    const int workers = int(ctx.all(ComponentKind::EcsWorker).size());
    const int beat = int(ctx.all(ComponentKind::EcsBeat).size());
    const int pgb = int(ctx.all(ComponentKind::PgBouncer).size());
    const QString ecs = QStringLiteral("ECS Fargate");
    const QString k = QStringLiteral("EKS");

    Adr a;
    a.title = QStringLiteral("ADR-001: ECS Fargate vs EKS for container orchestration");
    a.status = statusOf(dec, QStringLiteral("Accepted (no container services yet)"));
    a.decision = &dec;
    a.context = {QStringLiteral("%1 needs a container platform for %2 web service(s), %3 Celery worker group(s), %4 "
                                "Beat scheduler(s) and %5 pgBouncer service(s).")
                     .arg(W::tt(d.project()))
                     .arg(web)
                     .arg(workers)
                     .arg(beat)
                     .arg(pgb),
                 workloadLine(ctx)};
    if (eks) {
        a.decisionText = {QStringLiteral("With %1 engineers and existing Kubernetes expertise the playbook's table points "
                                     "to EKS: the team can run a "
                                     "cluster and would gain Helm, operators and portability.")
                          .arg(team),
                      QStringLiteral("The workload itself (web + workers only) does not need Kubernetes, so the ECS "
                                     "Fargate design stays valid; "
                                     "move when the platform team is ready.")};
    } else {
        QStringList why;
        if (team < DecisionEngine::Thresholds::eksTeamSize)
            why.append(QStringLiteral("a team of %1 (below the %2 dedicated engineers EKS needs)")
                           .arg(team)
                           .arg(DecisionEngine::Thresholds::eksTeamSize));
        if (!k8s)
            why.append(QStringLiteral("no existing Kubernetes expertise"));
        a.decisionText = {QStringLiteral("We use ECS Fargate in the cluster %1: %2; the workload is web + workers only, "
                                     "and Fargate removes node management.")
                          .arg(W::tt(ctx.clusterName()), why.join(QStringLiteral(" and ")))};
    }
    a.consequences = {QStringLiteral("No Kubernetes tooling (Helm, operators); services are plain ECS services scaled "
                                     "by Application Auto Scaling."),
                      QStringLiteral("Tied to AWS; service mesh options are limited to ECS Service Connect / Cloud Map "
                                     "(pgBouncer is found through Cloud Map)."),
                      QStringLiteral("No nodes to patch or scale: each task is sized on its own (see ecs-design.md)."),
                      QStringLiteral("Easier hiring and onboarding: ECS needs less specialised knowledge.")};
    a.alternatives = {QStringLiteral("EKS: more powerful, but a control plane and add-ons to operate%1.")
                          .arg(eks ? QString() : QStringLiteral(" for a team of %1").arg(team)),
                      QStringLiteral("EC2 with Docker Compose: simpler, but no autoscaling and no self-healing.")};
    return render(ctx, a);
}

QByteArray DocsEmitter::adrRdsVsAurora(const DocsContext &ctx)
{
    Adr a;
    a.title = QStringLiteral("ADR-002: RDS PostgreSQL vs Aurora PostgreSQL");
    const Decision dec = decide(ctx, "database");
    if (dec.current == 1)
        return renderSuperseded(ctx, a.title, dec);
    a.decision = &dec;
    const Component *db = ctx.database();
    const double size = workload(ctx, "db_size_gb");
    const double growth = workload(ctx, "db_growth_gb_per_month");
    const qint64 horizon = ctx.design().value(Section::Workload, QStringLiteral("sizing_horizon_months")).toLongLong();
    const double inAYear = size + double(horizon) * growth;
    if (!db) {
        a.status = QStringLiteral("Not applicable: the design has no database.");
        a.context = {QStringLiteral("The design holds no RDS component.")};
        a.decisionText = {QStringLiteral("Revisit when the application needs PostgreSQL; start with RDS.")};
        a.consequences = {QStringLiteral("None yet.")};
        a.alternatives = {QStringLiteral("Aurora PostgreSQL.")};
        a.decision = nullptr;
        return render(ctx, a);
    }
    const qint64 iops = db->intParam(QStringLiteral("iops"));
    const qint64 replicas = db->intParam(QStringLiteral("read_replicas"));
    const bool multiAz = db->boolParam(QStringLiteral("multi_az"));
    const bool aurora = dec.recommended == 1;
    a.status = statusOf(dec, QString());
    a.context = {QStringLiteral("The database holds %1 GB and grows %2 GB a month: %3 GB in %10 months. The design "
                                "provisions %4 %5 with %6 GB %7 "
                                "storage and %8 IOPS, %9 read replica(s).")
                     .arg(W::number(size), W::number(growth), W::number(inAYear),
                          db->stringParam(QStringLiteral("instance_class")),
                          multiAz ? QStringLiteral("Multi-AZ") : QStringLiteral("single-AZ"),
                          QString::number(db->intParam(QStringLiteral("allocated_storage"))),
                          db->stringParam(QStringLiteral("storage_type")), W::integer(iops), QString::number(replicas))
                     .arg(horizon),
                 workloadLine(ctx)};
    if (aurora)
        a.decisionText = {QStringLiteral("The projected scale exceeds what the playbook keeps on RDS: plan the migration "
                                     "of %1 to Aurora PostgreSQL "
                                     "(storage that grows to 128 TB, up to 15 replicas, failover under 30 s).")
                          .arg(W::tt(ctx.resourceName(db->id)))};
    else
        a.decisionText = {QStringLiteral("We use RDS PostgreSQL %1 (%2, %3): the data stays under 1 TB within the sizing horizon, %4 "
                                     "IOPS are below 100K and "
                                     "%5 read replica(s) are enough. Migrate to Aurora when scale demands it.")
                          .arg(db->stringParam(QStringLiteral("engine_version")), W::tt(ctx.resourceName(db->id)),
                               db->stringParam(QStringLiteral("instance_class")), W::integer(iops),
                               QString::number(replicas))};
    a.consequences = {
        multiAz ? QStringLiteral("Failover to the Multi-AZ standby takes 60-120 s; Django reconnects through %1.")
                      .arg(ctx.pgbouncer() ? QStringLiteral("pgBouncer") : QStringLiteral("its connection settings"))
                : QStringLiteral(
                      "A single-AZ instance has no standby: an AZ failure means a restore (see disaster-recovery.md)."),
        QStringLiteral(
            "Storage is provisioned (%1 GB, autoscaling to %2 GB) rather than growing automatically as on Aurora.")
            .arg(db->intParam(QStringLiteral("allocated_storage")))
            .arg(db->intParam(QStringLiteral("max_allocated_storage"))),
        QStringLiteral("Standard PostgreSQL: no Aurora-only features (Serverless v2, Global Database)."),
        QStringLiteral("Lower cost than Aurora's I/O-based pricing at this size.")};
    a.alternatives = {
        QStringLiteral("Aurora PostgreSQL: faster failover and more replicas at a higher price."),
        QStringLiteral("Self-managed PostgreSQL on EC2: cheapest, but backups, failover and patching become our job.")};
    return render(ctx, a);
}

QByteArray DocsEmitter::adrElastiCacheVsMemoryDb(const DocsContext &ctx)
{
    Adr a;
    a.title = QStringLiteral("ADR-003: ElastiCache Redis vs Amazon MemoryDB");
    const Decision dec = decide(ctx, "cache");
    if (dec.current == 1 && !ctx.redis())
        return renderSuperseded(ctx, a.title, dec);
    const Component *redis = ctx.redis();
    if (!redis) {
        a.status = QStringLiteral("Not applicable: the design has no Redis.");
        a.context = {QStringLiteral("Django uses its local-memory cache and database sessions.")};
        a.decisionText = {QStringLiteral("Add ElastiCache Redis when caching or sessions need a shared store.")};
        a.consequences = {QStringLiteral("No shared cache: every task caches on its own.")};
        a.alternatives = {QStringLiteral("ElastiCache Redis, MemoryDB.")};
        return render(ctx, a);
    }
    const QStringList roles = redis->listParam(QStringLiteral("roles"));
    a.status = statusOf(dec, QString());
    a.decision = &dec;
    a.context = {
        QStringLiteral(
            "Redis %1 (%2, %3 replica(s)) serves: %4. None of it is the system of record; the database is PostgreSQL.")
            .arg(W::tt(ctx.resourceName(redis->id)), redis->stringParam(QStringLiteral("node_type")))
            .arg(redis->intParam(QStringLiteral("replicas")))
            .arg(roles.join(QStringLiteral(", "))),
        workloadLine(ctx)};
    if (dec.recommended == 1)
        a.decisionText = {QStringLiteral("Redis %1 must not lose data (eviction policy %2): move the roles that need "
                                         "durability (sessions, Celery broker and results) to Amazon MemoryDB and keep "
                                         "the plain cache on ElastiCache.")
                              .arg(W::tt(ctx.resourceName(redis->id)),
                                   redis->stringParam(QStringLiteral("maxmemory_policy")))};
    else
        a.decisionText = {QStringLiteral("We use ElastiCache Redis %1 for %2 (database numbers in caching-strategy.md); "
                                 "MemoryDB only if Redis ever becomes a primary datastore.")
                      .arg(redis->stringParam(QStringLiteral("engine_version")), roles.join(QStringLiteral(", ")))};
    a.consequences = {QStringLiteral("A failover or a lost node can drop recent writes: cached values are recomputed, "
                                     "users may have to sign in again."),
                      roles.contains(QStringLiteral("broker")) && !ctx.sqsBroker()
                          ? QStringLiteral("Celery messages queued in Redis (DB %1) can be lost in a failover; tasks "
                                           "are acknowledged late so running ones are retried.")
                                .arg(redis->intParam(QStringLiteral("broker_db")))
                          : QStringLiteral("Celery messages do not live in Redis%1.")
                                .arg(ctx.sqsBroker() ? QStringLiteral(" (SQS is the broker)") : QString()),
                      QStringLiteral("Snapshots are kept %1 days for inspection, not as a durability guarantee.")
                          .arg(redis->intParam(QStringLiteral("snapshot_retention_days")))};
    a.alternatives = {
        QStringLiteral("MemoryDB: a durable transaction log and no data loss, at a premium and ~10 ms writes."),
        QStringLiteral("DynamoDB or the database for sessions: durable, slower and more load on PostgreSQL.")};
    return render(ctx, a);
}

QByteArray DocsEmitter::adrBeatVsEventBridge(const DocsContext &ctx)
{
    Adr a;
    a.title = QStringLiteral("ADR-004: Celery Beat vs Amazon EventBridge for periodic tasks");
    const Decision dec = decide(ctx, "scheduler");
    if (dec.current == 1)
        return renderSuperseded(ctx, a.title, dec);
    a.decision = &dec;
    const Component *beat = ctx.first(ComponentKind::EcsBeat);
    QStringList scheduledRoutes;
    for (const CeleryRoute &r : ctx.design().routes()) {
        if (r.queue.contains(QLatin1String("schedul")))
            scheduledRoutes.append(W::tt(r.task));
    }
    a.context = {
        QStringLiteral("Periodic tasks live in the Django codebase (Celery app %1).").arg(W::tt(ctx.celeryApp()))};
    if (!scheduledRoutes.isEmpty())
        a.context.append(
            QStringLiteral("Routes for scheduled work: %1.").arg(scheduledRoutes.join(QStringLiteral(", "))));
    if (beat) {
        a.status = statusOf(dec, QString());
        a.decisionText = {QStringLiteral("We run Celery Beat as the ECS service %1 with exactly %2 task (%3 vCPU / %4 MiB) "
                                     "and the scheduler %5; "
                                     "EventBridge is kept for cross-service orchestration outside Django.")
                          .arg(W::tt(beat->id))
                          .arg(beat->intParam(QStringLiteral("desired_tasks")))
                          .arg(W::number(double(beat->intParam(QStringLiteral("cpu"))) / 1024.0))
                          .arg(beat->intParam(QStringLiteral("memory")))
                          .arg(W::tt(beat->stringParam(QStringLiteral("scheduler"))))};
        a.consequences = {
            QStringLiteral("Beat must run exactly once: the service deploys with minimum healthy 0 % so two schedulers "
                           "never overlap."),
            QStringLiteral("Schedules %1.")
                .arg(beat->stringParam(QStringLiteral("scheduler")).startsWith(QLatin1String("django_celery_beat"))
                         ? QStringLiteral("live in the database and are edited in the Django admin")
                         : QStringLiteral("live in code and a local schedule file")),
            QStringLiteral("A stopped Beat task silently stops every periodic task: the incident-response runbook "
                           "checks it first.")};
    } else {
        a.status = QStringLiteral("Accepted (no periodic tasks yet)");
        a.decision = nullptr;
        a.decisionText = {QStringLiteral("The design has no Beat service. When periodic tasks appear, add one Celery Beat "
                                     "service; use EventBridge only for schedules that start work outside Django.")};
        a.consequences = {QStringLiteral("No scheduler to operate today.")};
    }
    a.alternatives = {QStringLiteral("EventBridge Scheduler invoking ECS tasks: no always-on scheduler, but schedules "
                                     "and retries move out of the codebase."),
                      QStringLiteral("Cron on a host: a single point of failure outside the deployment.")};
    return render(ctx, a);
}

QByteArray DocsEmitter::adrQueueDesign(const DocsContext &ctx)
{
    Adr a;
    a.title = QStringLiteral("ADR-005: Celery queue design");
    const auto workers = ctx.all(ComponentKind::EcsWorker);
    const QStringList queues = ctx.celeryQueues();
    QMap<QString, QStringList> routesByQueue;
    for (const CeleryRoute &r : ctx.design().routes())
        routesByQueue[r.queue].append(W::tt(r.task));
    a.status = QStringLiteral("Accepted");
    a.context = {QStringLiteral("Tasks differ in urgency and length: short high-priority work must not wait behind "
                                "long reports. The design has %1 queue(s) "
                                "served by %2 worker group(s); the broker is %3.")
                     .arg(queues.size())
                     .arg(workers.size())
                     .arg(ctx.sqsBroker()
                              ? QStringLiteral("SQS")
                              : (ctx.redis() ? QStringLiteral("Redis") : QStringLiteral("not in the design")))};
    QList<QStringList> rows;
    int desiredSlots = 0, maxSlots = 0;
    for (const Component *w : workers) {
        const qint64 c = w->intParam(QStringLiteral("concurrency"));
        const qint64 mtpc = w->intParam(QStringLiteral("max_tasks_per_child"));
        desiredSlots += int(c * w->intParam(QStringLiteral("desired_tasks")));
        maxSlots += int(c * w->intParam(QStringLiteral("max_tasks")));
        QStringList routes;
        for (const QString &q : w->listParam(QStringLiteral("queues")))
            routes += routesByQueue.value(q);
        rows.append({W::tt(w->id), w->listParam(QStringLiteral("queues")).join(QStringLiteral(", ")),
                     routes.isEmpty() ? QStringLiteral("(unrouted tasks)") : routes.join(QStringLiteral(", ")),
                     QString::number(c), w->stringParam(QStringLiteral("pool")),
                     mtpc > 0 ? QString::number(mtpc) : QStringLiteral("-"),
                     QStringLiteral("%1 / %2 / %3")
                         .arg(w->intParam(QStringLiteral("min_tasks")))
                         .arg(w->intParam(QStringLiteral("desired_tasks")))
                         .arg(w->intParam(QStringLiteral("max_tasks"))),
                     QStringLiteral("%1 / %2")
                         .arg(c * w->intParam(QStringLiteral("desired_tasks")))
                         .arg(c * w->intParam(QStringLiteral("max_tasks")))});
    }
    QStringList decision;
    decision.append(QStringLiteral("One ECS service per workload type, each consuming its own queue(s) with a "
                                   "concurrency that fits the work; tasks "
                                   "not named by a route go to `default`."));
    W table;
    table.table({QStringLiteral("Group"), QStringLiteral("Queues"), QStringLiteral("Routes"),
                 QStringLiteral("Concurrency"), QStringLiteral("Pool"), QStringLiteral("Max tasks per child"),
                 QStringLiteral("Tasks min / desired / max"), QStringLiteral("Slots desired / max")},
                rows);
    if (!rows.isEmpty())
        decision.append(table.text().trimmed());
    decision.append(QStringLiteral(
        "Celery matches exact task names first, then the patterns in the design's order (config/celery.py)."));
    a.decisionText = decision;
    const PoolCalculation &p = ctx.derived().pools();
    a.consequences = {QStringLiteral("%1 worker processes at desired scale, %2 at maximum; each holds one database "
                                     "connection (%3 and %4 of the pool calculation).")
                          .arg(desiredSlots)
                          .arg(maxSlots)
                          .arg(p.desired.workerConnections)
                          .arg(p.maximum.workerConnections),
                      QStringLiteral("Each group scales on its own queue depth, so a backlog of long tasks does not "
                                     "add workers to the fast queues."),
                      QStringLiteral("More services to watch: the scaling runbook lists each one with its limits.")};
    a.alternatives = {QStringLiteral("A single queue and worker pool: simpler, but long tasks starve urgent ones."),
                      QStringLiteral("One worker group consuming every queue with priorities: fewer services, no "
                                     "isolation of memory-hungry tasks.")};
    return render(ctx, a);
}

QByteArray DocsEmitter::adrScaling(const DocsContext &ctx)
{
    Adr a;
    a.title = QStringLiteral("ADR-006: Horizontal vs vertical scaling");
    const Decision dec = decide(ctx, "scaling");
    a.decision = &dec;
    const PoolCalculation &p = ctx.derived().pools();
    a.status = statusOf(dec, QStringLiteral("Accepted (no web service yet)"));
    a.context = {
        workloadLine(ctx),
        QStringLiteral("Peak traffic is %1 times the average.")
            .arg(W::number(workload(ctx, "avg_rps") > 0 ? workload(ctx, "peak_rps") / workload(ctx, "avg_rps") : 0))};
    QStringList decision;
    QStringList lines;
    for (const ScalingPlan &s : ctx.derived().scalingPlans()) {
        if (s.policy == ScalingPlan::Policy::Fixed)
            continue;
        lines.append(QStringLiteral("%1: %2").arg(W::tt(s.componentId), s.summary));
    }
    decision.append(QStringLiteral("Scale the web and worker services horizontally and the database vertically."));
    if (!lines.isEmpty()) {
        W list;
        list.bullets(lines);
        decision.append(list.text().trimmed());
    }
    if (const Component *db = ctx.database()) {
        const qint64 replicas = db->intParam(QStringLiteral("read_replicas"));
        decision.append(
            QStringLiteral(
                "The database %1 grows by instance class (now %2) when CPU stays above 70 % or memory runs short; %3.")
                .arg(W::tt(ctx.resourceName(db->id)), db->stringParam(QStringLiteral("instance_class")),
                     replicas > 0 ? QStringLiteral("%1 read replica(s) take read-only reporting load").arg(replicas)
                                  : QStringLiteral("read replicas (none yet) can take read-only reporting load")));
    }
    a.decisionText = decision;
    const QString budget = p.connectionBudget >= 0 ? QString::number(p.connectionBudget) : QStringLiteral("unknown");
    a.consequences = {p.hasPgBouncer() ? QStringLiteral("Every added task adds client connections (%1 at desired "
                                                        "scale, %2 at maximum); pgBouncer folds them into %3 "
                                                        "server connections against a budget of %4, so its pool, not "
                                                        "the task count, bounds the database load.")
                                             .arg(p.desired.total)
                                             .arg(p.maximum.total)
                                             .arg(p.maximum.databaseConnections)
                                             .arg(budget)
                                       : QStringLiteral("Every added task adds database connections: %1 at desired "
                                                        "scale, %2 at maximum, against a budget of %3.")
                                             .arg(p.desired.total)
                                             .arg(p.maximum.total)
                                             .arg(budget),
                      QStringLiteral("Services must stay stateless: sessions and cache live in Redis, files in S3."),
                      QStringLiteral("A database resize is a maintenance event (see database-maintenance.md); with "
                                     "Multi-AZ the downtime is one failover.")};
    a.alternatives = {
        QStringLiteral("Vertical scaling of the web tier: fewer, larger tasks; no gain in availability and a single "
                       "large failure domain."),
        QStringLiteral(
            "Horizontal database scaling (sharding, Aurora replicas): only when one primary can no longer keep up.")};
    return render(ctx, a);
}

} // namespace Infra
