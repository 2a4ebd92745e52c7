#include "terraformcontext.h"

#include "model/webrouting.h"

#include <QSet>

#include <algorithm>

namespace Infra {

TerraformContext::TerraformContext(const Design &design, const DerivedModel &derived)
    : m_design(design)
    , m_derived(derived)
{
    for (const Component &c : design.components())
        m_byKind[int(c.kind)].push_back(&c);
}

const Component *TerraformContext::first(ComponentKind kind) const
{
    const auto &list = all(kind);
    return list.empty() ? nullptr : list.front();
}

std::vector<const Component *> TerraformContext::ecsServices() const
{
    std::vector<const Component *> result;
    for (const Component &c : m_design.components()) {
        if (kindIsEcsService(c.kind))
            result.push_back(&c);
    }
    return result;
}

bool TerraformContext::hasEcsServices() const
{
    const auto &components = m_design.components();
    return std::any_of(components.begin(), components.end(), [](const Component &c) { return kindIsEcsService(c.kind); });
}

QString TerraformContext::taskSubnets() const
{
    if (isNewVpc())
        return QStringLiteral("local.task_subnet_ids"); // the first var.az_count zones (network.tf)
    return tasksNeedPublicIp() ? QStringLiteral("local.public_subnet_ids") : QStringLiteral("local.private_subnet_ids");
}

const Component *TerraformContext::database() const
{
    const QString id = m_derived.pools().databaseId;
    if (!id.isEmpty()) {
        if (const Component *c = m_design.component(id))
            return c;
    }
    if (const Component *c = first(ComponentKind::RdsPostgres))
        return c;
    return first(ComponentKind::AuroraPostgres);
}

const Component *TerraformContext::memoryDb(const QString &role) const
{
    for (const Component *c : all(ComponentKind::MemoryDb)) {
        if (c->listParam(QStringLiteral("roles")).contains(role))
            return c;
    }
    return nullptr;
}

const Component *TerraformContext::roleHolder(const QString &role) const
{
    for (const Component &c : m_design.components()) {
        if ((c.kind == ComponentKind::ElastiCacheRedis || c.kind == ComponentKind::MemoryDb) && c.listParam(QStringLiteral("roles")).contains(role))
            return &c;
    }
    return nullptr;
}

const Component *TerraformContext::memoryDbInUse() const
{
    for (const QString &role : {QStringLiteral("cache"), QStringLiteral("sessions"), QStringLiteral("broker"), QStringLiteral("results")}) {
        if (const Component *c = roleHolder(role); c && c->kind == ComponentKind::MemoryDb)
            return c;
    }
    return nullptr;
}

QString TerraformContext::memoryDbAppUserResource() const
{
    const Component *store = memoryDbInUse();
    if (!store)
        return {};
    const QStringList users = store->listParam(QStringLiteral("acl_users"));
    return users.isEmpty() ? QString() : memoryDbUserResource(*store, users.first());
}

QString TerraformContext::databaseResource(const Component &db)
{
    return (db.kind == ComponentKind::AuroraPostgres ? QStringLiteral("aws_rds_cluster.") : QStringLiteral("aws_db_instance.")) + tfName(db.id);
}

QString TerraformContext::databaseHost(const Component &db)
{
    return databaseResource(db) + (db.kind == ComponentKind::AuroraPostgres ? QStringLiteral(".endpoint") : QStringLiteral(".address"));
}

const Component *TerraformContext::bucket(const QString &role) const
{
    for (const Component *c : all(ComponentKind::S3Bucket)) {
        if (c->stringParam(QStringLiteral("role")) == role)
            return c;
    }
    return nullptr;
}

const Component *TerraformContext::cdn() const
{
    const Component *c = first(ComponentKind::CloudFront);
    // An internal load balancer is no CloudFront origin: CloudFront reaches public origins.
    if (!c || (!frontedAlb() && !bucket(QStringLiteral("static")) && !bucket(QStringLiteral("media"))))
        return nullptr;
    return c;
}

const Component *TerraformContext::frontedAlb() const
{
    const Component *alb = first(ComponentKind::Alb);
    if (!alb || alb->boolParam(QStringLiteral("internal")) || !first(ComponentKind::CloudFront))
        return nullptr;
    return alb;
}

const Component *TerraformContext::wafAlb() const
{
    const Component *alb = first(ComponentKind::Alb);
    return alb && alb->boolParam(QStringLiteral("waf")) ? alb : nullptr;
}

const Component *TerraformContext::brokerSqs() const
{
    for (const Component *sqs : all(ComponentKind::Sqs)) {
        if (sqs->boolParam(QStringLiteral("broker")))
            return sqs;
    }
    return nullptr;
}

QString TerraformContext::brokerKind() const
{
    if (sqsBroker())
        return QStringLiteral("sqs");
    if (const Component *holder = roleHolder(QStringLiteral("broker")))
        return holder->kind == ComponentKind::MemoryDb ? QStringLiteral("memorydb") : QStringLiteral("redis");
    return {};
}

const Component *TerraformContext::defaultWeb() const
{
    return defaultWebService(all(ComponentKind::EcsWeb));
}

std::vector<const Component *> TerraformContext::pathRoutedWebs() const
{
    std::vector<const Component *> routed;
    const Component *fallback = defaultWeb();
    for (const Component *w : all(ComponentKind::EcsWeb)) {
        if (w != fallback && !w->listParam(QStringLiteral("path_patterns")).isEmpty())
            routed.push_back(w);
    }
    return routed;
}

QStringList TerraformContext::celeryQueues() const
{
    QSet<QString> queues;
    for (const Component *w : all(ComponentKind::EcsWorker)) {
        for (const QString &q : w->listParam(QStringLiteral("queues")))
            queues.insert(q);
    }
    for (const CeleryRoute &r : m_design.routes())
        queues.insert(r.queue);
    QStringList sorted(queues.cbegin(), queues.cend());
    sorted.sort();
    return sorted;
}

QString TerraformContext::djangoModule() const
{
    QString module = m_design.project();
    module.replace(QLatin1Char('-'), QLatin1Char('_'));
    return module;
}

int TerraformContext::logRetentionDays() const
{
    return retentionDays(QStringLiteral("log_retention_days"));
}

int TerraformContext::retentionDays(const QString &key) const
{
    if (const Component *cw = first(ComponentKind::CloudWatch))
        return int(cw->intParam(key));
    return int(kindSchema(ComponentKind::CloudWatch).find(key)->defaultValue.toLongLong());
}

QStringList TerraformContext::secretNames() const
{
    const Component *secrets = first(ComponentKind::SecretsManager);
    QStringList names = secrets ? secrets->listParam(QStringLiteral("secrets")) : QStringList();
    if (databaseManagesPassword())
        names.removeAll(QStringLiteral("database-password"));
    // The application cannot start without these, whether or not the design lists them: the
    // settings read DJANGO_SECRET_KEY, and Redis with AUTH needs REDIS_AUTH_TOKEN.
    if (hasEcsServices() && !names.contains(QStringLiteral("django-secret-key")))
        names.prepend(QStringLiteral("django-secret-key"));
    if (redisUsesAuthToken() && !names.contains(QStringLiteral("redis-auth-token")))
        names.append(QStringLiteral("redis-auth-token"));
    // Without an ElastiCache that uses AUTH (MemoryDB logs in with ACL users; no Redis, or one
    // without TLS, has no token) nothing reads the token: kept, the module would create a secret
    // no task uses and ask for its value at every apply (a variable without a default).
    if (!redisUsesAuthToken())
        names.removeAll(QStringLiteral("redis-auth-token"));
    return names;
}

bool TerraformContext::redisUsesAuthToken() const
{
    const Component *r = redis();
    return r && r->boolParam(QStringLiteral("auth_token")) && r->boolParam(QStringLiteral("transit_encryption"));
}

bool TerraformContext::isGeneratedSecret(const QString &name) const
{
    if (name == QLatin1String("django-secret-key"))
        return true;
    return name == QLatin1String("redis-auth-token") && redisUsesAuthToken();
}

QStringList TerraformContext::secretVariables() const
{
    QStringList vars;
    for (const QString &name : secretNames()) {
        if (!isGeneratedSecret(name))
            vars.append(tfName(name));
    }
    return vars;
}

QString TerraformContext::securityGroupRef(const Component &component) const
{
    const QString tier = securityTier(component.kind);
    if (tier.isEmpty() || !m_derived.securityGroup(tier))
        return {};
    return QStringLiteral("aws_security_group.") + tier + QStringLiteral(".id");
}

QString TerraformContext::tfName(const QString &id)
{
    QString name = id.toLower();
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(QLatin1Char('r'));
    return name;
}

QString TerraformContext::envName(const QString &name)
{
    return tfName(name).toUpper();
}

QString TerraformContext::awsText(const QString &text)
{
    // Security group and rule descriptions: a-zA-Z0-9. _-:/()#,@[]+=&;{}!$* and at most 255.
    static const QString allowed = QStringLiteral("._-:/()#,@[]+=&;{}!$* ");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if ((c.unicode() < 128 && c.isLetterOrNumber()) || allowed.contains(c))
            out += c;
        else if (c == QChar(0x2192)) // →
            out += QLatin1String("->");
        else
            out += QLatin1Char(' ');
    }
    return out.simplified().left(255);
}

HclValue TerraformContext::prefixed(const QString &suffix)
{
    return HclValue::string(QStringLiteral("${local.name_prefix}-") + suffix);
}

} // namespace Infra
