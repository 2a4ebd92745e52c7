#include "terraformemitter.h"

#include "configemitter.h"
#include "terraformcontext.h"

#include "model/celerymetrics.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Infra {

namespace {

using Entries = QList<HclValue::Entry>;

HclValue s(const QString &text) { return HclValue::literal(text); }
HclValue r(const QString &expression) { return HclValue::raw(expression); }

HclValue assumeRolePolicy(const QString &service)
{
    return HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
        {QStringLiteral("Version"), s(QStringLiteral("2012-10-17"))},
        {QStringLiteral("Statement"), HclValue::list({HclValue::object({
             {QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
             {QStringLiteral("Action"), s(QStringLiteral("sts:AssumeRole"))},
             {QStringLiteral("Principal"), HclValue::object({{QStringLiteral("Service"), s(service)}})},
         })})},
    })});
}

QStringList serviceCommand(const TerraformContext &ctx, const Component &c)
{
    const QString app = ctx.design().celeryApp();
    switch (c.kind) {
    case ComponentKind::EcsWeb: {
        const QString port = QString::number(c.intParam(QStringLiteral("container_port")));
        const QString workers = QString::number(c.intParam(QStringLiteral("workers")));
        if (c.stringParam(QStringLiteral("server")) == QLatin1String("uvicorn"))
            return {QStringLiteral("gunicorn"), ctx.djangoModule() + QStringLiteral(".asgi:application"), QStringLiteral("--worker-class"),
                    QStringLiteral("uvicorn.workers.UvicornWorker"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0:") + port,
                    QStringLiteral("--workers"), workers};
        return {QStringLiteral("gunicorn"), ctx.djangoModule() + QStringLiteral(".wsgi:application"), QStringLiteral("--bind"),
                QStringLiteral("0.0.0.0:") + port, QStringLiteral("--workers"), workers};
    }
    case ComponentKind::EcsWorker: {
        QStringList cmd = {QStringLiteral("celery"), QStringLiteral("-A"), app, QStringLiteral("worker"),
                           QStringLiteral("-Q"), c.listParam(QStringLiteral("queues")).join(QLatin1Char(',')),
                           QStringLiteral("-c"), QString::number(c.intParam(QStringLiteral("concurrency"))),
                           QStringLiteral("--pool"), c.stringParam(QStringLiteral("pool")), QStringLiteral("--loglevel"), QStringLiteral("INFO")};
        if (const qint64 n = c.intParam(QStringLiteral("max_tasks_per_child")); n > 0)
            cmd << QStringLiteral("--max-tasks-per-child") << QString::number(n);
        return cmd;
    }
    case ComponentKind::EcsBeat:
        return {QStringLiteral("celery"), QStringLiteral("-A"), app, QStringLiteral("beat"), QStringLiteral("--scheduler"),
                c.stringParam(QStringLiteral("scheduler")), QStringLiteral("--loglevel"), QStringLiteral("INFO")};
    default:
        return {};
    }
}

// Environment shared by every Django container (web, workers, Beat): where the database,
// Redis, buckets and queues are. Secrets come separately through Secrets Manager.
Entries djangoEnvironment(const TerraformContext &ctx)
{
    Entries env;
    auto add = [&](const QString &name, const HclValue &value) {
        env.append({QString(), HclValue::object({{QStringLiteral("name"), s(name)}, {QStringLiteral("value"), value}})});
    };
    add(QStringLiteral("DJANGO_SETTINGS_MODULE"), s(ctx.djangoModule() + QStringLiteral(".settings.production")));
    add(QStringLiteral("AWS_REGION"), r(QStringLiteral("var.aws_region")));
    // The public host name the settings admit (ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS): the module's
    // var.domain_name, which the certificates and CloudFront's alias use. Without it the settings
    // fall back to the design's name, and a deployment under another domain_name answered every
    // request 400 (DisallowedHost).
    if (ctx.first(ComponentKind::Alb))
        add(QStringLiteral("DJANGO_ALLOWED_HOSTS"), r(QStringLiteral("var.domain_name")));
    if (const Component *db = ctx.database()) {
        const QString dbName = TerraformContext::tfName(db->id);
        if (const Component *pgb = ctx.first(ComponentKind::PgBouncer)) {
            add(QStringLiteral("DATABASE_HOST"), HclValue::string(QStringLiteral("%1.${aws_service_discovery_private_dns_namespace.main.name}").arg(pgb->id)));
            add(QStringLiteral("DATABASE_PORT"), s(QString::number(pgb->intParam(QStringLiteral("listen_port")))));
        } else {
            add(QStringLiteral("DATABASE_HOST"), r(TerraformContext::databaseHost(*db)));
            add(QStringLiteral("DATABASE_PORT"), HclValue::call(QStringLiteral("tostring"), {r(TerraformContext::databaseResource(*db) + QStringLiteral(".port"))}));
        }
        add(QStringLiteral("DATABASE_NAME"), s(db->stringParam(QStringLiteral("database_name"))));
    }
    if (const Component *redis = ctx.redis()) {
        add(QStringLiteral("REDIS_HOST"), r(QStringLiteral("aws_elasticache_replication_group.%1.primary_endpoint_address").arg(TerraformContext::tfName(redis->id))));
        add(QStringLiteral("REDIS_PORT"), s(QString::number(redis->intParam(QStringLiteral("port")))));
        add(QStringLiteral("REDIS_TLS"), s(redis->boolParam(QStringLiteral("transit_encryption")) ? QStringLiteral("true") : QStringLiteral("false")));
    }
    if (const Component *store = ctx.memoryDbInUse()) {
        add(QStringLiteral("MEMORYDB_HOST"), r(QStringLiteral("aws_memorydb_cluster.%1.cluster_endpoint[0].address").arg(TerraformContext::tfName(store->id))));
        add(QStringLiteral("MEMORYDB_PORT"), s(QString::number(store->intParam(QStringLiteral("port")))));
        add(QStringLiteral("MEMORYDB_TLS"), s(store->boolParam(QStringLiteral("tls")) ? QStringLiteral("true") : QStringLiteral("false")));
    }
    // Not CELERY_BROKER: the celery command reads CELERY_<OPTION> variables as its options, and
    // would take "redis" for --broker (amqp://redis:5672).
    // For people reading the task definition: the settings choose the broker themselves.
    if (const QString broker = ctx.brokerKind(); !broker.isEmpty())
        add(QStringLiteral("BROKER_KIND"), s(broker));
    if (ctx.sqsBroker())
        add(QStringLiteral("CELERY_SQS_QUEUE_PREFIX"), HclValue::string(QStringLiteral("${local.name_prefix}-")));
    if (const Component *b = ctx.bucket(QStringLiteral("static")))
        add(QStringLiteral("STATIC_BUCKET"), r(QStringLiteral("aws_s3_bucket.%1.bucket").arg(TerraformContext::tfName(b->id))));
    if (const Component *b = ctx.bucket(QStringLiteral("media")))
        add(QStringLiteral("MEDIA_BUCKET"), r(QStringLiteral("aws_s3_bucket.%1.bucket").arg(TerraformContext::tfName(b->id))));
    if (const Component *cdn = ctx.cdn())
        add(QStringLiteral("CDN_DOMAIN"), r(QStringLiteral("aws_cloudfront_distribution.%1.domain_name").arg(TerraformContext::tfName(cdn->id))));
    return env;
}

Entries djangoSecrets(const TerraformContext &ctx)
{
    Entries secrets;
    auto add = [&](const QString &name, const HclValue &valueFrom) {
        secrets.append({QString(), HclValue::object({{QStringLiteral("name"), s(name)}, {QStringLiteral("valueFrom"), valueFrom}})});
    };
    if (ctx.database()) {
        // The application's own least-privilege role (terraform/database.tf), never the master user.
        const QString arn = QStringLiteral("aws_secretsmanager_secret.database_app.arn");
        add(QStringLiteral("DATABASE_USER"), HclValue::string(QStringLiteral("${%1}:username::").arg(arn)));
        add(QStringLiteral("DATABASE_PASSWORD"), HclValue::string(QStringLiteral("${%1}:password::").arg(arn)));
    }
    for (const QString &name : ctx.secretNames())
        add(TerraformContext::envName(name), r(QStringLiteral("aws_secretsmanager_secret.%1.arn").arg(TerraformContext::tfName(name))));
    if (const QString res = ctx.memoryDbAppUserResource(); !res.isEmpty()) {
        // The first ACL user's login (terraform/memorydb.tf).
        const QString arn = QStringLiteral("aws_secretsmanager_secret.%1.arn").arg(res);
        add(QStringLiteral("MEMORYDB_USER"), HclValue::string(QStringLiteral("${%1}:username::").arg(arn)));
        add(QStringLiteral("MEMORYDB_PASSWORD"), HclValue::string(QStringLiteral("${%1}:password::").arg(arn)));
    }
    return secrets;
}

QList<HclValue> values(const Entries &entries)
{
    QList<HclValue> list;
    for (const auto &e : entries)
        list.append(e.second);
    return list;
}

Entries pgbouncerEnvironment(const TerraformContext &ctx, const Component &pgb)
{
    const PoolCalculation &pools = ctx.derived().pools();
    Entries env;
    auto add = [&](const QString &name, const HclValue &value) {
        env.append({QString(), HclValue::object({{QStringLiteral("name"), s(name)}, {QStringLiteral("value"), value}})});
    };
    auto num = [&](const char *key) { return s(QString::number(pgb.intParam(QString::fromLatin1(key)))); };
    if (const Component *db = ctx.database()) {
        add(QStringLiteral("DB_HOST"), r(TerraformContext::databaseHost(*db)));
        add(QStringLiteral("DB_PORT"), HclValue::call(QStringLiteral("tostring"), {r(TerraformContext::databaseResource(*db) + QStringLiteral(".port"))}));
        add(QStringLiteral("DB_NAME"), s(db->stringParam(QStringLiteral("database_name"))));
    }
    add(QStringLiteral("LISTEN_PORT"), num("listen_port"));
    add(QStringLiteral("AUTH_TYPE"), s(pgb.stringParam(QStringLiteral("auth_type"))));
    // pgBouncer logs in as its auth user and looks the application's password up (config/pgbouncer.ini).
    add(QStringLiteral("AUTH_USER"), s(ConfigEmitter::pgbouncerAuthRole()));
    add(QStringLiteral("AUTH_QUERY"), s(ConfigEmitter::pgbouncerAuthQuery()));
    // The console's read-only user (SHOW POOLS): the auth user, the one login in the auth file.
    add(QStringLiteral("STATS_USERS"), s(ConfigEmitter::pgbouncerStatsUser()));
    // The server's certificate must come from the RDS CA and name DB_HOST (config/pgbouncer.ini).
    add(QStringLiteral("SERVER_TLS_SSLMODE"), s(QStringLiteral("verify-full")));
    add(QStringLiteral("SERVER_TLS_CA_FILE"), s(ConfigEmitter::rdsCaBundlePath()));
    add(QStringLiteral("POOL_MODE"), s(pgb.stringParam(QStringLiteral("pool_mode"))));
    const bool fromCalc = pools.pgbouncerId == pgb.id;
    add(QStringLiteral("DEFAULT_POOL_SIZE"), fromCalc ? s(QString::number(pools.pgbouncerDefaultPoolSize)) : num("default_pool_size"));
    add(QStringLiteral("MAX_CLIENT_CONN"), fromCalc ? s(QString::number(pools.pgbouncerMaxClientConn)) : num("max_client_conn"));
    add(QStringLiteral("MIN_POOL_SIZE"), num("min_pool_size"));
    add(QStringLiteral("RESERVE_POOL_SIZE"), num("reserve_pool_size"));
    add(QStringLiteral("SERVER_LIFETIME"), num("server_lifetime"));
    add(QStringLiteral("SERVER_IDLE_TIMEOUT"), num("server_idle_timeout"));
    return env;
}

// A task whose container connects to RDS itself (pgBouncer, or the application without one)
// verifies the server against the RDS CA bundle: a first, non-essential container fetches it
// into a task volume the main container mounts read-only and waits for.
constexpr const char *rdsCaVolume = "rds-ca";

bool connectsToRds(const TerraformContext &ctx, const Component &c)
{
    if (!ctx.database())
        return false;
    return c.kind == ComponentKind::PgBouncer || !ctx.has(ComponentKind::PgBouncer);
}

void mountRdsCa(Entries &container)
{
    const QString dir = QFileInfo(ConfigEmitter::rdsCaBundlePath()).path();
    container.append({QStringLiteral("mountPoints"), HclValue::list({HclValue::object({
        {QStringLiteral("sourceVolume"), s(QString::fromLatin1(rdsCaVolume))},
        {QStringLiteral("containerPath"), s(dir)},
        {QStringLiteral("readOnly"), HclValue::boolean(true)},
    })})});
    container.append({QStringLiteral("dependsOn"), HclValue::list({HclValue::object({
        {QStringLiteral("containerName"), s(QString::fromLatin1(rdsCaVolume))},
        {QStringLiteral("condition"), s(QStringLiteral("SUCCESS"))},
    })})});
}

HclValue rdsCaContainer(const QString &logGroup, const QString &streamPrefix)
{
    const QString dir = QFileInfo(ConfigEmitter::rdsCaBundlePath()).path();
    return HclValue::object({
        {QStringLiteral("name"), s(QString::fromLatin1(rdsCaVolume))},
        // Amazon Linux 2023 (multi-architecture, from ECR Public): curl and the CA store to
        // verify the download itself.
        {QStringLiteral("image"), s(QStringLiteral("public.ecr.aws/amazonlinux/amazonlinux:2023"))},
        {QStringLiteral("essential"), HclValue::boolean(false)},
        {QStringLiteral("entryPoint"), HclValue::stringList({QStringLiteral("sh"), QStringLiteral("-c")})},
        {QStringLiteral("command"), HclValue::stringList({ConfigEmitter::rdsCaFetchCommand()})},
        {QStringLiteral("mountPoints"), HclValue::list({HclValue::object({
             {QStringLiteral("sourceVolume"), s(QString::fromLatin1(rdsCaVolume))},
             {QStringLiteral("containerPath"), s(dir)},
         })})},
        {QStringLiteral("logConfiguration"), HclValue::object({
             {QStringLiteral("logDriver"), s(QStringLiteral("awslogs"))},
             {QStringLiteral("options"), HclValue::object({
                  {QStringLiteral("awslogs-group"), r(logGroup)},
                  {QStringLiteral("awslogs-region"), r(QStringLiteral("var.aws_region"))},
                  {QStringLiteral("awslogs-stream-prefix"), s(streamPrefix)},
              })},
         })},
    });
}

} // namespace

HclFile TerraformEmitter::ecs(const TerraformContext &ctx)
{
    HclFile f;
    const auto services = ctx.ecsServices();
    if (services.empty())
        return f;
    const Component *cw = ctx.first(ComponentKind::CloudWatch);
    const bool insights = cw && cw->boolParam(QStringLiteral("container_insights"));

    HclBlock cluster(QStringLiteral("resource"), {QStringLiteral("aws_ecs_cluster"), QStringLiteral("main")});
    cluster.ref(QStringLiteral("name"), QStringLiteral("local.name_prefix"));
    HclBlock setting(QStringLiteral("setting"));
    setting.set(QStringLiteral("name"), "containerInsights");
    setting.set(QStringLiteral("value"), insights ? "enabled" : "disabled");
    cluster.add(setting);
    // ECS Exec is off unless a service's ecs_exec parameter turns it on; then every session
    // is encrypted with the module's KMS key and logged to CloudWatch (audited).
    const bool anyExec = std::any_of(services.cbegin(), services.cend(), [](const Component *c) { return c->boolParam(QStringLiteral("ecs_exec")); });
    if (anyExec) {
        HclBlock configuration(QStringLiteral("configuration"));
        HclBlock exec(QStringLiteral("execute_command_configuration"));
        exec.ref(QStringLiteral("kms_key_id"), QStringLiteral("aws_kms_key.ecs_exec.arn"));
        exec.set(QStringLiteral("logging"), "OVERRIDE");
        HclBlock log(QStringLiteral("log_configuration"));
        log.ref(QStringLiteral("cloud_watch_log_group_name"), QStringLiteral("aws_cloudwatch_log_group.ecs_exec.name"));
        exec.add(log);
        configuration.add(exec);
        cluster.add(configuration);
    }
    f.add(cluster);
    if (anyExec) {
        HclBlock key(QStringLiteral("resource"), {QStringLiteral("aws_kms_key"), QStringLiteral("ecs_exec")});
        key.set(QStringLiteral("description"), HclValue::string(QStringLiteral("ECS Exec sessions of ${local.name_prefix}")));
        key.set(QStringLiteral("enable_key_rotation"), true);
        key.set(QStringLiteral("deletion_window_in_days"), 30);
        f.add(key);
        HclBlock log(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("ecs_exec")});
        log.set(QStringLiteral("name"), HclValue::string(QStringLiteral("/ecs/${local.name_prefix}/exec-sessions")));
        log.set(QStringLiteral("retention_in_days"), std::max(365, ctx.logRetentionDays()));
        f.add(log);
    }

    HclBlock capacity(QStringLiteral("resource"), {QStringLiteral("aws_ecs_cluster_capacity_providers"), QStringLiteral("main")});
    capacity.ref(QStringLiteral("cluster_name"), QStringLiteral("aws_ecs_cluster.main.name"));
    capacity.set(QStringLiteral("capacity_providers"), HclValue::stringList({QStringLiteral("FARGATE"), QStringLiteral("FARGATE_SPOT")}));
    HclBlock strategy(QStringLiteral("default_capacity_provider_strategy"));
    strategy.set(QStringLiteral("capacity_provider"), "FARGATE");
    strategy.set(QStringLiteral("weight"), 1);
    capacity.add(strategy);
    f.add(capacity);

    // Roles, one pair per service (least privilege from the derived connections): the
    // execution role pulls the image, writes the logs and reads only the secrets this
    // service's container gets; the task role holds only what the application in it calls.
    // pgBouncer (a third-party image) gets no task role, unless its ecs_exec is on (then only that).
    const auto statement = [](const QStringList &actions, const HclValue &resources, const QList<HclValue::Entry> &extra = {}) {
        QList<HclValue::Entry> e = {{QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
                                    {QStringLiteral("Action"), HclValue::stringList(actions)},
                                    {QStringLiteral("Resource"), resources}};
        return HclValue::object(e + extra);
    };
    const auto policyDocument = [](const QList<HclValue> &statements) {
        return HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
            {QStringLiteral("Version"), s(QStringLiteral("2012-10-17"))}, {QStringLiteral("Statement"), HclValue::list(statements)}})});
    };
    QSet<QString> hasTaskRole;
    for (const Component *c : services) {
        const QString name = TerraformContext::tfName(c->id);
        const bool isPgBouncer = c->kind == ComponentKind::PgBouncer;

        HclBlock execRole(QStringLiteral("resource"), {QStringLiteral("aws_iam_role"), name + QStringLiteral("_execution")});
        execRole.set(QStringLiteral("name"), TerraformContext::prefixed(c->id + QStringLiteral("-execution")));
        execRole.set(QStringLiteral("assume_role_policy"), assumeRolePolicy(QStringLiteral("ecs-tasks.amazonaws.com")));
        f.add(execRole);
        HclBlock execAttach(QStringLiteral("resource"), {QStringLiteral("aws_iam_role_policy_attachment"), name + QStringLiteral("_execution")});
        execAttach.ref(QStringLiteral("role"), QStringLiteral("aws_iam_role.%1_execution.name").arg(name));
        execAttach.set(QStringLiteral("policy_arn"), "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        f.add(execAttach);

        QList<HclValue> secretArns;
        if (isPgBouncer) {
            if (ctx.database())
                secretArns.append(r(QStringLiteral("aws_secretsmanager_secret.database_pgbouncer_auth.arn")));
        } else {
            // The application's own least-privilege role (terraform/database.tf), never the master user.
            if (ctx.database())
                secretArns.append(r(QStringLiteral("aws_secretsmanager_secret.database_app.arn")));
            for (const QString &secret : ctx.secretNames())
                secretArns.append(r(QStringLiteral("aws_secretsmanager_secret.%1.arn").arg(TerraformContext::tfName(secret))));
            if (const QString res = ctx.memoryDbAppUserResource(); !res.isEmpty())
                secretArns.append(r(QStringLiteral("aws_secretsmanager_secret.%1.arn").arg(res)));
        }
        if (!secretArns.isEmpty()) {
            HclBlock execSecrets(QStringLiteral("resource"), {QStringLiteral("aws_iam_role_policy"), name + QStringLiteral("_execution_secrets")});
            execSecrets.set(QStringLiteral("name"), "read-own-secrets");
            execSecrets.ref(QStringLiteral("role"), QStringLiteral("aws_iam_role.%1_execution.id").arg(name));
            execSecrets.set(QStringLiteral("policy"), policyDocument({statement({QStringLiteral("secretsmanager:GetSecretValue")}, HclValue::list(secretArns))}));
            f.add(execSecrets);
        }
        // pgBouncer gets a task role only for ECS Exec (the console, docs/runbooks), nothing else.
        if (isPgBouncer && !c->boolParam(QStringLiteral("ecs_exec")))
            continue;

        // What the application in this service calls, from its IAM connections.
        QList<HclValue> statements;
        QList<HclValue> readWrite, readWriteObjects, writeOnly, writeOnlyObjects;
        bool usesQueues = false;
        for (const Connection *conn : ctx.derived().connectionsOf(c->id)) {
            if (conn->source != c->id || conn->via != Connection::Via::Iam)
                continue;
            const Component *target = ctx.design().component(conn->target);
            if (!target)
                continue;
            if (target->kind == ComponentKind::S3Bucket) {
                const QString arn = QStringLiteral("aws_s3_bucket.%1.arn").arg(TerraformContext::tfName(target->id));
                // Backups are written, never deleted by the application (versioned, lifecycle expires them).
                const bool backups = target->stringParam(QStringLiteral("role")) == QLatin1String("backups");
                (backups ? writeOnly : readWrite).append(r(arn));
                (backups ? writeOnlyObjects : readWriteObjects).append(HclValue::string(QStringLiteral("${%1}/*").arg(arn)));
            } else if (target->kind == ComponentKind::Sqs) {
                usesQueues = true;
            }
        }
        if (!readWrite.isEmpty() || !writeOnly.isEmpty())
            statements.append(statement({QStringLiteral("s3:ListBucket")}, HclValue::list(readWrite + writeOnly)));
        if (!readWriteObjects.isEmpty())
            statements.append(statement({QStringLiteral("s3:GetObject"), QStringLiteral("s3:PutObject"), QStringLiteral("s3:DeleteObject")}, HclValue::list(readWriteObjects)));
        if (!writeOnlyObjects.isEmpty())
            statements.append(statement({QStringLiteral("s3:GetObject"), QStringLiteral("s3:PutObject")}, HclValue::list(writeOnlyObjects)));
        if (usesQueues) {
            QList<HclValue> all, own;
            const QStringList consumed = c->kind == ComponentKind::EcsWorker ? c->listParam(QStringLiteral("queues")) : QStringList();
            for (const QString &q : ctx.celeryQueues()) {
                all.append(r(QStringLiteral("aws_sqs_queue.%1.arn").arg(TerraformContext::tfName(q))));
                if (consumed.contains(q))
                    own.append(r(QStringLiteral("aws_sqs_queue.%1.arn").arg(TerraformContext::tfName(q))));
            }
            // Every service may send tasks to any queue; a worker receives only from its own.
            statements.append(statement({QStringLiteral("sqs:SendMessage"), QStringLiteral("sqs:GetQueueAttributes"), QStringLiteral("sqs:GetQueueUrl")}, HclValue::list(all)));
            if (!own.isEmpty())
                statements.append(statement({QStringLiteral("sqs:ReceiveMessage"), QStringLiteral("sqs:DeleteMessage"), QStringLiteral("sqs:ChangeMessageVisibility")},
                                            HclValue::list(own)));
            statements.append(statement({QStringLiteral("sqs:ListQueues")}, s(QStringLiteral("*"))));
        }
        // The Celery queue publisher (emitted Celery config) runs in the workers and writes
        // backlog per task, in its own namespace only.
        if (!ctx.sqsBroker() && c->kind == ComponentKind::EcsWorker)
            statements.append(statement({QStringLiteral("cloudwatch:PutMetricData")}, s(QStringLiteral("*")),
                                        {{QStringLiteral("Condition"), HclValue::object({{QStringLiteral("StringEquals"), HclValue::object({
                                              {QStringLiteral("cloudwatch:namespace"), HclValue::literal(CeleryMetrics::nameSpace())}})}})}}));
        // ECS Exec, when the service allows it: the SSM message channels, the session key and
        // the audit log. https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html
        if (c->boolParam(QStringLiteral("ecs_exec"))) {
            statements.append(statement({QStringLiteral("ssmmessages:CreateControlChannel"), QStringLiteral("ssmmessages:CreateDataChannel"),
                                         QStringLiteral("ssmmessages:OpenControlChannel"), QStringLiteral("ssmmessages:OpenDataChannel")},
                                        s(QStringLiteral("*"))));
            statements.append(statement({QStringLiteral("kms:Decrypt")}, HclValue::list({r(QStringLiteral("aws_kms_key.ecs_exec.arn"))})));
            statements.append(statement({QStringLiteral("logs:DescribeLogGroups")}, s(QStringLiteral("*"))));
            statements.append(statement({QStringLiteral("logs:CreateLogStream"), QStringLiteral("logs:DescribeLogStreams"), QStringLiteral("logs:PutLogEvents")},
                                        HclValue::list({HclValue::string(QStringLiteral("${aws_cloudwatch_log_group.ecs_exec.arn}:*"))})));
        }
        // config/rotate_database_password.py runs in the release task, which has the web's roles.
        if (c->kind == ComponentKind::EcsWeb && c == ctx.first(ComponentKind::EcsWeb) && ctx.database())
            statements.append(statement({QStringLiteral("secretsmanager:GetSecretValue"), QStringLiteral("secretsmanager:PutSecretValue"),
                                         QStringLiteral("secretsmanager:DescribeSecret"), QStringLiteral("secretsmanager:UpdateSecretVersionStage")},
                                        HclValue::list({r(QStringLiteral("aws_secretsmanager_secret.database_app.arn"))})));
        if (statements.isEmpty())
            continue;
        hasTaskRole.insert(c->id);
        HclBlock taskRole(QStringLiteral("resource"), {QStringLiteral("aws_iam_role"), name + QStringLiteral("_task")});
        taskRole.set(QStringLiteral("name"), TerraformContext::prefixed(c->id + QStringLiteral("-task")));
        taskRole.set(QStringLiteral("assume_role_policy"), assumeRolePolicy(QStringLiteral("ecs-tasks.amazonaws.com")));
        f.add(taskRole);
        HclBlock taskPolicy(QStringLiteral("resource"), {QStringLiteral("aws_iam_role_policy"), name + QStringLiteral("_task")});
        taskPolicy.set(QStringLiteral("name"), "application");
        taskPolicy.ref(QStringLiteral("role"), QStringLiteral("aws_iam_role.%1_task.id").arg(name));
        taskPolicy.set(QStringLiteral("policy"), policyDocument(statements));
        f.add(taskPolicy);
    }

    if (const Component *pgb = ctx.first(ComponentKind::PgBouncer)) {
        // pgBouncer is found by the other tasks through Cloud Map: <id>.<namespace>.
        Q_UNUSED(pgb);
        HclBlock ns(QStringLiteral("resource"), {QStringLiteral("aws_service_discovery_private_dns_namespace"), QStringLiteral("main")});
        ns.set(QStringLiteral("name"), HclValue::string(QStringLiteral("${local.name_prefix}.internal")));
        ns.set(QStringLiteral("description"), "Service discovery for the tasks");
        ns.ref(QStringLiteral("vpc"), QStringLiteral("local.vpc_id"));
        f.add(ns);
        for (const Component *p : ctx.all(ComponentKind::PgBouncer)) {
            HclBlock sd(QStringLiteral("resource"), {QStringLiteral("aws_service_discovery_service"), TerraformContext::tfName(p->id)});
            sd.set(QStringLiteral("name"), HclValue::literal(p->id));
            HclBlock dns(QStringLiteral("dns_config"));
            dns.ref(QStringLiteral("namespace_id"), QStringLiteral("aws_service_discovery_private_dns_namespace.main.id"));
            dns.set(QStringLiteral("routing_policy"), "MULTIVALUE");
            HclBlock record(QStringLiteral("dns_records"));
            record.set(QStringLiteral("type"), "A");
            record.set(QStringLiteral("ttl"), 10);
            dns.add(record);
            sd.add(dns);
            f.add(sd);
        }
    }

    const Component *ecr = ctx.first(ComponentKind::Ecr);
    const QString appImage = ecr ? QStringLiteral("${aws_ecr_repository.%1.repository_url}:${var.image_tag}").arg(TerraformContext::tfName(ecr->id))
                                 : QStringLiteral("${var.app_image_repository}:${var.image_tag}");
    const QList<HclValue> environment = values(djangoEnvironment(ctx));
    const QList<HclValue> secrets = values(djangoSecrets(ctx));

    for (const Component *c : services) {
        const QString name = TerraformContext::tfName(c->id);
        HclBlock log(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_log_group"), name});
        log.set(QStringLiteral("name"), HclValue::string(QStringLiteral("/ecs/${local.name_prefix}/") + c->id));
        log.set(QStringLiteral("retention_in_days"), ctx.logRetentionDays());
        f.add(log);
    }

    for (const Component *c : services) {
        const QString name = TerraformContext::tfName(c->id);
        const bool isPgBouncer = c->kind == ComponentKind::PgBouncer;
        Entries container = {
            {QStringLiteral("name"), s(c->id)},
            {QStringLiteral("image"), isPgBouncer ? r(QStringLiteral("var.pgbouncer_image")) : HclValue::string(appImage)},
            {QStringLiteral("essential"), HclValue::boolean(true)},
        };
        if (!isPgBouncer)
            container.append({QStringLiteral("command"), HclValue::stringList(serviceCommand(ctx, *c))});
        int port = 0;
        if (c->kind == ComponentKind::EcsWeb)
            port = int(c->intParam(QStringLiteral("container_port")));
        else if (isPgBouncer)
            port = int(c->intParam(QStringLiteral("listen_port")));
        if (port > 0)
            container.append({QStringLiteral("portMappings"), HclValue::list({HclValue::object({{QStringLiteral("containerPort"), HclValue::number(qint64(port))},
                                                                                               {QStringLiteral("protocol"), s(QStringLiteral("tcp"))}})})});
        if (isPgBouncer) {
            container.append({QStringLiteral("environment"), HclValue::list(values(pgbouncerEnvironment(ctx, *c)))});
            if (ctx.database()) {
                const QString arn = QStringLiteral("aws_secretsmanager_secret.database_pgbouncer_auth.arn");
                container.append({QStringLiteral("secrets"), HclValue::list({
                    HclValue::object({{QStringLiteral("name"), s(QStringLiteral("DB_USER"))}, {QStringLiteral("valueFrom"), HclValue::string(QStringLiteral("${%1}:username::").arg(arn))}}),
                    HclValue::object({{QStringLiteral("name"), s(QStringLiteral("DB_PASSWORD"))}, {QStringLiteral("valueFrom"), HclValue::string(QStringLiteral("${%1}:password::").arg(arn))}}),
                })});
            }
        } else {
            container.append({QStringLiteral("environment"), HclValue::list(environment)});
            if (!secrets.isEmpty())
                container.append({QStringLiteral("secrets"), HclValue::list(secrets)});
        }
        const bool rdsCa = connectsToRds(ctx, *c);
        if (rdsCa)
            mountRdsCa(container);
        if (c->kind == ComponentKind::EcsWorker) {
            // SIGTERM starts Celery's warm shutdown: running tasks get the most Fargate allows
            // (120 s) to finish before SIGKILL; what is left comes back through acks_late.
            container.append({QStringLiteral("stopTimeout"), HclValue::number(qint64(120))});
        }
        container.append({QStringLiteral("logConfiguration"), HclValue::object({
            {QStringLiteral("logDriver"), s(QStringLiteral("awslogs"))},
            {QStringLiteral("options"), HclValue::object({
                 {QStringLiteral("awslogs-group"), r(QStringLiteral("aws_cloudwatch_log_group.%1.name").arg(name))},
                 {QStringLiteral("awslogs-region"), r(QStringLiteral("var.aws_region"))},
                 {QStringLiteral("awslogs-stream-prefix"), s(c->id)},
             })},
        })});

        HclBlock task(QStringLiteral("resource"), {QStringLiteral("aws_ecs_task_definition"), name});
        task.set(QStringLiteral("family"), TerraformContext::prefixed(c->id));
        task.set(QStringLiteral("requires_compatibilities"), HclValue::stringList({QStringLiteral("FARGATE")}));
        task.set(QStringLiteral("network_mode"), "awsvpc");
        task.set(QStringLiteral("cpu"), HclValue::literal(QString::number(c->intParam(QStringLiteral("cpu")))));
        task.set(QStringLiteral("memory"), HclValue::literal(QString::number(c->intParam(QStringLiteral("memory")))));
        task.ref(QStringLiteral("execution_role_arn"), QStringLiteral("aws_iam_role.%1_execution.arn").arg(name));
        if (hasTaskRole.contains(c->id))
            task.ref(QStringLiteral("task_role_arn"), QStringLiteral("aws_iam_role.%1_task.arn").arg(name));
        HclBlock platform(QStringLiteral("runtime_platform"));
        platform.set(QStringLiteral("operating_system_family"), "LINUX");
        platform.set(QStringLiteral("cpu_architecture"), c->stringParam(QStringLiteral("architecture")) == QLatin1String("arm64") ? "ARM64" : "X86_64");
        task.add(platform);
        QList<HclValue> containers = {HclValue::object(container)};
        if (rdsCa) {
            containers.append(rdsCaContainer(QStringLiteral("aws_cloudwatch_log_group.%1.name").arg(name), QStringLiteral("rds-ca")));
            HclBlock volume(QStringLiteral("volume"));
            volume.set(QStringLiteral("name"), QString::fromLatin1(rdsCaVolume));
            task.add(volume);
        }
        task.set(QStringLiteral("container_definitions"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::list(containers)}));
        f.add(task);
    }

    // The one-off release task: migrate and collectstatic with the new image, run by
    // config/deploy.sh before the services are updated (and the database rotation).
    if (const Component *web = ctx.first(ComponentKind::EcsWeb)) {
        HclBlock log(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("release")});
        log.set(QStringLiteral("name"), HclValue::string(QStringLiteral("/ecs/${local.name_prefix}/release")));
        log.set(QStringLiteral("retention_in_days"), ctx.logRetentionDays());
        f.add(log);
        QList<HclValue> releaseEnv = environment;
        if (ctx.database())
            releaseEnv.append(HclValue::object({{QStringLiteral("name"), s(QStringLiteral("DATABASE_APP_SECRET_ID"))},
                                                {QStringLiteral("value"), r(QStringLiteral("aws_secretsmanager_secret.database_app.arn"))}}));
        Entries container = {
            {QStringLiteral("name"), s(QStringLiteral("release"))},
            {QStringLiteral("image"), HclValue::string(appImage)},
            {QStringLiteral("essential"), HclValue::boolean(true)},
            {QStringLiteral("command"), HclValue::stringList(ConfigEmitter::releaseCommand())},
            {QStringLiteral("environment"), HclValue::list(releaseEnv)},
        };
        if (!secrets.isEmpty())
            container.append({QStringLiteral("secrets"), HclValue::list(secrets)});
        const bool rdsCa = connectsToRds(ctx, *web);
        if (rdsCa)
            mountRdsCa(container);
        container.append({QStringLiteral("logConfiguration"), HclValue::object({
            {QStringLiteral("logDriver"), s(QStringLiteral("awslogs"))},
            {QStringLiteral("options"), HclValue::object({
                 {QStringLiteral("awslogs-group"), r(QStringLiteral("aws_cloudwatch_log_group.release.name"))},
                 {QStringLiteral("awslogs-region"), r(QStringLiteral("var.aws_region"))},
                 {QStringLiteral("awslogs-stream-prefix"), s(QStringLiteral("release"))},
             })},
        })});
        HclBlock task(QStringLiteral("resource"), {QStringLiteral("aws_ecs_task_definition"), QStringLiteral("release")});
        task.set(QStringLiteral("family"), TerraformContext::prefixed(QStringLiteral("release")));
        task.set(QStringLiteral("requires_compatibilities"), HclValue::stringList({QStringLiteral("FARGATE")}));
        task.set(QStringLiteral("network_mode"), "awsvpc");
        task.set(QStringLiteral("cpu"), HclValue::literal(QString::number(web->intParam(QStringLiteral("cpu")))));
        task.set(QStringLiteral("memory"), HclValue::literal(QString::number(web->intParam(QStringLiteral("memory")))));
        // The web service's roles: the same secrets, and its task role may rotate the database password.
        const QString webName = TerraformContext::tfName(web->id);
        task.ref(QStringLiteral("execution_role_arn"), QStringLiteral("aws_iam_role.%1_execution.arn").arg(webName));
        if (hasTaskRole.contains(web->id))
            task.ref(QStringLiteral("task_role_arn"), QStringLiteral("aws_iam_role.%1_task.arn").arg(webName));
        HclBlock platform(QStringLiteral("runtime_platform"));
        platform.set(QStringLiteral("operating_system_family"), "LINUX");
        platform.set(QStringLiteral("cpu_architecture"), web->stringParam(QStringLiteral("architecture")) == QLatin1String("arm64") ? "ARM64" : "X86_64");
        task.add(platform);
        QList<HclValue> containers = {HclValue::object(container)};
        if (rdsCa) {
            containers.append(rdsCaContainer(QStringLiteral("aws_cloudwatch_log_group.release.name"), QStringLiteral("rds-ca")));
            HclBlock volume(QStringLiteral("volume"));
            volume.set(QStringLiteral("name"), QString::fromLatin1(rdsCaVolume));
            task.add(volume);
        }
        task.set(QStringLiteral("container_definitions"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::list(containers)}));
        f.add(task);
    }

    const Component *alb = ctx.first(ComponentKind::Alb);
    for (const Component *c : services) {
        const QString name = TerraformContext::tfName(c->id);
        HclBlock svc(QStringLiteral("resource"), {QStringLiteral("aws_ecs_service"), name});
        svc.set(QStringLiteral("name"), HclValue::literal(c->id));
        svc.ref(QStringLiteral("cluster"), QStringLiteral("aws_ecs_cluster.main.id"));
        svc.ref(QStringLiteral("task_definition"), QStringLiteral("aws_ecs_task_definition.%1.arn").arg(name));
        svc.set(QStringLiteral("desired_count"), c->intParam(QStringLiteral("desired_tasks")));
        const bool spot = c->kind == ComponentKind::EcsWorker && c->boolParam(QStringLiteral("spot"));
        if (!spot)
            svc.set(QStringLiteral("launch_type"), "FARGATE");
        svc.set(QStringLiteral("enable_execute_command"), c->boolParam(QStringLiteral("ecs_exec")));
        if (c->kind == ComponentKind::EcsBeat) {
            // Never two schedulers at once: stop the old task before starting the new one.
            svc.set(QStringLiteral("deployment_maximum_percent"), 100);
            svc.set(QStringLiteral("deployment_minimum_healthy_percent"), 0);
        }
        if (spot) {
            HclBlock strat(QStringLiteral("capacity_provider_strategy"));
            strat.set(QStringLiteral("capacity_provider"), "FARGATE_SPOT");
            strat.set(QStringLiteral("weight"), 1);
            svc.add(strat);
        }
        HclBlock net(QStringLiteral("network_configuration"));
        net.ref(QStringLiteral("subnets"), ctx.taskSubnets());
        if (const QString sg = ctx.securityGroupRef(*c); !sg.isEmpty())
            net.set(QStringLiteral("security_groups"), HclValue::list({r(sg)}));
        net.set(QStringLiteral("assign_public_ip"), ctx.tasksNeedPublicIp());
        svc.add(net);
        HclBlock breaker(QStringLiteral("deployment_circuit_breaker"));
        breaker.set(QStringLiteral("enable"), true);
        breaker.set(QStringLiteral("rollback"), true);
        svc.add(breaker);
        // A web service the ALB sends nothing to (a second one without path_patterns: finding
        // web-unrouted) stays out of the load balancer, since ECS refuses a target group no
        // listener or rule forwards to.
        const bool behindAlb = c->kind == ComponentKind::EcsWeb && alb
            && (c == ctx.defaultWeb() || !c->listParam(QStringLiteral("path_patterns")).isEmpty());
        if (behindAlb) {
            HclBlock lb(QStringLiteral("load_balancer"));
            lb.ref(QStringLiteral("target_group_arn"), QStringLiteral("aws_lb_target_group.%1.arn").arg(name));
            lb.set(QStringLiteral("container_name"), HclValue::literal(c->id));
            lb.set(QStringLiteral("container_port"), c->intParam(QStringLiteral("container_port")));
            svc.add(lb);
        }
        if (c->kind == ComponentKind::PgBouncer) {
            HclBlock reg(QStringLiteral("service_registries"));
            reg.ref(QStringLiteral("registry_arn"), QStringLiteral("aws_service_discovery_service.%1.arn").arg(name));
            svc.add(reg);
        }
        if (const ScalingPlan *plan = ctx.derived().scalingPlan(c->id); plan && plan->policy != ScalingPlan::Policy::Fixed) {
            HclBlock lifecycle(QStringLiteral("lifecycle"));
            lifecycle.set(QStringLiteral("ignore_changes"), HclValue::list({r(QStringLiteral("desired_count"))}));
            svc.add(lifecycle);
        }
        // ECS refuses a target group no listener or listener rule forwards to yet ("does not have
        // an associated load balancer"), and the service references only the target group. Behind
        // CloudFront the listener's default action is a fixed 403: the rule with CloudFront's
        // header is what attaches the first web service's group.
        if (behindAlb) {
            QList<HclValue> after{r(QStringLiteral("aws_lb_listener.https"))};
            if (c != ctx.defaultWeb())
                after.append(r(QStringLiteral("aws_lb_listener_rule.%1").arg(name)));
            else if (ctx.frontedAlb())
                after.append(r(QStringLiteral("aws_lb_listener_rule.from_cloudfront")));
            svc.set(QStringLiteral("depends_on"), HclValue::list(after));
        }
        f.add(svc);
    }
    return f;
}

HclFile TerraformEmitter::autoscaling(const TerraformContext &ctx)
{
    HclFile f;
    for (const ScalingPlan &plan : ctx.derived().scalingPlans()) {
        if (plan.policy == ScalingPlan::Policy::Fixed || !ctx.design().component(plan.componentId))
            continue;
        const QString name = TerraformContext::tfName(plan.componentId);
        HclBlock target(QStringLiteral("resource"), {QStringLiteral("aws_appautoscaling_target"), name});
        target.set(QStringLiteral("max_capacity"), plan.maxTasks);
        target.set(QStringLiteral("min_capacity"), plan.minTasks);
        target.set(QStringLiteral("resource_id"), HclValue::string(QStringLiteral("service/${aws_ecs_cluster.main.name}/${aws_ecs_service.%1.name}").arg(name)));
        target.set(QStringLiteral("scalable_dimension"), "ecs:service:DesiredCount");
        target.set(QStringLiteral("service_namespace"), "ecs");
        f.add(target);

        auto policyBlock = [&](const QString &policyName, const QString &title) {
            HclBlock p(QStringLiteral("resource"), {QStringLiteral("aws_appautoscaling_policy"), policyName});
            p.set(QStringLiteral("name"), TerraformContext::prefixed(title));
            p.set(QStringLiteral("policy_type"), "TargetTrackingScaling");
            p.ref(QStringLiteral("resource_id"), QStringLiteral("aws_appautoscaling_target.%1.resource_id").arg(name));
            p.ref(QStringLiteral("scalable_dimension"), QStringLiteral("aws_appautoscaling_target.%1.scalable_dimension").arg(name));
            p.ref(QStringLiteral("service_namespace"), QStringLiteral("aws_appautoscaling_target.%1.service_namespace").arg(name));
            return p;
        };
        auto cooldowns = [&](HclBlock &config) {
            config.set(QStringLiteral("target_value"), plan.target);
            config.set(QStringLiteral("scale_in_cooldown"), plan.scaleInCooldown);
            config.set(QStringLiteral("scale_out_cooldown"), plan.scaleOutCooldown);
        };

        if (plan.policy == ScalingPlan::Policy::CpuTargetTracking) {
            HclBlock p = policyBlock(name + QStringLiteral("_cpu"), plan.componentId + QStringLiteral("-cpu"));
            HclBlock config(QStringLiteral("target_tracking_scaling_policy_configuration"));
            HclBlock metric(QStringLiteral("predefined_metric_specification"));
            metric.set(QStringLiteral("predefined_metric_type"), "ECSServiceAverageCPUUtilization");
            config.add(metric);
            config.blank();
            cooldowns(config);
            p.add(config);
            f.add(p);
            continue;
        }
        // Backlog per task: one target-tracking policy per queue the group consumes, tracking
        // the messages waiting per running task of the group (the group scales out when any
        // of its queues backs up). With SQS it is metric math on SQS's own metric and
        // Container Insights' task count; with Redis the Celery config's publisher sends it
        // (model/celerymetrics.h; docs/runbooks/scaling.md).
        const bool insights = ctx.first(ComponentKind::CloudWatch) && ctx.first(ComponentKind::CloudWatch)->boolParam(QStringLiteral("container_insights"));
        for (const QString &queue : plan.queues) {
            HclBlock p = policyBlock(name + QStringLiteral("_queue_") + TerraformContext::tfName(queue),
                                     plan.componentId + QStringLiteral("-queue-") + queue);
            HclBlock config(QStringLiteral("target_tracking_scaling_policy_configuration"));
            HclBlock metric(QStringLiteral("customized_metric_specification"));
            const auto dimension = [](const QString &dimName, const HclValue &value) {
                HclBlock dim(QStringLiteral("dimensions"));
                dim.set(QStringLiteral("name"), HclValue::literal(dimName));
                dim.set(QStringLiteral("value"), value);
                return dim;
            };
            if (ctx.sqsBroker() && insights) {
                const auto query = [&](const QString &id, const QString &nameSpace, const QString &metricName, const QList<HclBlock> &dims) {
                    HclBlock m(QStringLiteral("metrics"));
                    m.set(QStringLiteral("id"), HclValue::literal(id));
                    m.set(QStringLiteral("return_data"), false);
                    HclBlock stat(QStringLiteral("metric_stat"));
                    HclBlock def(QStringLiteral("metric"));
                    def.set(QStringLiteral("metric_name"), HclValue::literal(metricName));
                    def.set(QStringLiteral("namespace"), HclValue::literal(nameSpace));
                    for (const HclBlock &d : dims)
                        def.add(d);
                    stat.add(def);
                    stat.blank();
                    stat.set(QStringLiteral("stat"), "Average");
                    m.add(stat);
                    return m;
                };
                metric.add(query(QStringLiteral("visible"), QStringLiteral("AWS/SQS"), QStringLiteral("ApproximateNumberOfMessagesVisible"),
                                 {dimension(QStringLiteral("QueueName"), r(QStringLiteral("aws_sqs_queue.%1.name").arg(TerraformContext::tfName(queue))))}));
                metric.add(query(QStringLiteral("tasks"), QStringLiteral("ECS/ContainerInsights"), QStringLiteral("RunningTaskCount"),
                                 {dimension(QStringLiteral("ClusterName"), r(QStringLiteral("aws_ecs_cluster.main.name"))),
                                  dimension(QStringLiteral("ServiceName"), r(QStringLiteral("aws_ecs_service.%1.name").arg(name)))}));
                HclBlock backlog(QStringLiteral("metrics"));
                backlog.set(QStringLiteral("id"), "backlog_per_task");
                backlog.set(QStringLiteral("label"), HclValue::literal(QStringLiteral("Messages in %1 per running task").arg(queue)));
                backlog.set(QStringLiteral("expression"), "IF(tasks > 0, visible / tasks, visible)");
                backlog.set(QStringLiteral("return_data"), true);
                metric.add(backlog);
            } else if (ctx.sqsBroker()) {
                // Without Container Insights there is no task count to divide by: the
                // policy tracks the queue length against the target times the minimum tasks.
                metric.set(QStringLiteral("metric_name"), "ApproximateNumberOfMessagesVisible");
                metric.set(QStringLiteral("namespace"), "AWS/SQS");
                metric.set(QStringLiteral("statistic"), "Average");
                metric.add(dimension(QStringLiteral("QueueName"), r(QStringLiteral("aws_sqs_queue.%1.name").arg(TerraformContext::tfName(queue)))));
            } else {
                metric.set(QStringLiteral("metric_name"), HclValue::literal(CeleryMetrics::backlogPerTask()));
                metric.set(QStringLiteral("namespace"), HclValue::literal(CeleryMetrics::nameSpace()));
                metric.set(QStringLiteral("statistic"), "Average");
                metric.add(dimension(CeleryMetrics::queueDimension(), HclValue::literal(queue)));
            }
            config.add(metric);
            config.blank();
            cooldowns(config);
            p.add(config);
            f.add(p);
        }
    }
    return f;
}

} // namespace Infra
