// docs/architecture/: overview, ECS design, database design, caching strategy.
#include "docsemitter.h"

#include "configemitter.h"
#include "docscontext.h"
#include "docswriter.h"

#include "model/schedule.h"

#include "capacity/capacityreport.h"
#include "model/celerymetrics.h"

#include <cmath>

namespace Infra {

namespace {

using W = DocsWriter;

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Edge: return QStringLiteral("Edge");
    case Tier::LoadBalancer: return QStringLiteral("Load balancer");
    case Tier::Service: return QStringLiteral("Services");
    case Tier::Data: return QStringLiteral("Data");
    case Tier::Platform: return QStringLiteral("Platform");
    }
    return {};
}

QString endpoint(const QString &id)
{
    return id == internetEndpoint() ? QStringLiteral("internet") : W::tt(id);
}

QString viaText(Connection::Via via)
{
    switch (via) {
    case Connection::Via::SecurityGroup: return QStringLiteral("security group");
    case Connection::Via::Iam: return QStringLiteral("IAM task role");
    case Connection::Via::OriginAccessControl: return QStringLiteral("origin access control");
    case Connection::Via::Public: return QStringLiteral("public listener");
    }
    return {};
}

QString ruleText(const SecurityGroupRule &r)
{
    const QString ports =
        r.fromPort == r.toPort ? QString::number(r.fromPort) : QStringLiteral("%1-%2").arg(r.fromPort).arg(r.toPort);
    QString peer = r.peerGroup;
    if (peer.isEmpty() && !r.prefixList.isEmpty())
        peer = QStringLiteral("prefix list %1").arg(r.prefixList);
    if (peer.isEmpty())
        peer = (r.cidrBlocks + r.ipv6CidrBlocks).join(QStringLiteral(", "));
    const bool in = r.direction == SecurityGroupRule::Direction::Ingress;
    return QStringLiteral("%1 %2 %3 %4")
        .arg(r.protocol, ports, in ? QStringLiteral("from") : QStringLiteral("to"), peer);
}

QString statusText(ReviewItem::Status s)
{
    switch (s) {
    case ReviewItem::Status::Passed: return QStringLiteral("passed");
    case ReviewItem::Status::Failed: return QStringLiteral("**failed**");
    case ReviewItem::Status::NotEvaluated: return QStringLiteral("not evaluated");
    }
    return {};
}

void header(W &w, const DocsContext &ctx, const QString &title)
{
    w.heading(1, title);
    w.paragraph(QStringLiteral("> ") + ctx.notice());
}

} // namespace

QByteArray DocsEmitter::overview(const DocsContext &ctx)
{
    const Design &d = ctx.design();
    const DerivedModel &m = ctx.derived();
    auto wl = [&](const char *key) { return d.value(Section::Workload, QString::fromLatin1(key)); };
    W w;
    header(w, ctx, QStringLiteral("Architecture overview: %1").arg(d.name()));
    w.paragraph(QStringLiteral("![Architecture](diagram.svg)"));
    w.paragraph(
        QStringLiteral("Project %1 runs Django on AWS in %2 (%3). The workload profile: %4 requests/s on average, "
                       "%5 at peak, a p95 latency target of %6 ms, a %7 GB database growing %8 GB a month, a monthly "
                       "budget of %9.")
            .arg(W::tt(d.project()), d.region(), d.environment(), W::number(wl("avg_rps").toDouble()),
                 W::number(wl("peak_rps").toDouble()), W::number(wl("p95_latency_ms").toDouble()),
                 W::number(wl("db_size_gb").toDouble()), W::number(wl("db_growth_gb_per_month").toDouble()),
                 W::money(wl("monthly_budget_usd").toDouble())));
    w.paragraph(
        QStringLiteral("The diagram (also [diagram.png](diagram.png)) is drawn by the studio from the same design."));

    w.heading(2, QStringLiteral("Components"));
    QList<QStringList> rows;
    for (Tier tier : {Tier::Edge, Tier::LoadBalancer, Tier::Service, Tier::Data, Tier::Platform}) {
        for (const Component &c : d.components()) {
            if (kindTier(c.kind) == tier)
                rows.append({tierName(tier), DocsContext::label(c), kindDisplayName(c.kind), componentSummary(ctx, c)});
        }
    }
    w.table(
        {QStringLiteral("Tier"), QStringLiteral("Component"), QStringLiteral("Kind"), QStringLiteral("Key figures")},
        rows);

    if (d.hasNotes()) {
        // The reviewers' notes, as written: escaped so that Markdown shows every character.
        w.heading(2, QStringLiteral("Notes"));
        if (!d.note().isEmpty()) {
            w.paragraph(QStringLiteral("On the design:"));
            w.quote(d.note());
        }
        for (const Component &c : d.components()) {
            if (c.note.isEmpty())
                continue;
            w.paragraph(QStringLiteral("On %1 (%2):").arg(W::escaped(c.name), W::tt(c.id)));
            w.quote(c.note);
        }
    }

    w.heading(2, QStringLiteral("Connections"));
    w.paragraph(
        QStringLiteral("%1 connections: every one is either a security-group rule, an IAM permission of the task role, "
                       "CloudFront origin access control or a public listener.")
            .arg(m.connections().size()));
    rows.clear();
    for (const Connection &c : m.connections())
        rows.append({endpoint(c.source), endpoint(c.target), c.port > 0 ? QString::number(c.port) : QStringLiteral("-"),
                     c.scheme + (c.tls ? QStringLiteral(" (TLS)") : QString()), c.purpose, viaText(c.via)});
    w.table({QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Port"), QStringLiteral("Protocol"),
             QStringLiteral("Purpose"), QStringLiteral("Allowed by")},
            rows);

    w.heading(2, QStringLiteral("Security groups"));
    w.paragraph(QStringLiteral("One group per tier, with a rule only where a connection needs it (least privilege); "
                               "terraform/security_groups.tf holds one resource per rule."));
    rows.clear();
    for (const SecurityGroup &g : m.securityGroups()) {
        QStringList in, out;
        for (const SecurityGroupRule *r : g.ingress())
            in.append(ruleText(*r));
        for (const SecurityGroupRule *r : g.egress())
            out.append(ruleText(*r));
        rows.append({W::tt(g.tier), g.componentIds.join(QStringLiteral(", ")),
                     in.isEmpty() ? QStringLiteral("none") : in.join(QStringLiteral("; ")),
                     out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral("; "))});
    }
    w.table({QStringLiteral("Group"), QStringLiteral("Members"), QStringLiteral("Ingress"), QStringLiteral("Egress")},
            rows);

    const PoolCalculation &p = m.pools();
    if (p.hasDatabase()) {
        w.heading(2, QStringLiteral("Connection pools"));
        w.paragraph(
            QStringLiteral(
                "At desired scale the services hold %1 connections (total %2 with management overhead); at maximum "
                "scale %3 (total %4). %5 connections reach the database, against a budget of %6. "
                "Details in [database-design.md](database-design.md).")
                .arg(p.desired.webConnections + p.desired.workerConnections)
                .arg(p.desired.total)
                .arg(p.maximum.webConnections + p.maximum.workerConnections)
                .arg(p.maximum.total)
                .arg(p.maximum.databaseConnections)
                .arg(p.connectionBudget >= 0 ? QString::number(p.connectionBudget) : QStringLiteral("unknown")));
    }

    // Capacity (issue 15): each tier's demand at the workload's peak against what it provides.
    const auto tasksWord = [](int n) { return n == 1 ? QStringLiteral("task") : QStringLiteral("tasks"); };
    const CapacityReport &cap = m.capacity();
    if (!cap.allFacts().empty()) {
        w.heading(2, QStringLiteral("Capacity"));
        w.paragraph(QStringLiteral("What the workload profile asks of each tier at its peak of %1 req/s, planned at %2 % utilisation "
                                   "(the capacity model: docs/capacity-model.md in Infra Studio).")
                        .arg(W::number(wl("peak_rps").toDouble()))
                        .arg(W::number(std::round(cap.targetUtilization * 100.0))));
        QList<QStringList> rows;
        for (const auto &[id, f] : cap.allFacts()) {
            const double u = f.utilization();
            rows.append({W::tt(id), f.label.toString(), std::isfinite(f.demand) ? W::number(std::round(f.demand * 10.0) / 10.0) : QStringLiteral("unbounded"),
                         W::number(std::round(f.capacity * 10.0) / 10.0), f.unit,
                         std::isfinite(u) ? W::number(std::round(u * 100.0)) + QStringLiteral(" %") : QStringLiteral("unbounded")});
        }
        w.table({QStringLiteral("Component"), QStringLiteral("Measure"), QStringLiteral("Need"), QStringLiteral("Capacity"),
                 QStringLiteral("Unit"), QStringLiteral("Used")},
                rows);
        QStringList sized;
        for (const WebCapacity &c : cap.web)
            sized.append(QStringLiteral("%1 needs %2 %3 at the peak and %4 on average (p95 estimate %5 ms, target %6 ms)")
                             .arg(W::tt(c.componentId)).arg(c.requiredPeak).arg(tasksWord(c.requiredPeak)).arg(c.requiredAvg)
                             .arg(std::isfinite(c.p95Ms) ? W::number(std::round(c.p95Ms)) : QStringLiteral("unbounded"))
                             .arg(W::number(c.p95TargetMs)));
        for (const CeleryCapacity &c : cap.celery)
            sized.append(QStringLiteral("%1 needs %2 %3 at the peak and %4 on average; a %5-minute burst drains within %6 minutes")
                             .arg(W::tt(c.componentId)).arg(c.requiredPeak).arg(tasksWord(c.requiredPeak)).arg(c.requiredAvg)
                             .arg(W::number(wl("burst_minutes").toDouble()))
                             .arg(std::isfinite(c.drainSeconds) ? W::number(std::ceil(c.drainSeconds / 60.0)) : QStringLiteral("unbounded")));
        w.bullets(sized);
    }

    w.heading(2, QStringLiteral("Review"));
    int passed = 0, failed = 0;
    for (const ReviewItem &r : m.review()) {
        passed += r.status == ReviewItem::Status::Passed;
        failed += r.status == ReviewItem::Status::Failed;
    }
    w.paragraph(
        QStringLiteral("The playbook's quality standards and self-verification checklist, judged on this design: "
                       "%1 passed, %2 failed, %3 not evaluated.")
            .arg(passed)
            .arg(failed)
            .arg(int(m.review().size()) - passed - failed));
    for (ReviewItem::Group group : {ReviewItem::Group::QualityStandard, ReviewItem::Group::Checklist}) {
        w.heading(3, group == ReviewItem::Group::QualityStandard ? QStringLiteral("Quality standards")
                                                                 : QStringLiteral("Checklist"));
        rows.clear();
        for (const ReviewItem &r : m.review()) {
            if (r.group == group)
                rows.append({r.title, statusText(r.status), r.evidence.join(QStringLiteral("; "))});
        }
        w.table({QStringLiteral("Item"), QStringLiteral("Result"), QStringLiteral("Evidence")}, rows);
    }

    w.heading(2, QStringLiteral("Findings"));
    if (m.findings().empty()) {
        w.paragraph(QStringLiteral("No findings."));
    } else {
        QStringList items;
        for (const Finding &f : m.findings()) {
            QString item = QStringLiteral("**%1** %2").arg(severityName(f.severity), f.message);
            if (!f.fixHint.isEmpty())
                item += QStringLiteral(" (fix: %1)").arg(f.fixHint);
            items.append(item);
        }
        w.bullets(items);
    }

    w.heading(2, QStringLiteral("Documents"));
    w.bullets(
        {QStringLiteral("[ECS design](ecs-design.md), [database design](database-design.md), [caching "
                        "strategy](caching-strategy.md)"),
         QStringLiteral("Decisions: [ADRs](../adrs/)"),
         QStringLiteral(
             "Operations: [scaling](../runbooks/scaling.md), [disaster recovery](../runbooks/disaster-recovery.md), "
             "[database maintenance](../runbooks/database-maintenance.md), [incident "
             "response](../runbooks/incident-response.md)"),
         QStringLiteral("[Cost report](../cost.md), [Terraform module](../terraform/README.md)")});
    return w.toUtf8();
}

QByteArray DocsEmitter::ecsDesign(const DocsContext &ctx)
{
    const DerivedModel &m = ctx.derived();
    W w;
    header(w, ctx, QStringLiteral("ECS design"));
    const auto services = ctx.terraform().ecsServices();
    if (services.empty()) {
        w.paragraph(QStringLiteral("The design has no ECS service."));
        return w.toUtf8();
    }
    w.paragraph(
        QStringLiteral("Every service runs on Fargate in the cluster %1 (region %2), with logs in CloudWatch under "
                       "`/ecs/%3/<service>`. Services and task sizes:")
            .arg(W::tt(ctx.clusterName()), ctx.region(), ctx.namePrefix()));
    QList<QStringList> rows;
    for (const Component *c : services) {
        const qint64 cpu = c->intParam(QStringLiteral("cpu"));
        rows.append(
            {W::tt(ctx.serviceName(*c)), kindDisplayName(c->kind),
             W::number(double(cpu) / 1024.0) + QStringLiteral(" vCPU (") + QString::number(cpu) + QLatin1Char(')'),
             QString::number(c->intParam(QStringLiteral("memory"))) + QStringLiteral(" MiB"),
             c->stringParam(QStringLiteral("architecture")),
             c->kind == ComponentKind::EcsWorker && c->boolParam(QStringLiteral("spot"))
                 ? QStringLiteral("FARGATE_SPOT")
                 : QStringLiteral("FARGATE")});
    }
    w.table({QStringLiteral("Service"), QStringLiteral("Role"), QStringLiteral("CPU"), QStringLiteral("Memory"),
             QStringLiteral("Architecture"), QStringLiteral("Capacity")},
            rows);

    w.heading(2, QStringLiteral("Commands"));
    rows.clear();
    for (const Component *c : services) {
        if (c->kind == ComponentKind::PgBouncer)
            continue;
        rows.append({W::tt(c->id), W::tt(ConfigEmitter::serviceCommand(ctx, *c).join(QLatin1Char(' ')))});
    }
    w.table({QStringLiteral("Service"), QStringLiteral("Command")}, rows);

    w.heading(2, QStringLiteral("Scaling"));
    rows.clear();
    for (const ScalingPlan &s : m.scalingPlans()) {
        QString policy;
        switch (s.policy) {
        case ScalingPlan::Policy::CpuTargetTracking:
            policy = QStringLiteral("CPU target tracking, %1 %").arg(W::number(s.target));
            break;
        case ScalingPlan::Policy::QueueDepthTargetTracking:
            // The metric terraform/autoscaling.tf tracks: SQS's own, or the one the application publishes.
            policy =
                ctx.sqsBroker()
                    ? QStringLiteral("backlog per task (AWS/SQS ApproximateNumberOfMessagesVisible / running tasks), %1 messages per task")
                          .arg(W::number(s.target))
                    : QStringLiteral("backlog per task (%1 %2), %3 messages per task")
                          .arg(s.metricNamespace, s.metric, W::number(s.target));
            break;
        case ScalingPlan::Policy::Fixed: policy = QStringLiteral("fixed"); break;
        }
        rows.append({W::tt(s.componentId), policy, QString::number(s.minTasks), QString::number(s.desiredTasks),
                     QString::number(s.maxTasks),
                     s.policy == ScalingPlan::Policy::Fixed
                         ? QStringLiteral("-")
                         : QStringLiteral("%1 s / %2 s").arg(s.scaleInCooldown).arg(s.scaleOutCooldown),
                     s.connectionsPerTask > 0 ? QString::number(s.connectionsPerTask) : QStringLiteral("-")});
    }
    w.table({QStringLiteral("Service"), QStringLiteral("Policy"), QStringLiteral("Min"), QStringLiteral("Desired"),
             QStringLiteral("Max"), QStringLiteral("Cooldown in / out"), QStringLiteral("DB connections per task")},
            rows);
    QStringList notes;
    for (const ScalingPlan &s : m.scalingPlans()) {
        if (s.exceedsConnectionBudget)
            notes.append(QStringLiteral("%1 at %2 tasks would exceed the database connection budget; %3 tasks fit.")
                             .arg(W::tt(s.componentId))
                             .arg(s.maxTasks)
                             .arg(s.maxTasksWithinBudget));
    }
    if (!ctx.sqsBroker() && ctx.has(ComponentKind::EcsWorker))
        notes.append(QStringLiteral(
                         "With Redis as broker the queue length is not a CloudWatch metric of its own: the Celery "
                         "configuration publishes `%1` (namespace `%2`, dimension `%3`) every minute, the messages "
                         "waiting per running task; the task role may put metrics in that namespace only.")
                         .arg(CeleryMetrics::backlogPerTask(), CeleryMetrics::nameSpace(), CeleryMetrics::queueDimension()));
    if (const Component *beat = ctx.first(ComponentKind::EcsBeat))
        notes.append(QStringLiteral("%1 deploys with maximum 100 % / minimum healthy 0 %: the old scheduler stops "
                                    "before the new one starts.")
                         .arg(W::tt(beat->id)));
    w.bullets(notes);

    // EventBridge Scheduler (issue 17): the schedules as the module creates them.
    for (const Component *sched : ctx.all(ComponentKind::EventBridgeScheduler)) {
        w.heading(2, QStringLiteral("Scheduled jobs (%1)").arg(W::tt(sched->id)));
        QList<QStringList> jobs;
        for (const ScheduleEntry &e : scheduleEntries(*sched)) {
            const Component *target = ctx.design().component(e.target);
            const ScheduleEntry::Target kind = target ? scheduleTargetKind(target->kind) : ScheduleEntry::Target::None;
            const QString what = kind == ScheduleEntry::Target::EcsTask ? QStringLiteral("runs a task of %1: `%2`").arg(W::tt(e.target), e.command)
                : kind == ScheduleEntry::Target::SqsMessage            ? QStringLiteral("sends `%1` to queue %2").arg(e.command, W::tt(e.queue))
                                                                       : QStringLiteral("not created: %1 is no ECS service or SQS component").arg(W::tt(e.target));
            jobs.append({W::tt(e.name), W::tt(e.expression), what,
                         QString::number(qRound64(scheduleInvocationsPerMonth(e.expression)))});
        }
        w.table({QStringLiteral("Schedule"), QStringLiteral("When"), QStringLiteral("What"), QStringLiteral("Runs a month")}, jobs);
        w.paragraph(QStringLiteral("EventBridge Scheduler runs them in the schedule group %1 (time zone %2, %3), retrying a failed "
                                   "invocation %4 times within %5 s; its role may run only these task definitions and send only "
                                   "to these queues (terraform/scheduler.tf). Each run is a new Fargate task of the target "
                                   "service's size, in its security group; nothing runs between the runs.")
                        .arg(W::tt(ctx.resourceName(sched->id)), sched->stringParam(QStringLiteral("timezone")),
                             sched->intParam(QStringLiteral("flexible_window_minutes")) > 0
                                 ? QStringLiteral("spread over %1 minutes").arg(sched->intParam(QStringLiteral("flexible_window_minutes")))
                                 : QStringLiteral("at the exact time"))
                        .arg(sched->intParam(QStringLiteral("retry_attempts")))
                        .arg(sched->intParam(QStringLiteral("max_event_age"))));
    }
    return w.toUtf8();
}

} // namespace Infra
