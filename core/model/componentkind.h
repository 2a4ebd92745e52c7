#pragma once

#include "paramspec.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Infra {

// Every kind of component the studio can place on a design.
enum class ComponentKind {
    CloudFront,
    Alb,
    EcsWeb,
    EcsWorker,
    EcsBeat,
    RdsPostgres,
    PgBouncer,
    ElastiCacheRedis,
    S3Bucket,
    Ecr,
    SecretsManager,
    CloudWatch,
    Sqs,
    AuroraPostgres,
    EventBridgeScheduler,
    MemoryDb,
};

inline constexpr std::array<ComponentKind, 16> allComponentKinds = {
    ComponentKind::CloudFront, ComponentKind::Alb, ComponentKind::EcsWeb, ComponentKind::EcsWorker,
    ComponentKind::EcsBeat, ComponentKind::RdsPostgres, ComponentKind::PgBouncer, ComponentKind::ElastiCacheRedis,
    ComponentKind::S3Bucket, ComponentKind::Ecr, ComponentKind::SecretsManager, ComponentKind::CloudWatch,
    ComponentKind::Sqs, ComponentKind::AuroraPostgres, ComponentKind::EventBridgeScheduler, ComponentKind::MemoryDb,
};

// The tier a kind sits in on the playbook's diagram (top to bottom).
enum class Tier { Edge, LoadBalancer, Service, Data, Platform };

QString kindName(ComponentKind kind);             // "ecs_web" — the YAML name
std::optional<ComponentKind> kindFromName(const QString &name);
QStringList kindNames();
QString kindDisplayName(ComponentKind kind);      // "ECS web service"
QString kindDescription(ComponentKind kind);      // one sentence for palettes and docs
Tier kindTier(ComponentKind kind);
bool kindIsEcsService(ComponentKind kind);        // web, worker, beat and pgbouncer run as Fargate tasks
// The PostgreSQL kinds Django's database can be: RDS for PostgreSQL and Aurora PostgreSQL. The
// connection graph, the pool calculation and the emitters serve the first one of either.
bool kindIsPostgres(ComponentKind kind);

// The parameter schema of a kind (defaults from the architect playbook).
const ParamSchema &kindSchema(ComponentKind kind);

// Schemas of the design-level sections.
const ParamSchema &settingsSchema();  // name, project, region, environment
const ParamSchema &networkSchema();   // VPC choice and NAT
const ParamSchema &workloadSchema();  // the workload profile
const ParamSchema &celerySchema();    // the Celery app name (routes are a list of their own)

} // namespace Infra
