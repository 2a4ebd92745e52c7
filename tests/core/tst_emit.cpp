#include "cost/costengine.h"
#include "emit/awsconstraints.h"
#include "emit/emitter.h"
#include "emit/hclblock.h"
#include "emit/terraformcontext.h"
#include "emit/terraformemitter.h"
#include "derive/derivedmodel.h"
#include "io/designreader.h"

#include <QRegularExpression>
#include <QTest>

using namespace Infra;

class TestEmit : public QObject
{
    Q_OBJECT

private:
    static Design reference()
    {
        const auto r = DesignReader::readFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
        if (!r.ok())
            qFatal("cannot read the reference example");
        return *r.design;
    }
    static QByteArray file(const EmittedFiles &files, const QString &path)
    {
        for (const EmittedFile &f : files) {
            if (f.path == path)
                return f.content;
        }
        return {};
    }
    static QByteArray terraform(const Design &d, const char *name)
    {
        return file(Emitter::emit(d, Emitter::Part::Terraform), QStringLiteral("terraform/") + QLatin1String(name));
    }

private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("templated");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("\"abc\"") << QStringLiteral("\"abc\"");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"") << QStringLiteral("\"a\\\"b\\\\c\"");
        QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc") << QStringLiteral("\"a\\nb\\tc\"") << QStringLiteral("\"a\\nb\\tc\"");
        QTest::newRow("interpolation") << QStringLiteral("${var.x}-%{if}") << QStringLiteral("\"${var.x}-%{if}\"") << QStringLiteral("\"$${var.x}-%%{if}\"");
        QTest::newRow("lone dollar") << QStringLiteral("$5 100%") << QStringLiteral("\"$5 100%\"") << QStringLiteral("\"$5 100%\"");
    }
    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, templated);
        QFETCH(QString, literal);
        QCOMPARE(HclValue::string(text).render(), templated);
        QCOMPARE(HclValue::literal(text).render(), literal);
    }

    void scalars()
    {
        QCOMPARE(HclValue::number(qint64(42)).render(), QStringLiteral("42"));
        QCOMPARE(HclValue::number(70.0).render(), QStringLiteral("70"));
        QCOMPARE(HclValue::number(0.3).render(), QStringLiteral("0.3"));
        QCOMPARE(HclValue::boolean(true).render(), QStringLiteral("true"));
        QCOMPARE(HclValue::stringList({QStringLiteral("a"), QStringLiteral("b")}).render(), QStringLiteral("[\"a\", \"b\"]"));
        QCOMPARE(HclValue::list({}).render(), QStringLiteral("[]"));
        QCOMPARE(HclValue::object({}).render(), QStringLiteral("{}"));
        QCOMPARE(HclValue::key(QStringLiteral("awslogs-group")), QStringLiteral("awslogs-group"));
        QCOMPARE(HclValue::key(QStringLiteral("AWS:SourceArn")), QStringLiteral("\"AWS:SourceArn\""));
    }

    // The layouts below are what `terraform fmt` (1.11) produces for the same input; each
    // row was run through it when written.
    void alignment_data()
    {
        QTest::addColumn<HclBlock>("block");
        QTest::addColumn<QString>("expected");

        HclBlock run(QStringLiteral("resource"), {QStringLiteral("x"), QStringLiteral("y")});
        run.set(QStringLiteral("a"), 1).set(QStringLiteral("bbbbbb"), 2).set(QStringLiteral("cc"), QStringLiteral("three"));
        QTest::newRow("one run aligned") << run
                                         << QStringLiteral("resource \"x\" \"y\" {\n"
                                                           "  a      = 1\n"
                                                           "  bbbbbb = 2\n"
                                                           "  cc     = \"three\"\n"
                                                           "}\n");

        HclBlock multi(QStringLiteral("resource"), {QStringLiteral("x"), QStringLiteral("y")});
        multi.set(QStringLiteral("a"), 1);
        multi.set(QStringLiteral("bbbbbb"), HclValue::object({{QStringLiteral("c"), HclValue::number(qint64(2))}, {QStringLiteral("dd"), HclValue::number(qint64(3))}}));
        multi.set(QStringLiteral("e"), 4);
        multi.set(QStringLiteral("ffff"), 5);
        QTest::newRow("multi-line value ends the run, aligned inside")
            << multi
            << QStringLiteral("resource \"x\" \"y\" {\n"
                              "  a = 1\n"
                              "  bbbbbb = {\n"
                              "    c  = 2\n"
                              "    dd = 3\n"
                              "  }\n"
                              "  e    = 4\n"
                              "  ffff = 5\n"
                              "}\n");

        HclBlock breaks(QStringLiteral("locals"));
        breaks.set(QStringLiteral("g"), 5).comment(QStringLiteral("comment")).set(QStringLiteral("hhh"), 6);
        breaks.blank().set(QStringLiteral("i"), 7).set(QStringLiteral("jjjj"), 8);
        QTest::newRow("comment and blank line end runs")
            << breaks
            << QStringLiteral("locals {\n"
                              "  g = 5\n"
                              "  # comment\n"
                              "  hhh = 6\n"
                              "\n"
                              "  i    = 7\n"
                              "  jjjj = 8\n"
                              "}\n");

        HclBlock nested(QStringLiteral("resource"), {QStringLiteral("x"), QStringLiteral("y")});
        HclBlock inner(QStringLiteral("blk"));
        inner.set(QStringLiteral("k"), true).set(QStringLiteral("long_name"), false);
        nested.set(QStringLiteral("aa"), 1).add(inner).set(QStringLiteral("b"), 2).add(HclBlock(QStringLiteral("empty")));
        QTest::newRow("nested blocks separate runs")
            << nested
            << QStringLiteral("resource \"x\" \"y\" {\n"
                              "  aa = 1\n"
                              "\n"
                              "  blk {\n"
                              "    k         = true\n"
                              "    long_name = false\n"
                              "  }\n"
                              "\n"
                              "  b = 2\n"
                              "\n"
                              "  empty {\n"
                              "  }\n"
                              "}\n");

        HclBlock call(QStringLiteral("resource"), {QStringLiteral("x"), QStringLiteral("y")});
        call.set(QStringLiteral("policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::list({HclValue::object({
                                                {QStringLiteral("name"), HclValue::string(QStringLiteral("web"))},
                                                {QStringLiteral("portMappings"), HclValue::list({HclValue::object({{QStringLiteral("containerPort"), HclValue::number(qint64(8000))}})})},
                                                {QStringLiteral("essential"), HclValue::boolean(true)},
                                            })})}));
        QTest::newRow("jsonencode nests one level per bracket")
            << call
            << QStringLiteral("resource \"x\" \"y\" {\n"
                              "  policy = jsonencode([\n"
                              "    {\n"
                              "      name = \"web\"\n"
                              "      portMappings = [\n"
                              "        {\n"
                              "          containerPort = 8000\n"
                              "        },\n"
                              "      ]\n"
                              "      essential = true\n"
                              "    },\n"
                              "  ])\n"
                              "}\n");
    }
    void alignment()
    {
        QFETCH(HclBlock, block);
        QFETCH(QString, expected);
        QCOMPARE(block.render(), expected);
    }

    void file()
    {
        HclFile f;
        f.setHeader(QStringLiteral("first\n\nsecond"));
        f.add(HclBlock(QStringLiteral("a")));
        f.add(HclBlock(QStringLiteral("b"), {QStringLiteral("l")}));
        QCOMPARE(f.toUtf8(), QByteArray("# first\n#\n# second\n\na {\n}\n\nb \"l\" {\n}\n"));
    }

    void parts()
    {
        Emitter::Parts p;
        QString error;
        QVERIFY(Emitter::parseParts(QStringLiteral("terraform,docs"), &p, &error));
        QCOMPARE(p, Emitter::Parts(Emitter::Part::Terraform | Emitter::Part::Docs));
        QVERIFY(!Emitter::parseParts(QStringLiteral("terraform,bogus"), &p, &error));
        QCOMPARE(error, QStringLiteral("unknown part 'bogus' (expected terraform, docs, config or diagram)"));
        QVERIFY(!Emitter::parseParts(QString(), &p, &error));
    }

    void referenceFiles()
    {
        const EmittedFiles files = Emitter::emit(reference(), Emitter::Part::Terraform);
        QStringList paths;
        for (const EmittedFile &f : files) {
            paths.append(f.path);
            QCOMPARE(f.language, QStringLiteral("terraform"));
            QVERIFY2(f.content.startsWith("# Generated by Infra Studio"), qPrintable(f.path));
        }
        const QStringList expected = {
            QStringLiteral("terraform/alb.tf"), QStringLiteral("terraform/autoscaling.tf"), QStringLiteral("terraform/backend.s3.tfbackend"), QStringLiteral("terraform/certificates.tf"), QStringLiteral("terraform/cloudfront.tf"),
            QStringLiteral("terraform/database.tf"), QStringLiteral("terraform/ecr.tf"), QStringLiteral("terraform/ecs.tf"), QStringLiteral("terraform/elasticache.tf"),
            QStringLiteral("terraform/logging.tf"), QStringLiteral("terraform/monitoring.tf"), QStringLiteral("terraform/network.tf"), QStringLiteral("terraform/outputs.tf"),
            QStringLiteral("terraform/providers.tf"), QStringLiteral("terraform/rds.tf"), QStringLiteral("terraform/s3.tf"),
            QStringLiteral("terraform/secrets.tf"), QStringLiteral("terraform/security_groups.tf"), QStringLiteral("terraform/variables.tf"),
            QStringLiteral("terraform/versions.tf"),
        };
        QCOMPARE(paths, expected); // sorted, no sqs.tf without an SQS component
    }

    void deterministic()
    {
        const Design d = reference();
        const EmittedFiles a = Emitter::emit(d);
        const EmittedFiles b = Emitter::emit(d);
        QCOMPARE(a, b);
        const Design copy = d;
        QCOMPARE(Emitter::emit(copy), a);
    }

    void versionsAndProviders()
    {
        const Design d = reference();
        const QByteArray versions = terraform(d, "versions.tf");
        QVERIFY(versions.contains("  required_version = \">= 1.11\"\n"));
        // The S3 backend, completed at init by the file the export writes next to it.
        QVERIFY(versions.contains("  backend \"s3\" {\n    # terraform init -backend-config=backend.s3.tfbackend -backend-config=\"bucket=STATE_BUCKET\"\n  }\n"));
        const QByteArray backend = terraform(d, "backend.s3.tfbackend");
        QVERIFY(backend.endsWith("key          = \"myapp/production/terraform.tfstate\"\n"
                                 "region       = \"us-east-1\"\n"
                                 "encrypt      = true\n"
                                 "use_lockfile = true\n"));
        QVERIFY(versions.contains("      source  = \"hashicorp/aws\"\n      version = \"~> 6.0\"\n"));
        QVERIFY(terraform(d, "providers.tf").contains("  region = var.aws_region\n"));
    }

    // Values come from the model: change a parameter, see it in the file.
    void valuesFromModel_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rds max_connections") << "db" << "max_connections" << QVariant(qint64(777)) << "rds.tf" << "    name         = \"max_connections\"\n    value        = \"777\"\n";
        QTest::newRow("rds class") << "db" << "instance_class" << QVariant(QStringLiteral("db.m6g.xlarge")) << "rds.tf" << "instance_class             = \"db.m6g.xlarge\"";
        QTest::newRow("backup retention") << "db" << "backup_retention_days" << QVariant(qint64(14)) << "rds.tf" << "backup_retention_period   = 14";
        QTest::newRow("static ttl") << "cdn" << "static_default_ttl" << QVariant(qint64(1234)) << "cloudfront.tf" << "default_ttl = 1234";
        QTest::newRow("price class") << "cdn" << "price_class" << QVariant(QStringLiteral("PriceClass_All")) << "cloudfront.tf" << "price_class     = \"PriceClass_All\"";
        QTest::newRow("web cpu") << "web" << "cpu" << QVariant(qint64(2048)) << "ecs.tf" << "cpu                      = \"2048\"";
        QTest::newRow("worker concurrency") << "worker-high" << "concurrency" << QVariant(qint64(16)) << "ecs.tf" << "\"-Q\", \"high_priority\", \"-c\", \"16\"";
        QTest::newRow("web max tasks") << "web" << "max_tasks" << QVariant(qint64(33)) << "autoscaling.tf" << "max_capacity       = 33";
        QTest::newRow("cpu target") << "web" << "cpu_target" << QVariant(55.0) << "autoscaling.tf" << "target_value       = 55";
        QTest::newRow("redis policy") << "redis" << "maxmemory_policy" << QVariant(QStringLiteral("allkeys-lfu")) << "elasticache.tf" << "value = \"allkeys-lfu\"";
        QTest::newRow("redis replicas") << "redis" << "replicas" << QVariant(qint64(2)) << "elasticache.tf" << "num_cache_clusters         = 3";
        QTest::newRow("bucket glacier") << "backups" << "transition_glacier_days" << QVariant(qint64(45)) << "s3.tf" << "days          = 45\n      storage_class = \"GLACIER_IR\"";
        QTest::newRow("ecr keep") << "ecr" << "keep_images" << QVariant(qint64(12)) << "ecr.tf" << "countNumber = 12";
        QTest::newRow("log retention") << "logs" << "log_retention_days" << QVariant(qint64(90)) << "ecs.tf" << "retention_in_days = 90";
        QTest::newRow("health check") << "alb" << "health_check_path" << QVariant(QStringLiteral("/ping/")) << "alb.tf" << "path                = \"/ping/\"";
    }
    void valuesFromModel()
    {
        QFETCH(QString, component);
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        Design d = reference();
        const QByteArray before = terraform(d, file.toUtf8().constData());
        QVERIFY2(!before.contains(expected.toUtf8()), "the expected text must not be there before the change");
        const Mutation m = d.setParameter(component, key, value);
        QVERIFY2(m.ok, qPrintable(m.error));
        const QByteArray after = terraform(d, file.toUtf8().constData());
        QVERIFY2(after.contains(expected.toUtf8()), after.constData());
    }

    void poolCalculationDrivesMaxConnections()
    {
        Design d = reference();
        QVERIFY(d.setParameter(QStringLiteral("db"), QStringLiteral("max_connections"), qint64(0)).ok);
        const DerivedModel derived = DerivedModel::derive(d);
        const int expected = derived.pools().maxConnectionsSetting;
        QVERIFY(expected > 0);
        const QByteArray rds = file(Emitter::emit(d, derived, Emitter::Part::Terraform), QStringLiteral("terraform/rds.tf"));
        QVERIFY(rds.contains(QStringLiteral("    name         = \"max_connections\"\n    value        = \"%1\"\n").arg(expected).toUtf8()));
        // work_mem: a quarter of db.r6g.large's 16 GiB (16 × 1024 × 1024 kB) over the connections.
        const qint64 workMem = std::max<qint64>(4096, qint64(16.0 * 1024 * 1024 * 0.25 / expected));
        QVERIFY(rds.contains(QStringLiteral("name         = \"work_mem\"\n    value        = \"%1\"").arg(workMem).toUtf8()));
    }

    // One task role per service with only what its derived connections need; none for
    // pgBouncer; execution roles read only their own service's secrets; ECS Exec off unless
    // a service asks for it, and then encrypted and logged.
    void rolesPerService()
    {
        Design d = reference();
        const QString ecs = QString::fromUtf8(terraform(d, "ecs.tf"));
        QVERIFY(!ecs.contains(QLatin1String("resource \"aws_iam_role\" \"task\"")));
        QVERIFY(ecs.contains(QLatin1String("resource \"aws_iam_role\" \"web_task\"")));
        QVERIFY(ecs.contains(QLatin1String("resource \"aws_iam_role\" \"pgbouncer_execution\"")));
        QVERIFY(!ecs.contains(QLatin1String("resource \"aws_iam_role\" \"pgbouncer_task\"")));
        const auto block = [&](const QString &header) {
            const qsizetype at = ecs.indexOf(header);
            return at < 0 ? QString() : ecs.mid(at, ecs.indexOf(QLatin1String("\n}\n"), at) - at);
        };
        // The web tasks write static and media, never the backups bucket.
        const QString web = block(QStringLiteral("resource \"aws_iam_role_policy\" \"web_task\""));
        QVERIFY(web.contains(QLatin1String("aws_s3_bucket.media.arn")));
        QVERIFY(!web.contains(QLatin1String("aws_s3_bucket.backups")));
        QVERIFY(!web.contains(QLatin1String("ssmmessages")));        // ECS Exec is off
        QVERIFY(!web.contains(QLatin1String("cloudwatch:PutMetricData")));
        // Workers put backups but cannot delete them; they publish the queue metric.
        const QString worker = block(QStringLiteral("resource \"aws_iam_role_policy\" \"worker_default_task\""));
        QVERIFY(worker.contains(QLatin1String("\"${aws_s3_bucket.backups.arn}/*\"")));
        QVERIFY(worker.contains(QLatin1String("cloudwatch:PutMetricData")));
        // pgBouncer's execution role reads only its auth user's secret (auth_query, issue 13):
        // never the master secret, never the app's or the application secrets.
        const QString pgb = block(QStringLiteral("resource \"aws_iam_role_policy\" \"pgbouncer_execution_secrets\""));
        QVERIFY(pgb.contains(QLatin1String("aws_secretsmanager_secret.database_pgbouncer_auth.arn")));
        QVERIFY(!pgb.contains(QLatin1String("master_user_secret")));
        QVERIFY(!pgb.contains(QLatin1String("aws_secretsmanager_secret.database_app")));
        QVERIFY(!pgb.contains(QLatin1String("django_secret_key")));
        QVERIFY(ecs.contains(QLatin1String("enable_execute_command = false")) || ecs.contains(QLatin1String("enable_execute_command             = false")));
        QVERIFY(!ecs.contains(QLatin1String("enable_execute_command = true")));
        QVERIFY(!ecs.contains(QLatin1String("aws_kms_key")));

        QVERIFY(d.setParameter(QStringLiteral("web"), QStringLiteral("ecs_exec"), true).ok);
        const QString withExec = QString::fromUtf8(terraform(d, "ecs.tf"));
        QVERIFY(withExec.contains(QLatin1String("execute_command_configuration {")));
        QVERIFY(withExec.contains(QLatin1String("resource \"aws_kms_key\" \"ecs_exec\"")));
        QVERIFY(withExec.contains(QLatin1String("logging    = \"OVERRIDE\"")) || withExec.contains(QLatin1String("logging = \"OVERRIDE\"")));
        QVERIFY(withExec.contains(QLatin1String("ssmmessages:CreateControlChannel")));
    }

    void securityGroupRulesOnePerRule()
    {
        const Design d = reference();
        const DerivedModel derived = DerivedModel::derive(d);
        int expected = 0;
        QStringList descriptions;
        for (const SecurityGroup &g : derived.securityGroups()) {
            for (const SecurityGroupRule &r : g.rules) {
                expected += int(r.cidrBlocks.size() + r.ipv6CidrBlocks.size() + (r.peerGroup.isEmpty() ? 0 : 1) + (r.prefixList.isEmpty() ? 0 : 1));
                descriptions.append(r.description);
            }
        }
        QVERIFY(expected > 10);
        const QString sg = QString::fromUtf8(file(Emitter::emit(d, derived, Emitter::Part::Terraform), QStringLiteral("terraform/security_groups.tf")));
        const int found = int(sg.count(QStringLiteral("resource \"aws_vpc_security_group_ingress_rule\""))
                              + sg.count(QStringLiteral("resource \"aws_vpc_security_group_egress_rule\"")));
        QCOMPARE(found, expected);
        QCOMPARE(int(sg.count(QStringLiteral("resource \"aws_security_group\""))), int(derived.securityGroups().size()));
        for (const QString &description : descriptions)
            QVERIFY2(sg.contains(QRegularExpression(QStringLiteral("\n  description +=  ?\"") + QRegularExpression::escape(TerraformContext::awsText(description)) + QStringLiteral("\"\n"))),
                     qPrintable(description));
    }

    // No secret value in a file or in the state: generated values come from ephemeral resources
    // (or random_password where the consumer has no write-only argument) and supplied ones
    // from ephemeral variables, all written with write-only arguments.
    void noSecretLiterals()
    {
        Design d = reference();
        const QByteArray variables = terraform(d, "variables.tf");
        QVERIFY(!variables.contains("variable \"django_secret_key\""));
        QVERIFY(!variables.contains("variable \"redis_auth_token\""));
        QVERIFY(!variables.contains("variable \"secret_values_version\"")); // nothing to supply
        const QByteArray secrets = terraform(d, "secrets.tf");
        QVERIFY(secrets.contains("ephemeral \"aws_secretsmanager_random_password\" \"django_secret_key\" {\n"));
        QVERIFY(secrets.contains("  secret_string_wo         = ephemeral.aws_secretsmanager_random_password.django_secret_key.random_password\n"
                                 "  secret_string_wo_version = 1\n"));
        QVERIFY(secrets.contains("  secret_string_wo         = random_password.redis_auth_token.result\n"
                                 "  secret_string_wo_version = var.redis_auth_token_version\n"));
        QVERIFY(terraform(d, "elasticache.tf").contains("auth_token                 = random_password.redis_auth_token.result\n"));
        const QByteArray roles = terraform(d, "database.tf");
        QCOMPARE(int(roles.count("ephemeral \"aws_secretsmanager_random_password\"")), 2);
        QVERIFY(roles.contains("    password = ephemeral.aws_secretsmanager_random_password.database_app.random_password\n"));
        QVERIFY(terraform(d, "rds.tf").contains("manage_master_user_password = true"));
        QVERIFY(terraform(d, "versions.tf").contains("  required_version = \">= 1.11\"\n")); // write-only arguments
        for (const EmittedFile &f : Emitter::emit(d, Emitter::Part::Terraform)) {
            const QString text = QString::fromUtf8(f.content);
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\s(password|master_password) += *\""))), qPrintable(f.path));
            QVERIFY2(!f.content.contains("auth_token = \""), qPrintable(f.path));
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\ssecret_string +="))), qPrintable(f.path));
            QVERIFY2(!f.content.contains("data \"aws_secretsmanager_random_password\""), qPrintable(f.path));
        }

        // A secret the team supplies: an ephemeral variable without default, written when
        // secret_values_version changes.
        QVERIFY(d.setParameter(QStringLiteral("secrets"), QStringLiteral("secrets"),
                               QStringList{QStringLiteral("django-secret-key"), QStringLiteral("redis-auth-token"), QStringLiteral("stripe-api-key")}).ok);
        const QString supplied = QString::fromUtf8(terraform(d, "variables.tf"));
        const QRegularExpression block(QStringLiteral("variable \"stripe_api_key\" \\{([^}]*)\\}"));
        const auto m = block.match(supplied);
        QVERIFY2(m.hasMatch(), qPrintable(supplied));
        QVERIFY(m.captured(1).contains(QStringLiteral("  sensitive   = true\n  ephemeral   = true\n")));
        QVERIFY(!m.captured(1).contains(QStringLiteral("default")));
        QVERIFY(supplied.contains(QStringLiteral("variable \"secret_values_version\"")));
        QVERIFY(terraform(d, "secrets.tf").contains("  secret_string_wo         = var.stripe_api_key\n"
                                                    "  secret_string_wo_version = var.secret_values_version\n"));

        // The listing names redis-auth-token, but no Redis uses AUTH (MemoryDB logs in with ACL
        // users): no secret, no variable to supply, nothing in the tasks' environment.
        QVERIFY(d.removeComponents({QStringLiteral("redis")}).ok);
        Component store = Component::make(ComponentKind::MemoryDb, QStringLiteral("store"));
        store.params.insert(QStringLiteral("roles"), QStringList{QStringLiteral("cache"), QStringLiteral("sessions"), QStringLiteral("broker"), QStringLiteral("results")});
        QVERIFY(d.addComponent(store).ok);
        for (const char *file : {"variables.tf", "secrets.tf", "ecs.tf"})
            QVERIFY2(!terraform(d, file).contains("redis_auth_token"), file);
        QVERIFY(terraform(d, "variables.tf").contains("variable \"stripe_api_key\""));
    }

    void networkModes()
    {
        Design d = reference();
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("az_count"), qint64(3)).ok);
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(1)).ok);
        QByteArray network = terraform(d, "network.tf");
        QVERIFY(network.contains("resource \"aws_vpc\" \"main\""));
        QVERIFY(network.contains("  count = 1\n"));                                 // one NAT gateway
        QVERIFY(network.contains("nat_gateway_id = aws_nat_gateway.main[count.index % length(aws_nat_gateway.main)].id"));
        // One gateway per AZ follows var.az_count, like the subnets: no literal that an
        // override of the variable could contradict.
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(3)).ok);
        const QByteArray perZone = terraform(d, "network.tf");
        QCOMPARE(perZone.count("resource \"aws_nat_gateway\""), 1);
        QVERIFY(!perZone.contains("  count = 3\n"));
        QVERIFY(perZone.contains("resource \"aws_nat_gateway\" \"main\" {\n  count = var.az_count\n"));
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(2)).ok);
        QVERIFY(terraform(d, "network.tf").contains("resource \"aws_nat_gateway\" \"main\" {\n  count = min(2, var.az_count)\n"));
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(1)).ok);
        QVERIFY(terraform(d, "variables.tf").contains("  default     = 3\n"));      // az_count

        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(0)).ok);
        QVERIFY(!terraform(d, "network.tf").contains("aws_nat_gateway"));
        QVERIFY(terraform(d, "ecs.tf").contains("assign_public_ip = true"));

        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("mode"), QStringLiteral("existing_vpc")).ok);
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("existing_vpc_id"), QStringLiteral("vpc-0abc")).ok);
        network = terraform(d, "network.tf");
        QVERIFY(!network.contains("aws_vpc\""));
        QVERIFY(network.contains("  vpc_id             = var.existing_vpc_id\n"));
        QVERIFY(terraform(d, "variables.tf").contains("default     = \"vpc-0abc\""));
        QVERIFY(terraform(d, "ecs.tf").contains("assign_public_ip = false"));
        // An existing VPC is its owner's to log: no second set of flow logs unless asked for,
        // and the Terraform README says so.
        QVERIFY(!terraform(d, "logging.tf").contains("flow_log"));
        const QByteArray readme = file(Emitter::emit(d, Emitter::Part::Docs), QStringLiteral("docs/terraform/README.md"));
        QVERIFY(readme.contains("| VPC flow logs | not created: the existing VPC is its owner's"));
        // The README names every variable of the existing network, and the security groups the
        // first apply creates in it.
        for (const char *v : {"existing_vpc_id", "existing_public_subnet_ids", "existing_private_subnet_ids"}) {
            QVERIFY2(readme.contains(QByteArray(QByteArray("| `") + v + "` |")), v);
            QVERIFY2(terraform(d, "variables.tf").contains(QByteArray(QByteArray("variable \"") + v + "\"")), v);
        }
        QVERIFY(readme.contains("1. the security groups, in the existing VPC `vpc-0abc`"));
        QVERIFY(!readme.contains("NAT gateways and routes"));
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("existing_vpc_flow_logs"), true).ok);
        QVERIFY(terraform(d, "logging.tf").contains("resource \"aws_flow_log\" \"vpc\" {\n  vpc_id                   = local.vpc_id\n"));
    }

    // The audit trail (issue 14 item 15): access logs of the load balancer and CloudFront in
    // one bucket ELB and CloudFront can write to, flow logs and RDS exports in CloudWatch Logs,
    // each kept for the design's retention; VPC endpoints only when the design asks for them.
    void auditTrailAndEndpoints()
    {
        Design d = reference();
        QVERIFY(d.setParameter(QStringLiteral("logs"), QStringLiteral("flow_log_retention_days"), qint64(365)).ok);
        QVERIFY(d.setParameter(QStringLiteral("logs"), QStringLiteral("access_log_retention_days"), qint64(400)).ok);
        const QByteArray logging = terraform(d, "logging.tf");
        QVERIFY(logging.contains("resource \"aws_s3_bucket\" \"access_logs\" {\n"
                                 "  bucket = \"${local.name_prefix}-access-logs-${data.aws_caller_identity.current.account_id}\"\n"));
        QVERIFY(logging.contains("    object_ownership = \"BucketOwnerPreferred\"\n")); // CloudFront writes with ACLs
        QVERIFY(logging.contains("      sse_algorithm = \"AES256\"\n"));                // ELB: SSE-S3 only
        QVERIFY(logging.contains("    expiration {\n      days = 400\n    }\n"));
        QVERIFY(logging.contains("          AWS = data.aws_elb_service_account.main.arn\n")); // us-east-1 predates August 2022
        QVERIFY(logging.contains("resource \"aws_flow_log\" \"vpc\" {\n  vpc_id                   = local.vpc_id\n  traffic_type             = \"ALL\"\n"));
        QVERIFY(logging.contains("  name              = \"/vpc/${local.name_prefix}/flow-logs\"\n  retention_in_days = 365\n"));
        QVERIFY(logging.contains("          Service = \"vpc-flow-logs.amazonaws.com\"\n"));
        const QByteArray alb = terraform(d, "alb.tf");
        QVERIFY(alb.contains("  access_logs {\n    bucket  = aws_s3_bucket.access_logs.id\n    prefix  = \"alb\"\n    enabled = true\n  }\n"));
        QVERIFY(alb.contains("  depends_on = [aws_s3_bucket_policy.access_logs]\n"));
        QVERIFY(terraform(d, "cloudfront.tf").contains("  logging_config {\n    bucket          = aws_s3_bucket.access_logs.bucket_domain_name\n"));
        const QByteArray rds = terraform(d, "rds.tf");
        QVERIFY(rds.contains("resource \"aws_cloudwatch_log_group\" \"db_postgresql\" {\n"
                             "  name              = \"/aws/rds/instance/${local.name_prefix}-db/postgresql\"\n  retention_in_days = 30\n"));
        QVERIFY(rds.contains("  enabled_cloudwatch_logs_exports = [\"postgresql\", \"upgrade\"]\n"));
        QVERIFY(rds.contains("  depends_on = [aws_cloudwatch_log_group.db_postgresql, aws_cloudwatch_log_group.db_upgrade]\n"));

        // Endpoints: off by default; on, the S3 gateway and four interface endpoints.
        QVERIFY(!terraform(d, "network.tf").contains("aws_vpc_endpoint"));
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("vpc_endpoints"), true).ok);
        const QByteArray network = terraform(d, "network.tf");
        QCOMPARE(network.count("resource \"aws_vpc_endpoint\""), 5);
        QVERIFY(network.contains("  service_name      = \"com.amazonaws.${var.aws_region}.s3\"\n  vpc_endpoint_type = \"Gateway\"\n"));
        for (const char *service : {"ecr.api", "ecr.dkr", "logs", "secretsmanager"})
            QVERIFY2(network.contains(QByteArray(QByteArray("  service_name        = \"com.amazonaws.${var.aws_region}.") + service
                                                 + "\"\n  vpc_endpoint_type   = \"Interface\"\n")), service);
        QVERIFY(network.contains("  private_dns_enabled = true\n"));

        // A region opened after August 2022 has no ELB account: the service principal instead.
        QVERIFY(d.setSectionValue(Section::Settings, QStringLiteral("region"), QStringLiteral("ap-southeast-4")).ok);
        const QByteArray later = terraform(d, "logging.tf");
        QVERIFY(!later.contains("aws_elb_service_account"));
        QVERIFY(later.contains("          Service = \"logdelivery.elasticloadbalancing.amazonaws.com\"\n"));
    }

    // Read replicas export their PostgreSQL and upgrade logs like the primary, each into log
    // groups of its own that the module creates first with the design's retention.
    void readReplicasExportTheirLogs()
    {
        Design d = reference();
        QVERIFY(d.setParameter(QStringLiteral("db"), QStringLiteral("read_replicas"), qint64(2)).ok);
        QVERIFY(d.setParameter(QStringLiteral("logs"), QStringLiteral("database_log_retention_days"), qint64(90)).ok);
        const QByteArray rds = terraform(d, "rds.tf");
        for (const char *type : {"postgresql", "upgrade"})
            QVERIFY2(rds.contains(QByteArray(QByteArray("resource \"aws_cloudwatch_log_group\" \"db_replica_") + type + "\" {\n"
                                             "  count = 2\n\n"
                                             "  name              = \"/aws/rds/instance/${local.name_prefix}-db-replica-${count.index + 1}/" + type + "\"\n"
                                             "  retention_in_days = 90\n")), type);
        const qsizetype replica = rds.indexOf("resource \"aws_db_instance\" \"db_replica\"");
        QVERIFY(replica > 0);
        const QByteArray block = rds.mid(replica, rds.indexOf("\n}\n", replica) + 1 - replica);
        QVERIFY(block.contains("  enabled_cloudwatch_logs_exports = [\"postgresql\", \"upgrade\"]\n"));
        QVERIFY(block.contains("  depends_on = [aws_cloudwatch_log_group.db_replica_postgresql, aws_cloudwatch_log_group.db_replica_upgrade]\n"));
        // The rds-log-groups rule finds each replica's groups declared and created first.
        QCOMPARE(AwsConstraints::errorCount(AwsConstraints::check(TerraformEmitter::module(d, DerivedModel::derive(d)))), 0);
        // They grow their storage as the primary does (the reference: up to 1,000 GB).
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  max_allocated_storage\\s*= 1000\\n")).match(QString::fromUtf8(block)).hasMatch(), block.constData());
        // Each has a lag and a free-storage alarm, and the estimate prices them.
        const QByteArray monitoring = terraform(d, "monitoring.tf");
        for (const char *alarm : {"db_replica_lag", "db_replica_storage_low"}) {
            const qsizetype at = monitoring.indexOf(QByteArray(QByteArray("resource \"aws_cloudwatch_metric_alarm\" \"") + alarm + "\" {\n  count = 2\n"));
            QVERIFY2(at >= 0, alarm);
            const QByteArray a = monitoring.mid(at, monitoring.indexOf("\n}\n", at) + 1 - at);
            QVERIFY2(a.contains("DBInstanceIdentifier = aws_db_instance.db_replica[count.index].identifier"), a.constData());
        }
        QVERIFY(monitoring.contains("  metric_name         = \"ReplicaLag\"\n"));
        const TerraformModule m = TerraformEmitter::module(d, DerivedModel::derive(d));
        int declared = m.instanceCount(QStringLiteral("aws_cloudwatch_metric_alarm"));
        QCOMPARE(CostEngine::alarmCount(d), declared);
        QCOMPARE(CostEngine::alarmCount(d), CostEngine::alarmCount(reference()) + 4);
        // Their endpoints are an output (the reference, without replicas, has none).
        QVERIFY(terraform(d, "outputs.tf").contains("output \"db_replica_endpoints\" {\n"));
        QVERIFY(terraform(d, "outputs.tf").contains("  value       = aws_db_instance.db_replica[*].endpoint\n"));
        QVERIFY(!terraform(reference(), "outputs.tf").contains("db_replica_endpoints"));
    }

    // The optional WAF web ACL (issue 14 item 3): off by default; on CloudFront (CLOUDFRONT,
    // us-east-1) when it fronts the load balancer, else REGIONAL on the load balancer.
    void wafWebAcl()
    {
        Design d = reference();
        QVERIFY(terraform(d, "waf.tf").isEmpty());
        QVERIFY(!terraform(d, "cloudfront.tf").contains("web_acl_id"));
        QVERIFY(d.setParameter(QStringLiteral("alb"), QStringLiteral("waf"), true).ok);
        const QByteArray waf = terraform(d, "waf.tf");
        QVERIFY(waf.contains("resource \"aws_wafv2_web_acl\" \"main\" {\n  provider    = aws.us_east_1\n"));
        QVERIFY(waf.contains("  scope       = \"CLOUDFRONT\"\n"));
        for (const char *group : {"AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet"})
            QVERIFY2(waf.contains(QByteArray(QByteArray("        name        = \"") + group + "\"\n        vendor_name = \"AWS\"\n")), group);
        QVERIFY(!waf.contains("aws_wafv2_web_acl_association"));
        QVERIFY(terraform(d, "cloudfront.tf").contains("  web_acl_id = aws_wafv2_web_acl.main.arn\n"));
        // Without CloudFront: REGIONAL, associated with the load balancer.
        QVERIFY(d.removeComponents({QStringLiteral("cdn")}).ok);
        const QByteArray regional = terraform(d, "waf.tf");
        QVERIFY(!regional.contains("provider"));
        QVERIFY(regional.contains("  scope       = \"REGIONAL\"\n"));
        QVERIFY(regional.contains("resource \"aws_wafv2_web_acl_association\" \"main\" {\n  resource_arn = aws_lb.alb.arn\n"));
    }

    // One zone (a non-production design): tasks, NAT and private routes in var.az_count zones,
    // subnets in at least two because a load balancer and an RDS subnet group need two.
    void oneAvailabilityZone()
    {
        Design d = reference();
        QVERIFY(d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("staging")).ok);
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("az_count"), qint64(1)).ok);
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(1)).ok);
        const QByteArray network = terraform(d, "network.tf");
        QVERIFY(network.contains("  subnet_zones       = max(var.az_count, 2)\n"));
        QVERIFY(network.contains("  azs                = slice(data.aws_availability_zones.available.names, 0, local.subnet_zones)\n"));
        QVERIFY(network.contains("  task_subnet_ids    = slice(aws_subnet.private[*].id, 0, var.az_count)\n"));
        QVERIFY(network.contains("resource \"aws_subnet\" \"public\" {\n  count = local.subnet_zones\n"));
        QVERIFY(network.contains("resource \"aws_subnet\" \"private\" {\n  count = local.subnet_zones\n"));
        QVERIFY(network.contains("cidr_block        = cidrsubnet(var.vpc_cidr, 8, count.index + local.subnet_zones)\n"));
        QVERIFY(network.contains("resource \"aws_route_table\" \"private\" {\n  count = var.az_count\n"));
        QVERIFY(network.contains("  route_table_id = aws_route_table.private[count.index % var.az_count].id\n"));
        QVERIFY(network.contains("resource \"aws_nat_gateway\" \"main\" {\n  count = 1\n"));
        QVERIFY(terraform(d, "ecs.tf").contains("subnets          = local.task_subnet_ids\n"));
        QVERIFY(terraform(d, "alb.tf").contains("subnets                    = local.public_subnet_ids\n"));
        QVERIFY(terraform(d, "rds.tf").contains("subnet_ids = local.private_subnet_ids\n"));
        QVERIFY(terraform(d, "variables.tf").contains("  default     = 1\n")); // az_count
    }

    // ECS creates a service only for a target group a listener or rule already forwards to (the
    // error "The target group ... does not have an associated load balancer"). Behind CloudFront
    // the HTTPS listener answers 403 by default and the header rule forwards: the service waits for it.
    void webServiceWaitsForWhatAttachesItsTargetGroup()
    {
        Design d = reference();
        QByteArray ecs = terraform(d, "ecs.tf");
        QVERIFY(terraform(d, "alb.tf").contains("resource \"aws_lb_listener_rule\" \"from_cloudfront\" {\n"));
        QVERIFY(ecs.contains("  depends_on = [aws_lb_listener.https, aws_lb_listener_rule.from_cloudfront]\n}\n"));
        QVERIFY(d.removeComponents({QStringLiteral("cdn")}).ok); // the listener forwards by default
        ecs = terraform(d, "ecs.tf");
        QVERIFY(terraform(d, "alb.tf").contains("    type             = \"forward\"\n"));
        QVERIFY(ecs.contains("  depends_on = [aws_lb_listener.https]\n}\n"));
        QVERIFY(!ecs.contains("from_cloudfront"));
    }

    // A second web service (ecs_web path_patterns): its listener rule forwards its paths and comes
    // before CloudFront's catch-all rule (the lowest priority number is evaluated first; every
    // condition of a rule must match), and its ECS service waits for that rule. Without patterns
    // it is left out of the load balancer (finding web-unrouted): ECS refuses a target group no
    // listener or rule forwards to.
    void secondWebServiceGetsAPathRule()
    {
        Design d = reference();
        Component api = Component::make(ComponentKind::EcsWeb, QStringLiteral("web-api"));
        api.params.insert(QStringLiteral("path_patterns"), QStringList{QStringLiteral("/api/*"), QStringLiteral("/internal/*")});
        QVERIFY(d.addComponent(api).ok);
        QByteArray alb = terraform(d, "alb.tf");
        QVERIFY2(alb.contains("resource \"aws_lb_listener_rule\" \"web_api\" {\n"
                              "  listener_arn = aws_lb_listener.https.arn\n"
                              "  priority     = 1\n"
                              "\n"
                              "  action {\n"
                              "    type             = \"forward\"\n"
                              "    target_group_arn = aws_lb_target_group.web_api.arn\n"
                              "  }\n"
                              "\n"
                              "  condition {\n"
                              "    path_pattern {\n"
                              "      values = [\"/api/*\", \"/internal/*\"]\n"
                              "    }\n"
                              "  }\n"
                              "\n"
                              "  condition {\n"
                              "    http_header {\n"
                              "      http_header_name = \"X-Origin-Verify\"\n"),
                 alb.constData());
        QVERIFY(alb.contains("resource \"aws_lb_listener_rule\" \"from_cloudfront\" {\n"
                             "  listener_arn = aws_lb_listener.https.arn\n"
                             "  priority     = 2\n"));
        QByteArray ecs = terraform(d, "ecs.tf");
        QVERIFY(ecs.contains("    target_group_arn = aws_lb_target_group.web_api.arn\n"));
        QVERIFY(ecs.contains("  depends_on = [aws_lb_listener.https, aws_lb_listener_rule.web_api]\n}\n"));
        QVERIFY(ecs.contains("  depends_on = [aws_lb_listener.https, aws_lb_listener_rule.from_cloudfront]\n}\n"));

        // Without CloudFront the listener's default action serves the default web service and the
        // path rule has the path condition only.
        Design direct = d;
        QVERIFY(direct.removeComponents({QStringLiteral("cdn")}).ok);
        alb = terraform(direct, "alb.tf");
        QVERIFY(alb.contains("      values = [\"/api/*\", \"/internal/*\"]\n    }\n  }\n}\n"));
        QVERIFY(!alb.contains("from_cloudfront"));
        QVERIFY(alb.contains("    target_group_arn = aws_lb_target_group.web.arn\n"));

        // Unrouted: no rule, no load_balancer block, no wait on a rule.
        QVERIFY(d.removeComponents({QStringLiteral("web-api")}).ok);
        QVERIFY(d.addComponent(Component::make(ComponentKind::EcsWeb, QStringLiteral("web-api"))).ok);
        QVERIFY(!terraform(d, "alb.tf").contains("aws_lb_listener_rule\" \"web_api\""));
        ecs = terraform(d, "ecs.tf");
        QVERIFY(!ecs.contains("aws_lb_target_group.web_api.arn"));
        QVERIFY(ecs.contains("  depends_on = [aws_lb_listener.https, aws_lb_listener_rule.from_cloudfront]\n}\n"));
        QCOMPARE(ecs.count("depends_on = [aws_lb_listener.https"), 1);
    }

    // BROKER_KIND says which broker the settings use: MemoryDB is not "redis", SQS is "sqs".
    void brokerKindNamesTheBroker()
    {
        Design d = reference();
        QVERIFY(terraform(d, "ecs.tf").contains("\"BROKER_KIND\""));
        QVERIFY(terraform(d, "ecs.tf").contains("\"redis\""));
        Component queues = Component::make(ComponentKind::Sqs, QStringLiteral("queues"));
        queues.params.insert(QStringLiteral("broker"), true);
        queues.params.insert(QStringLiteral("visibility_timeout"), qint64(7200));
        Component events = Component::make(ComponentKind::Sqs, QStringLiteral("events"));
        events.params.insert(QStringLiteral("visibility_timeout"), qint64(30));
        events.params.insert(QStringLiteral("broker"), false); // the schema's default is true
        QVERIFY(d.addComponent(events).ok); // first, not the broker
        QVERIFY(d.addComponent(queues).ok);
        const QByteArray ecs = terraform(d, "ecs.tf");
        const qsizetype at = ecs.indexOf("\"BROKER_KIND\"");
        QVERIFY(at >= 0);
        QVERIFY(ecs.mid(at, 80).contains("\"sqs\""));
        // The queues take the broker's visibility timeout, which the Celery settings use too.
        const QByteArray sqs = terraform(d, "sqs.tf");
        QVERIFY2(sqs.contains("visibility_timeout_seconds = 7200\n"), sqs.constData());
        QVERIFY(!sqs.contains("visibility_timeout_seconds = 30\n"));
    }

    void optionalFilesFollowComponents()
    {
        Design d = reference();
        QVERIFY(d.removeComponents({QStringLiteral("cdn"), QStringLiteral("redis"), QStringLiteral("logs")}).ok);
        QVERIFY(terraform(d, "cloudfront.tf").isEmpty());
        QVERIFY(terraform(d, "elasticache.tf").isEmpty());
        QVERIFY(terraform(d, "monitoring.tf").isEmpty());
        QVERIFY(!terraform(d, "ecs.tf").contains("REDIS_HOST"));
        QVERIFY(d.addComponent(Component::make(ComponentKind::Sqs, QStringLiteral("queues"))).ok);
        const QByteArray sqs = terraform(d, "sqs.tf");
        for (const char *q : {"high_priority", "default", "long_running", "scheduled"})
            QVERIFY(sqs.contains(QByteArray(QByteArray("resource \"aws_sqs_queue\" \"") + q + "\"")));
        QVERIFY(terraform(d, "autoscaling.tf").contains("namespace   = \"AWS/SQS\""));
    }
};

QTEST_GUILESS_MAIN(TestEmit)
#include "tst_emit.moc"
