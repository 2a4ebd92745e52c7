#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Infra {

// One rule of a security group. The peer is another tier's security group, CIDR blocks
// (only the ALB's public listeners and the tasks' HTTPS egress use CIDRs), or the managed
// prefix list of CloudFront's origin-facing addresses (an ALB behind CloudFront). Every rule
// names the connections that need it: no rule exists without one.
struct SecurityGroupRule
{
    enum class Direction { Ingress, Egress };

    QString id;                  // "web:ingress:tcp:8000:alb" — stable across recomputes
    Direction direction = Direction::Ingress;
    QString protocol;            // "tcp"
    int fromPort = 0;
    int toPort = 0;
    QString peerGroup;           // tier of the peer security group, or empty when CIDRs are used
    QStringList cidrBlocks;      // IPv4, e.g. "0.0.0.0/0"
    QStringList ipv6CidrBlocks;  // IPv6, e.g. "::/0"
    QString prefixList;          // an AWS-managed prefix list: "cloudfront-origin-facing" (CloudFront → ALB)
    QString description;         // the purpose, as written into Terraform
    QStringList connectionIds;   // the connections that need this rule (never empty)

    bool isOpenToWorld() const;  // 0.0.0.0/0 or ::/0
    bool operator==(const SecurityGroupRule &other) const = default;
};

// One security group per tier (alb, web, worker, beat, pgbouncer, db, redis) holding the
// components of that tier. Generated only from connections (least privilege).
struct SecurityGroup
{
    QString tier;                // "web"
    QString description;         // "Django web tasks"
    QStringList componentIds;    // components placed in this group
    std::vector<SecurityGroupRule> rules;

    std::vector<const SecurityGroupRule *> ingress() const;
    std::vector<const SecurityGroupRule *> egress() const;
    bool operator==(const SecurityGroup &other) const = default;
};

QString directionName(SecurityGroupRule::Direction direction); // "ingress", "egress"

} // namespace Infra
