#pragma once

#include "model/component.h"
#include "text/text.h"

#include <QString>
#include <QStringList>

namespace Infra {

// One directed connection of the design: who opens it, to whom, on which port and why.
// Derived connections follow from the components present (the playbook's architecture);
// explicit ones come from a Link the architect drew. Ids are stable across recomputes
// ("web->pgbouncer"), so views can keep their items and repaint only what changed.
struct Connection
{
    // How the connection is allowed: by a security-group rule between two VPC tiers, by an
    // IAM policy on the task role (AWS APIs over HTTPS), by CloudFront origin access control
    // on a bucket, or from the public internet (the ALB's listeners).
    enum class Via { SecurityGroup, Iam, OriginAccessControl, Public };
    enum class Origin { Derived, Explicit };

    QString id;          // "source->target", or "source->target:port" for an extra explicit port
    QString source;      // component id, or internetEndpoint()
    QString target;      // component id
    QString protocol;    // "tcp" at the transport level (SG rules); see scheme for the application protocol
    QString scheme;      // "https", "http", "postgresql", "redis", "rediss"
    int port = 0;
    QStringList roles;   // machine-readable purposes: "origin", "static", "media", "app", "database",
                         // "pool", "cache", "sessions", "broker", "results", "storage", "secrets",
                         // "images", "logs", "queue", "public", "redirect", "explicit"
    QString purpose;     // human text: "Django cache, sessions, Celery broker" (English: files, JSON, reports)
    bool tls = false;
    Origin origin = Origin::Derived;
    Via via = Via::SecurityGroup;

    bool isExplicit() const { return origin == Origin::Explicit; }
    bool needsSecurityGroupRule() const { return (via == Via::SecurityGroup || via == Via::Public) && port > 0; }
    // The purpose with its source texts, for front ends that show it translated: the texts of
    // the roles where `purpose` is theirs, else `purpose` as it is (typed on a link). Built when
    // asked rather than stored, so derivation costs what it did.
    Text purposeText() const;
    QString displayPurpose() const { return purposeText().translated(); }

    bool operator==(const Connection &other) const = default;
};

// The pseudo endpoint for traffic from the internet (a string no component id can take).
QString internetEndpoint();

// The purpose derivation gives a connection with these roles, in context "Infra::Connections":
// the role texts in order ("Django cache, sessions, Celery broker"); an unknown role as it is.
Text rolesPurpose(const QStringList &roles);

QString viaName(Connection::Via via);       // "security_group", "iam", "origin_access_control", "public"
QString originName(Connection::Origin origin); // "derived", "explicit"

// The security-group tier a kind belongs to: "alb", "web", "worker", "beat", "pgbouncer",
// "db", "redis", "memorydb"; empty for kinds outside the VPC security groups (CloudFront, S3, ECR, …).
QString securityTier(ComponentKind kind);
const QStringList &securityTiers();   // in the order above

// The port a component listens on: its parameter where the kind has one (web container_port,
// pgBouncer listen_port, Redis port), 5432 for RDS, 0 for workers and Beat, else 443.
int listenPort(const Component &component);

} // namespace Infra
