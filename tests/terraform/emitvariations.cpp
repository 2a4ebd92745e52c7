// Writes the Terraform of the example designs and of generated variations (each optional
// component removed, network modes, broker choices, storage sizes, …) into one folder per
// design, for check-terraform.mjs to validate: <out>/<variation>/terraform/*.tf.
//
// Every module also goes through the AWS constraint rules (core/emit/awsconstraints): their
// violations are printed, and any error makes the driver fail. The cost estimate's alarm count
// (CostEngine::alarmCount, docs/cost.md) must equal the alarms terraform/monitoring.tf declares.
//
// Usage: emit_terraform_variations OUT_DIR EXAMPLE.infra.yaml...

#include "cost/costengine.h"
#include "derive/derivedmodel.h"
#include "emit/awsconstraints.h"
#include "emit/emitter.h"
#include "emit/terraformemitter.h"
#include "io/designreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Infra;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int constraintErrors = 0;

void checkConstraints(const QString &name, const Design &design)
{
    const DerivedModel derived = DerivedModel::derive(design);
    const QList<AwsConstraints::Violation> violations = AwsConstraints::check(TerraformEmitter::module(design, derived));
    for (const AwsConstraints::Violation &v : violations)
        err() << name << ": " << v.toString() << "\n";
    constraintErrors += AwsConstraints::errorCount(violations);

    // The alarms the cost estimate prices are the module's (a count = N block is N alarms).
    const TerraformModule module = TerraformEmitter::module(design, derived);
    int declared = module.instanceCount(QStringLiteral("aws_cloudwatch_metric_alarm"));
    const Component *cw = nullptr;
    for (const Component &c : design.components()) {
        if (c.kind == ComponentKind::CloudWatch && !cw)
            cw = &c;
    }
    const int priced = cw && cw->boolParam(QStringLiteral("alarms")) ? CostEngine::alarmCount(design) : 0;
    if (priced != declared) {
        err() << name << ": error cost-alarm-count: the cost estimate prices " << priced << " alarm(s), terraform/monitoring.tf declares "
              << declared << "\n";
        ++constraintErrors;
    }
}

bool write(const QString &root, const QString &name, const Design &design)
{
    checkConstraints(name, design);
    const QString dir = root + QLatin1Char('/') + name;
    QDir(dir).removeRecursively();
    for (const EmittedFile &f : Emitter::emit(design, Emitter::Part::Terraform)) {
        const QString path = dir + QLatin1Char('/') + f.path;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size()) {
            err() << "cannot write " << path << "\n";
            return false;
        }
    }
    return true;
}

void must(const Mutation &m, const char *what)
{
    if (!m.ok) {
        err() << "variation step '" << what << "' refused: " << m.error << "\n";
        std::exit(2);
    }
}

QStringList idsOfKind(const Design &d, ComponentKind kind)
{
    QStringList ids;
    for (const Component *c : d.componentsOfKind(kind))
        ids.append(c->id);
    return ids;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        err() << "usage: emit_terraform_variations OUT_DIR EXAMPLE.infra.yaml...\n";
        return 2;
    }
    const QString out = args.first();
    QDir().mkpath(out);
    std::optional<Design> reference;
    int written = 0;
    for (const QString &file : args.mid(1)) {
        const DesignReader::Result r = DesignReader::readFile(file);
        if (!r.ok()) {
            err() << r.errorStrings().join(QLatin1Char('\n')) << "\n";
            return 2;
        }
        QString name = QFileInfo(file).fileName();
        name.chop(int(qstrlen(".infra.yaml")));
        if (!write(out, QStringLiteral("example-") + name, *r.design))
            return 2;
        ++written;
        if (name == QLatin1String("django-reference"))
            reference = r.design;
    }
    if (!reference) {
        err() << "the django-reference example is needed for the variations\n";
        return 2;
    }
    const Design &ref = *reference;

    // Without each optional kind (all components of it).
    for (ComponentKind kind : allComponentKinds) {
        const QStringList ids = idsOfKind(ref, kind);
        if (ids.isEmpty())
            continue;
        Design d = ref;
        must(d.removeComponents(ids), "remove kind");
        written += write(out, QStringLiteral("without-") + kindName(kind), d);
    }
    // Without each single S3 bucket role.
    for (const Component *b : ref.componentsOfKind(ComponentKind::S3Bucket)) {
        Design d = ref;
        must(d.removeComponents({b->id}), "remove bucket");
        written += write(out, QStringLiteral("without-bucket-") + b->id, d);
    }

    {   // An existing VPC.
        Design d = ref;
        must(d.setSectionValue(Section::Network, QStringLiteral("mode"), QStringLiteral("existing_vpc")), "mode");
        must(d.setSectionValue(Section::Network, QStringLiteral("existing_vpc_id"), QStringLiteral("vpc-0abc123")), "vpc id");
        must(d.setSectionValue(Section::Network, QStringLiteral("existing_public_subnet_ids"), QStringList{QStringLiteral("subnet-0a"), QStringLiteral("subnet-0b")}), "public");
        must(d.setSectionValue(Section::Network, QStringLiteral("existing_private_subnet_ids"), QStringList{QStringLiteral("subnet-1a"), QStringLiteral("subnet-1b")}), "private");
        written += write(out, QStringLiteral("existing-vpc"), d);
        // Flow logs on the existing VPC only when the design asks for them.
        must(d.setSectionValue(Section::Network, QStringLiteral("existing_vpc_flow_logs"), true), "flow logs");
        written += write(out, QStringLiteral("existing-vpc-flow-logs"), d);
    }
    for (int nat : {0, 1}) {
        Design d = ref;
        must(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(nat)), "nat");
        written += write(out, QStringLiteral("nat-%1").arg(nat), d);
    }
    {
        Design d = ref;
        must(d.setSectionValue(Section::Network, QStringLiteral("az_count"), qint64(3)), "azs");
        must(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(3)), "nat");
        written += write(out, QStringLiteral("three-azs"), d);
    }
    {   // VPC endpoints instead of NAT for the AWS traffic (issue 14 item 15).
        Design d = ref;
        must(d.setSectionValue(Section::Network, QStringLiteral("vpc_endpoints"), true), "endpoints");
        written += write(out, QStringLiteral("vpc-endpoints"), d);
    }
    {   // A region opened after August 2022: load balancer logs to the log delivery service principal.
        Design d = ref;
        must(d.setSectionValue(Section::Settings, QStringLiteral("region"), QStringLiteral("ap-southeast-4")), "region");
        written += write(out, QStringLiteral("region-after-2022"), d);
    }
    {   // WAF on CloudFront (scope CLOUDFRONT through the us-east-1 alias), and on the load balancer alone.
        Design d = ref;
        must(d.setParameter(QStringLiteral("alb"), QStringLiteral("waf"), true), "waf");
        written += write(out, QStringLiteral("waf-cloudfront"), d);
        must(d.removeComponents({QStringLiteral("cdn")}), "no cdn");
        written += write(out, QStringLiteral("waf-regional"), d);
    }
    {   // SQS as the Celery broker.
        Design d = ref;
        must(d.addComponent(Component::make(ComponentKind::Sqs, QStringLiteral("queues"), QStringLiteral("SQS"))), "sqs");
        written += write(out, QStringLiteral("sqs-broker"), d);
    }
    {   // The other branch of most parameters.
        Design d = ref;
        must(d.setParameter(QStringLiteral("db"), QStringLiteral("read_replicas"), qint64(2)), "replicas");
        must(d.setParameter(QStringLiteral("db"), QStringLiteral("allocated_storage"), qint64(500)), "storage");
        must(d.setParameter(QStringLiteral("db"), QStringLiteral("monitoring_interval"), qint64(0)), "monitoring");
        must(d.setParameter(QStringLiteral("db"), QStringLiteral("max_connections"), qint64(0)), "max_connections");
        must(d.setParameter(QStringLiteral("redis"), QStringLiteral("replicas"), qint64(0)), "redis replicas");
        must(d.setParameter(QStringLiteral("redis"), QStringLiteral("auth_token"), false), "auth");
        must(d.setParameter(QStringLiteral("worker-long"), QStringLiteral("spot"), true), "spot");
        must(d.setParameter(QStringLiteral("worker-long"), QStringLiteral("ecs_exec"), true), "exec");
        must(d.setParameter(QStringLiteral("pgbouncer"), QStringLiteral("ecs_exec"), true), "pgbouncer exec"); // the console
        must(d.setParameter(QStringLiteral("web"), QStringLiteral("server"), QStringLiteral("uvicorn")), "uvicorn");
        must(d.setParameter(QStringLiteral("media"), QStringLiteral("encryption"), QStringLiteral("SSE-KMS")), "kms");
        must(d.setParameter(QStringLiteral("media"), QStringLiteral("transition_ia_days"), qint64(30)), "ia");
        must(d.setParameter(QStringLiteral("media"), QStringLiteral("expiration_days"), qint64(3650)), "expire");
        must(d.setParameter(QStringLiteral("static"), QStringLiteral("encryption"), QStringLiteral("none")), "none");
        must(d.setParameter(QStringLiteral("static"), QStringLiteral("versioning"), false), "versioning");
        must(d.setParameter(QStringLiteral("alb"), QStringLiteral("http_redirect"), false), "redirect");
        must(d.setParameter(QStringLiteral("alb"), QStringLiteral("internal"), true), "internal");
        must(d.setParameter(QStringLiteral("logs"), QStringLiteral("alarm_email"), QStringLiteral("ops@example.com")), "email");
        must(d.setParameter(QStringLiteral("logs"), QStringLiteral("container_insights"), false), "insights");
        must(d.setParameter(QStringLiteral("secrets"), QStringLiteral("rotation_days"), qint64(0)), "rotation");
        must(d.setParameter(QStringLiteral("ecr"), QStringLiteral("immutable_tags"), false), "tags");
        must(d.addComponent(Component::make(ComponentKind::EcsWeb, QStringLiteral("api"), QStringLiteral("API"))), "second web");
        written += write(out, QStringLiteral("other-branches"), d);
    }
    {   // Aurora PostgreSQL in place of RDS (issue 17): provisioned Standard with two readers,
        // and Serverless v2 on I/O-Optimized storage as a Global Database primary.
        Design d = ref;
        must(d.removeComponents({QStringLiteral("db")}), "no rds");
        Component aurora = Component::make(ComponentKind::AuroraPostgres, QStringLiteral("db"), QStringLiteral("Aurora"));
        aurora.params[QStringLiteral("readers")] = qint64(2);
        aurora.params[QStringLiteral("parameters")] = QVariantMap{{QStringLiteral("log_min_duration_statement"), QStringLiteral("500")}};
        must(d.addComponent(aurora), "aurora");
        written += write(out, QStringLiteral("aurora-provisioned"), d);
        must(d.setParameter(QStringLiteral("db"), QStringLiteral("capacity"), QStringLiteral("serverless_v2")), "serverless");
        must(d.setParameter(QStringLiteral("db"), QStringLiteral("max_acu"), 32.0), "max acu");
        must(d.setParameter(QStringLiteral("db"), QStringLiteral("storage_configuration"), QStringLiteral("io_optimized")), "iopt");
        must(d.setParameter(QStringLiteral("db"), QStringLiteral("global_database"), true), "global");
        must(d.setParameter(QStringLiteral("db"), QStringLiteral("monitoring_interval"), qint64(0)), "monitoring");
        must(d.removeComponents({QStringLiteral("pgbouncer")}), "no pgbouncer");
        written += write(out, QStringLiteral("aurora-serverless-global"), d);
    }
    {   // EventBridge Scheduler in place of Beat, MemoryDB for sessions and results (issue 17).
        Design d = ref;
        must(d.removeComponents({QStringLiteral("beat")}), "no beat");
        Component sched = Component::make(ComponentKind::EventBridgeScheduler, QStringLiteral("schedules"), QStringLiteral("Schedules"));
        sched.params[QStringLiteral("schedules")] = QVariantMap{
            {QStringLiteral("clear-sessions"), QStringLiteral("cron(0 3 * * ? *) -> worker-scheduled: python manage.py clearsessions")},
            {QStringLiteral("cleanup"), QStringLiteral("rate(15 minutes) -> worker-scheduled: celery -A myapp call myapp.tasks.cleanup_sessions")},
        };
        sched.params[QStringLiteral("flexible_window_minutes")] = qint64(10);
        must(d.addComponent(sched), "scheduler");
        Component store = Component::make(ComponentKind::MemoryDb, QStringLiteral("store"), QStringLiteral("MemoryDB"));
        store.params[QStringLiteral("acl_users")] = QStringList{QStringLiteral("app"), QStringLiteral("ops")};
        must(d.addComponent(store), "memorydb");
        written += write(out, QStringLiteral("scheduler-memorydb"), d);
        // With SQS as the broker a schedule may also send to a queue.
        must(d.addComponent(Component::make(ComponentKind::Sqs, QStringLiteral("queues"), QStringLiteral("SQS"))), "sqs");
        QVariantMap withQueue = sched.params.value(QStringLiteral("schedules")).toMap();
        withQueue.insert(QStringLiteral("report"), QStringLiteral("rate(1 day) -> queues/long_running: {\"report\": \"daily\"}"));
        must(d.setParameter(QStringLiteral("schedules"), QStringLiteral("schedules"), withQueue), "queue schedule");
        must(d.setParameter(QStringLiteral("store"), QStringLiteral("engine"), QStringLiteral("redis")), "redis engine");
        must(d.setParameter(QStringLiteral("store"), QStringLiteral("engine_version"), QStringLiteral("7.1")), "redis version");
        written += write(out, QStringLiteral("scheduler-sqs-memorydb-redis"), d);
    }
    {   // Alarms off, and a CDN in front of buckets only.
        Design d = ref;
        must(d.setParameter(QStringLiteral("logs"), QStringLiteral("alarms"), false), "alarms");
        must(d.removeComponents({QStringLiteral("alb")}), "no alb");
        written += write(out, QStringLiteral("cdn-buckets-only"), d);
    }
    {   // Single components and an empty design.
        written += write(out, QStringLiteral("empty"), Design());
        for (ComponentKind kind : allComponentKinds) {
            Design d;
            must(d.addComponent(Component::make(kind, QStringLiteral("only"))), "only");
            written += write(out, QStringLiteral("only-") + kindName(kind), d);
        }
    }
    QTextStream(stdout) << written << " designs written to " << out << "\n";
    err().flush();
    if (constraintErrors > 0) {
        QTextStream(stdout) << constraintErrors << " AWS constraint errors (listed above)\n";
        return 1;
    }
    QTextStream(stdout) << "AWS constraint rules: no errors\n";
    return 0;
}
