#pragma once

#include "emittedfile.h"

#include <QString>
#include <QStringList>

namespace Infra {

class Design;
class DerivedModel;
class DocsContext;
class DocsWriter;
struct Component;

// Writes the documents of a design in the playbook's docs/ layout: the architecture overview
// and its three companions, the six ADRs, four runbooks, the cost report and the Terraform
// README. Every figure, name and command comes from the design, its derived model, the cost
// engine and the Terraform module's naming. Deterministic: the same design gives the same bytes.
class DocsEmitter
{
public:
    static EmittedFiles emit(const Design &design, const DerivedModel &derived);
    // With the paths of the Terraform files already emitted for this design ("terraform/alb.tf",
    // …), which the Terraform README lists; without them the README emits the module to list it.
    static EmittedFiles emit(const Design &design, const DerivedModel &derived, const QStringList &terraformPaths);

    // docs/architecture/
    static QByteArray overview(const DocsContext &ctx);
    static QByteArray ecsDesign(const DocsContext &ctx);
    static QByteArray databaseDesign(const DocsContext &ctx);
    static QByteArray cachingStrategy(const DocsContext &ctx);

    // docs/adrs/ — each with Status, Context, Decision, Consequences, Alternatives
    static QByteArray adrEcsVsEks(const DocsContext &ctx);
    static QByteArray adrRdsVsAurora(const DocsContext &ctx);
    static QByteArray adrElastiCacheVsMemoryDb(const DocsContext &ctx);
    static QByteArray adrBeatVsEventBridge(const DocsContext &ctx);
    static QByteArray adrQueueDesign(const DocsContext &ctx);
    static QByteArray adrScaling(const DocsContext &ctx);
    // ADR-007 (Aurora), ADR-008 (MemoryDB), ADR-009 (EventBridge Scheduler): written when the
    // design embodies the option that supersedes the playbook's default.
    static EmittedFiles supersedingAdrs(const DocsContext &ctx);

    // docs/runbooks/
    static QByteArray runbookScaling(const DocsContext &ctx);
    static QByteArray runbookDisasterRecovery(const DocsContext &ctx);
    static QByteArray runbookDatabaseMaintenance(const DocsContext &ctx);
    static QByteArray runbookIncidentResponse(const DocsContext &ctx);
    // Aurora PostgreSQL's sections of the disaster-recovery and maintenance runbooks
    // (runbookaurora.cpp): cluster failover, cluster point-in-time restore, ACU or class changes.
    static void auroraRecovery(DocsWriter &w, const DocsContext &ctx, const Component &db);
    static QByteArray runbookAuroraMaintenance(const DocsContext &ctx, const Component &db);
    // The command that holds an ECS service's capacity under target tracking (runbooks).
    // `aws ecs execute-command` into the first task of a service, with a note first when the
    // service's ecs_exec is off (the command then fails until it is turned on).
    static QString execCommand(const DocsContext &ctx, const Component &service, const QString &command);
    static QString holdCapacityCommand(const DocsContext &ctx, const Component &service, const QString &minimum, const QString &maximum);

    // docs/cost.md and docs/terraform/README.md
    static QByteArray costReport(const DocsContext &ctx);
    static QByteArray terraformReadme(const DocsContext &ctx, const QStringList &terraformPaths);

    // One line of key figures of a component ("db.r6g.large, Multi-AZ, 100 GB gp3, …").
    static QString componentSummary(const DocsContext &ctx, const Component &component);
};

} // namespace Infra
