// Security groups from connections: one group per tier, each rule justified by the
// connections that need it (least privilege; sources are other groups, never CIDRs, except
// the public listeners and the tasks' HTTPS egress to AWS APIs).
#include "derivedmodel.h"

#include "model/design.h"

#include <QHash>

namespace Infra {

bool SecurityGroupRule::isOpenToWorld() const
{
    return cidrBlocks.contains(QLatin1String("0.0.0.0/0")) || ipv6CidrBlocks.contains(QLatin1String("::/0"));
}

std::vector<const SecurityGroupRule *> SecurityGroup::ingress() const
{
    std::vector<const SecurityGroupRule *> r;
    for (const SecurityGroupRule &rule : rules) {
        if (rule.direction == SecurityGroupRule::Direction::Ingress)
            r.push_back(&rule);
    }
    return r;
}

std::vector<const SecurityGroupRule *> SecurityGroup::egress() const
{
    std::vector<const SecurityGroupRule *> r;
    for (const SecurityGroupRule &rule : rules) {
        if (rule.direction == SecurityGroupRule::Direction::Egress)
            r.push_back(&rule);
    }
    return r;
}

QString directionName(SecurityGroupRule::Direction direction)
{
    return direction == SecurityGroupRule::Direction::Ingress ? QStringLiteral("ingress") : QStringLiteral("egress");
}

namespace {

QString tierDescription(const QString &tier)
{
    static const QHash<QString, QString> d = {
        {QStringLiteral("alb"), QStringLiteral("Application Load Balancer")},
        {QStringLiteral("web"), QStringLiteral("Django web tasks")},
        {QStringLiteral("worker"), QStringLiteral("Celery worker tasks")},
        {QStringLiteral("beat"), QStringLiteral("Celery Beat task")},
        {QStringLiteral("pgbouncer"), QStringLiteral("pgBouncer connection pooler")},
        {QStringLiteral("db"), QStringLiteral("RDS PostgreSQL")},
        {QStringLiteral("redis"), QStringLiteral("ElastiCache Redis")},
        {QStringLiteral("memorydb"), QStringLiteral("MemoryDB")},
    };
    return d.value(tier);
}

QString tierLabel(const QString &tier)
{
    static const QHash<QString, QString> d = {
        {QStringLiteral("alb"), QStringLiteral("load balancer")}, {QStringLiteral("web"), QStringLiteral("web tasks")},
        {QStringLiteral("worker"), QStringLiteral("Celery workers")}, {QStringLiteral("beat"), QStringLiteral("Celery Beat")},
        {QStringLiteral("pgbouncer"), QStringLiteral("pgBouncer")}, {QStringLiteral("db"), QStringLiteral("PostgreSQL")},
        {QStringLiteral("redis"), QStringLiteral("Redis")}, {QStringLiteral("memorydb"), QStringLiteral("MemoryDB")},
    };
    return d.value(tier, tier);
}

class GroupBuilder
{
public:
    GroupBuilder()
    {
        const QStringList &tiers = securityTiers();
        m_groups.resize(size_t(tiers.size()));
        for (qsizetype i = 0; i < tiers.size(); ++i) {
            m_groups[size_t(i)].tier = tiers.at(i);
            m_groups[size_t(i)].description = tierDescription(tiers.at(i));
            m_tierIndex.insert(tiers.at(i), int(i));
        }
    }

    SecurityGroup *group(const QString &tier)
    {
        const auto it = m_tierIndex.constFind(tier);
        return it == m_tierIndex.constEnd() ? nullptr : &m_groups[size_t(it.value())];
    }

    // Adds `connectionId` to the rule with this key, creating the rule when needed; the
    // description is only worked out for a new rule.
    template <typename Describe>
    void rule(const QString &tier, SecurityGroupRule::Direction dir, int port, const QString &peerGroup,
              const QStringList &cidrs, const QStringList &ipv6, Describe describe, const QString &connectionId)
    {
        const auto t = m_tierIndex.constFind(tier);
        if (t == m_tierIndex.constEnd())
            return;
        SecurityGroup *g = &m_groups[size_t(t.value())];
        const QString peer = !peerGroup.isEmpty() ? peerGroup : cidrs.size() == 1 ? cidrs.constFirst() : cidrs.join(QLatin1Char(','));
        // The rule's id in parts: most connections join a rule that exists, and building the
        // id string for each was a third of the security groups' time.
        const RuleKey key{t.value(), dir, port, peer};
        const auto it = m_ruleIndex.constFind(key);
        if (it != m_ruleIndex.constEnd()) {
            QStringList &ids = g->rules[size_t(it.value())].connectionIds;
            if (ids.isEmpty() || ids.constLast() != connectionId)
                ids.append(connectionId);
            return;
        }
        SecurityGroupRule r;
        r.id = tier + QLatin1Char(':') + directionName(dir) + QLatin1String(":tcp:") + QString::number(port) + QLatin1Char(':') + peer;
        r.direction = dir;
        r.protocol = QStringLiteral("tcp");
        r.fromPort = port;
        r.toPort = port;
        r.peerGroup = peerGroup;
        r.cidrBlocks = cidrs;
        r.ipv6CidrBlocks = ipv6;
        r.description = describe();
        r.connectionIds = {connectionId};
        m_ruleIndex.insert(key, int(g->rules.size()));
        g->rules.push_back(std::move(r));
    }

    std::vector<SecurityGroup> take()
    {
        std::erase_if(m_groups, [](const SecurityGroup &g) { return g.componentIds.isEmpty(); });
        return std::move(m_groups);
    }

private:
    // A rule's id, "tier:direction:tcp:port:peer", as the fields it is made of.
    struct RuleKey
    {
        int tier;
        SecurityGroupRule::Direction direction;
        int port;
        QString peer;
        bool operator==(const RuleKey &) const = default;
        friend size_t qHash(const RuleKey &k, size_t seed = 0) { return qHashMulti(seed, k.tier, int(k.direction), k.port, k.peer); }
    };

    std::vector<SecurityGroup> m_groups;
    QHash<QString, int> m_tierIndex;
    QHash<RuleKey, int> m_ruleIndex;
};

} // namespace

std::vector<SecurityGroup> DerivedModel::deriveSecurityGroups(const Design &design, const std::vector<Connection> &connections)
{
    GroupBuilder b;
    // Tier of each component in the VPC.
    QHash<QString, QString> tierOf;
    tierOf.reserve(qsizetype(design.components().size()));
    for (const Component &c : design.components()) {
        const QString tier = securityTier(c.kind);
        if (tier.isEmpty())
            continue;
        tierOf.insert(c.id, tier);
        b.group(tier)->componentIds.append(c.id);
    }

    using Dir = SecurityGroupRule::Direction;
    const QStringList world4 = {QStringLiteral("0.0.0.0/0")};
    const QStringList world6 = {QStringLiteral("::/0")};
    const QString internet = internetEndpoint();
    // CloudFront reaches the ALB through its public listener; those edges share the public rule.
    std::vector<const Connection *> throughPublicListener;

    for (const Connection &c : connections) {
        const QString targetTier = tierOf.value(c.target);
        const QString sourceTier = tierOf.value(c.source);
        if (c.via == Connection::Via::Iam) {
            // AWS APIs over HTTPS: the task role grants access; the network needs 443 out.
            if (!sourceTier.isEmpty())
                b.rule(sourceTier, Dir::Egress, 443, {}, world4, {},
                       [] { return QStringLiteral("HTTPS to AWS APIs (S3, Secrets Manager, ECR, CloudWatch, SQS)"); }, c.id);
            continue;
        }
        if (!c.needsSecurityGroupRule() || targetTier.isEmpty())
            continue;
        if (c.via == Connection::Via::Public) {
            if (c.source == internet) {
                const int port = c.port;
                b.rule(targetTier, Dir::Ingress, c.port, {}, world4, world6, [port] {
                    return port == 80 ? QStringLiteral("HTTP from the internet (redirected to HTTPS)") : QStringLiteral("HTTPS from the internet");
                }, c.id);
            } else if (targetTier == QLatin1String("alb") && c.port == 443) {
                throughPublicListener.push_back(&c);
            } else {
                // An explicit link from outside the VPC into a tier: it can only be let in from anywhere.
                b.rule(targetTier, Dir::Ingress, c.port, {}, world4, world6,
                       [&c] { return QStringLiteral("Port %1 from the internet (%2)").arg(c.port).arg(c.purpose); }, c.id);
            }
            continue;
        }
        if (sourceTier.isEmpty())
            continue;
        b.rule(targetTier, Dir::Ingress, c.port, sourceTier, {}, {},
               [&] { return QStringLiteral("%1 from %2").arg(c.purpose, tierLabel(sourceTier)); }, c.id);
        b.rule(sourceTier, Dir::Egress, c.port, targetTier, {}, {},
               [&] { return QStringLiteral("%1 to %2").arg(c.purpose, tierLabel(targetTier)); }, c.id);
    }
    for (const Connection *c : throughPublicListener) {
        // CloudFront in front of the load balancer: HTTPS from CloudFront's origin-facing
        // addresses only, so neither CloudFront nor a WAF on it can be bypassed.
        // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/LocationsOfEdgeServers.html
        SecurityGroup *g = b.group(QStringLiteral("alb"));
        const Component *alb = design.component(c->target);
        if (!g || !alb || alb->boolParam(QStringLiteral("internal")))
            continue; // CloudFront cannot reach an internal load balancer
        const auto existing = std::find_if(g->rules.begin(), g->rules.end(), [](const SecurityGroupRule &r) {
            return r.direction == Dir::Ingress && r.fromPort == 443 && !r.prefixList.isEmpty();
        });
        if (existing != g->rules.end()) {
            existing->connectionIds.append(c->id);
            continue;
        }
        SecurityGroupRule r;
        r.id = QStringLiteral("alb:ingress:tcp:443:cloudfront-origin-facing");
        r.direction = Dir::Ingress;
        r.protocol = QStringLiteral("tcp");
        r.fromPort = 443;
        r.toPort = 443;
        r.prefixList = QStringLiteral("cloudfront-origin-facing");
        r.description = QStringLiteral("HTTPS from CloudFront (origin-facing addresses only)");
        r.connectionIds = {c->id};
        g->rules.push_back(std::move(r));
    }
    std::vector<SecurityGroup> groups = b.take();
    // Descriptions start with a capital, as AWS consoles show them.
    for (SecurityGroup &g : groups) {
        for (SecurityGroupRule &r : g.rules) {
            if (!r.description.isEmpty())
                r.description[0] = r.description.at(0).toUpper();
        }
    }
    return groups;
}

} // namespace Infra
