// Findings on mistakes in how the design hangs together (issue 18): two Celery brokers,
// Celery services with no broker, a database nothing connects to, two static-files buckets,
// a component stacked on another of its kind (a pasted duplicate left where it landed), a
// component the exported Terraform leaves out.
#include "builtinrules.h"
#include "derivedmodel.h"
#include "findingrules.h"

#include "cost/scenario.h"
#include "model/design.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Infra::BuiltinRules {

namespace {

// Celery's broker candidates: ElastiCache Redis or MemoryDB with the broker role, and SQS queues.
QStringList brokers(const Design &d)
{
    QStringList ids;
    for (const Component &c : d.components()) {
        if (((c.kind == ComponentKind::ElastiCacheRedis || c.kind == ComponentKind::MemoryDb)
             && c.listParam(QStringLiteral("roles")).contains(QLatin1String("broker")))
            || c.kind == ComponentKind::Sqs)
            ids.append(c.id);
    }
    return ids;
}

void checkTwoBrokers(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    const QStringList ids = brokers(d);
    if (ids.size() < 2)
        return;
    out.push_back(finding("celery-broker-duplicate", Severity::Warning, ids.first(),
                          trText("Infra::Rules", "%1 brokers for Celery (%2): Celery uses one broker URL, the others get no tasks")
                              .arg(ids.size()).arg(boundedList(ids)),
                          trText("Infra::Rules", "Keep one broker: remove the broker role from the Redis or MemoryDB, or remove the SQS queue")));
}

void checkNoBroker(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    if (!brokers(d).isEmpty())
        return;
    QStringList celery;
    for (const Component &c : d.components()) {
        if (c.kind == ComponentKind::EcsWorker || c.kind == ComponentKind::EcsBeat)
            celery.append(c.id);
    }
    if (celery.isEmpty())
        return;
    // A warning, not an error: the broker may live outside the design (RabbitMQ on Amazon MQ
    // has no component; discovery proposes such designs).
    out.push_back(finding("celery-no-broker", Severity::Warning, celery.first(),
                          trText("Infra::Rules", "Celery services %1 have no broker in the design: no task is delivered unless a broker outside it (RabbitMQ, Amazon MQ) is configured")
                              .arg(boundedList(celery)),
                          trText("Infra::Rules", "Add an SQS queue, or an ElastiCache Redis or MemoryDB with the broker role, or keep the outside broker")));
}

void checkDatabaseUnused(const Design &d, const DerivedModel &m, std::vector<Finding> &out)
{
    for (const Component &component : d.components()) {
        if (!kindIsPostgres(component.kind))
            continue;
        const Component *db = &component;
        // The model's index of connections by end: scanning every connection for each
        // database made this rule quadratic (9 M instructions at 2,000 components).
        const auto ends = m.connectionsOf(db->id);
        const bool reached = std::any_of(ends.begin(), ends.end(), [&](const Connection *c) { return c->target == db->id; });
        if (!reached)
            out.push_back(finding("rds-unused", Severity::Warning, db->id,
                                  (db->kind == ComponentKind::AuroraPostgres
                                       ? trText("Infra::Rules", "Nothing connects to Aurora %1: it costs money and holds no data of the app")
                                       : trText("Infra::Rules", "Nothing connects to RDS %1: it costs money and holds no data of the app")).arg(db->id),
                                  trText("Infra::Rules", "Add the services that use %1, or remove it").arg(db->id)));
    }
}

void checkTwoStaticBuckets(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    QStringList ids;
    for (const Component *b : d.componentsOfKind(ComponentKind::S3Bucket)) {
        if (b->stringParam(QStringLiteral("role")) == QLatin1String("static"))
            ids.append(b->id);
    }
    if (ids.size() < 2)
        return;
    out.push_back(finding("s3-static-duplicate", Severity::Warning, ids.at(1),
                          trText("Infra::Rules", "%1 buckets hold static files (%2): Django's STATIC_URL and CloudFront's /static/* serve only one")
                              .arg(ids.size()).arg(boundedList(ids)),
                          trText("Infra::Rules", "Keep one bucket with role static; set the others to media, backups or other")));
}

// Two components of one kind less than this far apart (canvas units; a card is 220×100)
// lie on top of each other: one hides the other on the canvas.
constexpr double stackedDistance = 48;

void checkStacked(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    // A grid of cells as large as the distance: only neighbouring cells can hold a match,
    // so 2,000 components cost 2,000 look-ups, not 2 million comparisons.
    QHash<QPair<qint64, qint64>, std::vector<const Component *>> cells;
    const QString rule = QStringLiteral("component-stacked"); // one string for every finding
    const auto cellOf = [](const QPointF &p) {
        return QPair<qint64, qint64>(qint64(std::floor(p.x() / stackedDistance)), qint64(std::floor(p.y() / stackedDistance)));
    };
    for (const Component &c : d.components()) {
        // (0, 0) is where a component without a position sits (a file or code that never
        // placed it; the canvas lays those out): not a card on top of another.
        if (c.position.isNull())
            continue;
        const auto [cx, cy] = cellOf(c.position);
        const Component *under = nullptr;
        for (qint64 dx = -1; dx <= 1 && !under; ++dx) {
            for (qint64 dy = -1; dy <= 1 && !under; ++dy) {
                const auto it = cells.constFind({cx + dx, cy + dy});
                if (it == cells.cend())
                    continue;
                for (const Component *other : *it) {
                    const QPointF delta = other->position - c.position;
                    if (other->kind == c.kind && std::hypot(delta.x(), delta.y()) < stackedDistance) {
                        under = other;
                        break;
                    }
                }
            }
        }
        if (under)
            out.push_back(Finding::make(rule, Severity::Warning, c.id,
                                  trText("Infra::Rules", "%1 lies on top of %2 on the canvas (%3 apart): a pasted duplicate?")
                                      .arg(c.id, under->id)
                                      .arg(qRound(std::hypot(under->position.x() - c.position.x(), under->position.y() - c.position.y()))),
                                  trText("Infra::Rules", "Move %1 away from %2, or delete it if it is a copy by mistake").arg(c.id, under->id)));
        cells[{cx, cy}].push_back(&c);
    }
}

// Components the exported Terraform leaves out although the canvas draws them and the estimate
// prices them. The module builds one of each of these kinds, the first in design order
// (TerraformContext::first), and a CloudFront distribution only when it has an origin: a
// public load balancer or a static or media bucket (TerraformContext::cdn). tst_consistencyrules
// checks every case against the emitted module.
void checkNotExported(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    const QString rule = QStringLiteral("component-not-exported");
    for (const ComponentKind kind : {ComponentKind::CloudFront, ComponentKind::Alb, ComponentKind::SecretsManager, ComponentKind::CloudWatch}) {
        const std::vector<const Component *> list = d.componentsOfKind(kind);
        for (size_t i = 1; i < list.size(); ++i) {
            const QString &id = list[i]->id;
            const QString &built = list.front()->id;
            Text message, fix;
            switch (kind) {
            case ComponentKind::CloudFront:
                message = trText("Infra::Rules", "%1 is a second CloudFront distribution: the exported Terraform builds one (%2), so %1 is drawn and priced but not built").arg(id, built);
                fix = trText("Infra::Rules", "Remove %1: %2 serves the load balancer and the buckets by path (/static/*, /media/*)").arg(id, built);
                break;
            case ComponentKind::Alb:
                message = trText("Infra::Rules", "%1 is a second load balancer: the exported Terraform builds one (%2), so %1 is drawn and priced but not built").arg(id, built);
                fix = trText("Infra::Rules", "Remove %1 and route by path on %2 (path_patterns on the web services)").arg(id, built);
                break;
            case ComponentKind::SecretsManager:
                message = trText("Infra::Rules", "%1 is a second Secrets Manager component: the exported Terraform creates the secrets of %2 only, so the secrets of %1 (%3) are neither created nor given to the tasks")
                              .arg(id, built).arg(boundedList(list[i]->listParam(QStringLiteral("secrets"))));
                fix = trText("Infra::Rules", "Move the secrets of %1 into the list of %2 and remove %1").arg(id, built);
                break;
            default:
                message = trText("Infra::Rules", "%1 is a second CloudWatch component: the exported Terraform uses the settings of %2 (alarms, alarm e-mail, log retention), so those of %1 are ignored").arg(id, built);
                fix = trText("Infra::Rules", "Set what %1 holds on %2 and remove %1").arg(id, built);
                break;
            }
            out.push_back(Finding::make(rule, Severity::Warning, id, std::move(message), std::move(fix)));
        }
    }
    const std::vector<const Component *> cdns = d.componentsOfKind(ComponentKind::CloudFront);
    if (cdns.empty())
        return;
    const std::vector<const Component *> albs = d.componentsOfKind(ComponentKind::Alb);
    const bool publicAlb = !albs.empty() && !albs.front()->boolParam(QStringLiteral("internal"));
    bool servedBucket = false;
    for (const Component *b : d.componentsOfKind(ComponentKind::S3Bucket)) {
        const QString role = b->stringParam(QStringLiteral("role"));
        servedBucket = servedBucket || role == QLatin1String("static") || role == QLatin1String("media");
    }
    if (!publicAlb && !servedBucket)
        out.push_back(Finding::make(rule, Severity::Warning, cdns.front()->id,
                                    (albs.empty() ? trText("Infra::Rules", "CloudFront %1 has nothing to serve (no load balancer, no static or media bucket): the exported Terraform leaves it out, though it is drawn and priced").arg(cdns.front()->id)
                                                  : trText("Infra::Rules", "CloudFront %1 has nothing to serve (load balancer %2 is internal, and there is no static or media bucket): the exported Terraform leaves it out, though it is drawn and priced").arg(cdns.front()->id, albs.front()->id)),
                                    trText("Infra::Rules", "Add a public load balancer or a static or media bucket behind %1, or remove it").arg(cdns.front()->id)));
}

} // namespace

Text boundedList(const QStringList &items, qsizetype limit)
{
    if (items.size() <= limit)
        return Text::plain(items.join(QStringLiteral(", ")));
    return trText("Infra::Rules", "%1 and %2 more").arg(items.first(limit).join(QStringLiteral(", "))).arg(items.size() - limit);
}

// A saved what-if scenario whose override no longer applies (its component was deleted, a
// parameter renamed, a value out of range): it would be priced without that change.
void checkScenarios(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    for (const SavedScenario &s : d.scenarios()) {
        Design probe = d;
        for (const QString &text : s.overrides) {
            QString error;
            const std::optional<ParameterOverride> o = ParameterOverride::parse(text, probe, &error);
            Mutation m = o ? o->applyTo(probe) : Mutation::refused(error);
            if (!m.ok) {
                // The parser names the override it quotes; the message names it already.
                const QString prefix = QLatin1Char('"') + text + QStringLiteral("\": ");
                if (m.error.startsWith(prefix))
                    m.error.remove(0, prefix.size());
                out.push_back(finding("scenario-override-invalid", Severity::Warning, QString(),
                                      trText("Infra::Rules", "Scenario '%1' cannot apply %2: %3").arg(s.name, text, m.error),
                                      trText("Infra::Rules", "Edit or remove the override in the scenario (cost panel, Scenarios)")));
            }
        }
    }
}

void addConsistencyRules(FindingRules &rules)
{
    rules.add(make("celery-broker-duplicate", Severity::Warning, "Celery has one broker", &checkTwoBrokers));
    rules.add(make("celery-no-broker", Severity::Warning, "Celery services have a broker", &checkNoBroker));
    rules.add(make("rds-unused", Severity::Warning, "Every database is used", &checkDatabaseUnused));
    rules.add(make("s3-static-duplicate", Severity::Warning, "One bucket holds the static files", &checkTwoStaticBuckets));
    rules.add(make("component-stacked", Severity::Warning, "No component hides another on the canvas", &checkStacked));
    rules.add(make("component-not-exported", Severity::Warning, "What the canvas draws is exported", &checkNotExported));
    rules.add(make("scenario-override-invalid", Severity::Warning, "Saved scenarios apply to the design", &checkScenarios));
}

} // namespace Infra::BuiltinRules
