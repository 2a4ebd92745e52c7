// The eventbridge_scheduler kind (issue 17): schedule entries and their expressions,
// constraints, connections to the targets, findings, cost lines worked out by hand from the
// catalog (us-east-1) and the Terraform (least-privilege role, one schedule per entry).
#include "cost/costengine.h"
#include "derive/derivedmodel.h"
#include "derivefixtures.h"
#include "emit/awsconstraints.h"
#include "emit/emitter.h"
#include "emit/terraformemitter.h"
#include "model/designconstraints.h"
#include "model/schedule.h"

#include <QRegularExpression>
#include <QTest>

using namespace Infra;
using namespace Infra::Fixtures;

#define COMPARE_USD(actual, expected)                                                                      \
    do {                                                                                                   \
        const double a_ = (actual), e_ = (expected);                                                       \
        QVERIFY2(qAbs(a_ - e_) < 0.005, qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg(a_, 0, 'f', 4).arg(e_, 0, 'f', 4))); \
    } while (false)

namespace {

// A worker, an SQS broker and a scheduler with the given schedules.
Design schedulerDesign(const QVariantMap &schedules, bool sqs = true)
{
    using K = ComponentKind;
    Design d = designWithoutNat();
    add(d, component(K::EcsWorker, "worker", {{"queues", list({"default", "reports"})}}));
    if (sqs)
        add(d, component(K::Sqs, "queues"));
    Component s = component(K::EventBridgeScheduler, "schedules");
    s.params[QStringLiteral("schedules")] = schedules;
    add(d, s);
    return d;
}

QVariantMap entries(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QVariantMap m;
    for (const auto &[k, v] : items)
        m.insert(QString::fromLatin1(k), QString::fromUtf8(v));
    return m;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameters()
    {
        QCOMPARE(kindName(ComponentKind::EventBridgeScheduler), QStringLiteral("eventbridge_scheduler"));
        const ParamSchema &s = kindSchema(ComponentKind::EventBridgeScheduler);
        QCOMPARE(s.find(QStringLiteral("schedules"))->type, ParamType::StringMap);
        QCOMPARE(s.find(QStringLiteral("timezone"))->defaultValue.toString(), QStringLiteral("UTC"));
        QCOMPARE(s.find(QStringLiteral("task_minutes"))->unit, QStringLiteral("min"));
        QCOMPARE(s.find(QStringLiteral("retry_attempts"))->maximum, 185.0);
    }

    void expressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("perMonth"); // 730 h
        QTest::newRow("rate minutes") << QStringLiteral("rate(5 minutes)") << true << 730.0 * 60 / 5;   // 8,760
        QTest::newRow("rate 1 hour") << QStringLiteral("rate(1 hour)") << true << 730.0;
        QTest::newRow("rate 1 hours") << QStringLiteral("rate(1 hours)") << false << 0.0;               // singular with 1
        QTest::newRow("rate 2 day") << QStringLiteral("rate(2 day)") << false << 0.0;
        QTest::newRow("rate 0") << QStringLiteral("rate(0 minutes)") << false << 0.0;
        QTest::newRow("daily") << QStringLiteral("cron(0 3 * * ? *)") << true << 730.0 / 24;            // 30.42 days
        QTest::newRow("weekdays every 15 min") << QStringLiteral("cron(0/15 * ? * MON-FRI *)") << true << 4 * 24 * (730.0 / 24 * 5 / 7);
        QTest::newRow("first of month") << QStringLiteral("cron(30 1 1 * ? *)") << true << 1.0;
        QTest::newRow("both days") << QStringLiteral("cron(0 3 * * * *)") << false << 0.0;              // one must be ?
        QTest::newRow("five fields") << QStringLiteral("cron(0 3 * * ?)") << false << 0.0;
        QTest::newRow("at") << QStringLiteral("at(2026-12-24T18:00:00)") << false << 0.0;
    }

    void expressions()
    {
        QFETCH(QString, expression);
        QFETCH(bool, valid);
        QFETCH(double, perMonth);
        QCOMPARE(checkScheduleExpression(expression).isEmpty(), valid);
        QVERIFY2(qAbs(scheduleInvocationsPerMonth(expression) - perMonth) < 1e-6,
                 qPrintable(QString::number(scheduleInvocationsPerMonth(expression), 'f', 4)));
    }

    void entriesAndConstraints()
    {
        QString error;
        const auto e = parseScheduleEntry(QStringLiteral("clear-sessions"), QStringLiteral("cron(0 3 * * ? *) -> worker: python manage.py clearsessions"), &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->target, QStringLiteral("worker"));
        QCOMPARE(e->command, QStringLiteral("python manage.py clearsessions"));
        const auto q = parseScheduleEntry(QStringLiteral("nightly"), QStringLiteral("rate(1 day) -> queues/reports: {\"report\": \"daily\"}"), &error);
        QVERIFY2(q, qPrintable(error));
        QCOMPARE(q->queue, QStringLiteral("reports"));
        QVERIFY(!parseScheduleEntry(QStringLiteral("no command"), QStringLiteral("rate(1 day) -> worker"), &error)); // name and command
        QVERIFY(!parseScheduleEntry(QStringLiteral("x"), QStringLiteral("rate(1 day) -> worker"), &error));
        QVERIFY(error.contains(QStringLiteral("command")));

        Component c = component(ComponentKind::EventBridgeScheduler, "schedules");
        c.params[QStringLiteral("schedules")] = entries({{"ok", "rate(1 hour) -> worker: python manage.py tick"}, {"bad", "cron(0 3 * * * *) -> worker: x"}});
        const QList<ConstraintViolation> v = componentConstraintViolations(c);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().key, QStringLiteral("schedules"));
        QVERIFY(v.first().message.contains(QStringLiteral("schedule 'bad'")));
    }

    void connections()
    {
        const DerivedModel m = DerivedModel::derive(schedulerDesign(entries({{"tick", "rate(1 hour) -> worker: python manage.py tick"},
                                                                              {"report", "rate(1 day) -> queues/reports: daily"}})));
        QStringList ids;
        for (const Connection &c : m.connections())
            if (c.source == QLatin1String("schedules")) {
                ids.append(c.id);
                QCOMPARE(c.via, Connection::Via::Iam);
                QCOMPARE(c.roles, QStringList{QStringLiteral("schedule")});
            }
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("schedules->queues"), QStringLiteral("schedules->worker")}));
        QVERIFY(!m.securityGroup(QStringLiteral("scheduler"))); // an AWS service: IAM, no security group
    }

    void findings()
    {
        DerivedModel m = DerivedModel::derive(schedulerDesign(entries({{"tick", "rate(1 hour) -> worker: python manage.py tick"}})));
        for (const char *rule : {"scheduler-target-missing", "scheduler-no-schedules", "scheduler-celery-message", "scheduler-and-beat"})
            QVERIFY2(!hasFinding(m, QString::fromLatin1(rule)), rule);

        m = DerivedModel::derive(schedulerDesign(entries({{"tick", "rate(1 hour) -> ghost: python manage.py tick"}})));
        QVERIFY(hasFinding(m, QStringLiteral("scheduler-target-missing")));
        m = DerivedModel::derive(schedulerDesign(entries({{"tick", "rate(1 hour) -> queues/nowhere: x"}})));
        QVERIFY(hasFinding(m, QStringLiteral("scheduler-target-missing")));      // no such queue
        m = DerivedModel::derive(schedulerDesign(entries({{"tick", "rate(1 hour) -> queues/reports: x"}})));
        QVERIFY(hasFinding(m, QStringLiteral("scheduler-celery-message")));      // the SQS component is the Celery broker
        QVERIFY(!hasFinding(m, QStringLiteral("scheduler-target-missing")));
        m = DerivedModel::derive(schedulerDesign({}));
        QVERIFY(hasFinding(m, QStringLiteral("scheduler-no-schedules")));

        Design beat = schedulerDesign(entries({{"tick", "rate(1 hour) -> worker: python manage.py tick"}}));
        add(beat, component(ComponentKind::EcsBeat, "beat"));
        QVERIFY(hasFinding(DerivedModel::derive(beat), QStringLiteral("scheduler-and-beat")));
    }

    void cost()
    {
        // rate(1 minute): 730 × 60 = 43,800 runs; a daily cron: 730 / 24 = 30.4167 runs.
        const Design d = schedulerDesign(entries({{"poll", "rate(1 minute) -> queues/reports: poll"},
                                                  {"nightly", "cron(0 3 * * ? *) -> worker: python manage.py clearsessions"}}));
        const CostEstimate e = CostEngine().estimate(d); // list prices: no always-free allowance
        QVERIFY2(e.isValid(), qPrintable(e.errors.join(QLatin1Char('\n'))));
        const LineItem *inv = e.item(QStringLiteral("schedules"), QStringLiteral("invocations"));
        QVERIFY(inv);
        const double millions = (43800 + 730.0 / 24) / 1e6;                 // 0.0438304 million
        QVERIFY(qAbs(inv->quantity.desired() - millions) < 1e-9);
        COMPARE_USD(inv->amount.desired(), millions * 1.00);                 // $0.04
        // The nightly task on the worker (512 CPU units = 0.5 vCPU, 1,024 MiB = 1 GB, arm64),
        // 5 minutes a run: 30.4167 × 5 / 60 = 2.5347 task-hours.
        const double hours = 730.0 / 24 * 5 / 60;
        COMPARE_USD(e.item(QStringLiteral("schedules"), QStringLiteral("task_vcpu"))->amount.desired(), hours * 0.5 * 0.03238);
        COMPARE_USD(e.item(QStringLiteral("schedules"), QStringLiteral("task_memory"))->amount.desired(), hours * 1.0 * 0.00356);
        // With the always-free 14 million invocations the invocations cost nothing.
        CostOptions options;
        options.alwaysFree = true;
        const CostEstimate free = CostEngine().estimate(d, options);
        const ComponentCost *c = free.component(QStringLiteral("schedules"));
        COMPARE_USD(c->total.desired(), hours * 0.5 * 0.03238 + hours * 0.00356);
    }

    void terraform()
    {
        const Design d = schedulerDesign(entries({{"nightly", "cron(0 3 * * ? *) -> worker: python manage.py clearsessions --verbosity 2"},
                                                  {"report", "rate(1 day) -> queues/reports: daily"},
                                                  {"lost", "rate(1 day) -> ghost: x"}}));
        const QString tf = QString::fromUtf8(emittedFile(d, QStringLiteral("terraform/scheduler.tf"), Emitter::Part::Terraform));
        QVERIFY(tf.contains(QStringLiteral("resource \"aws_scheduler_schedule_group\" \"schedules\"")));
        QVERIFY(tf.contains(QStringLiteral("resource \"aws_scheduler_schedule\" \"schedules_nightly\"")));
        QVERIFY(tf.contains(QStringLiteral("resource \"aws_scheduler_schedule\" \"schedules_report\"")));
        QVERIFY(!tf.contains(QStringLiteral("schedules_lost")));             // its target is not in the design
        QVERIFY(tf.contains(QStringLiteral("\"cron(0 3 * * ? *)\"")));
        QVERIFY(tf.contains(QStringLiteral("\"ecs:RunTask\"")));
        QVERIFY(tf.contains(QStringLiteral("aws_ecs_task_definition.worker.arn")));
        QVERIFY(tf.contains(QStringLiteral("\"iam:PassRole\"")));
        QVERIFY(tf.contains(QStringLiteral("\"sqs:SendMessage\"")));
        QVERIFY(tf.contains(QStringLiteral("aws_sqs_queue.reports.arn")));
        QVERIFY(!tf.contains(QStringLiteral("\"ecs:*\"")) && !tf.contains(QStringLiteral("\"Resource\": \"*\"")) && !tf.contains(QStringLiteral("Resource = \"*\"")));
        QVERIFY(tf.contains(QStringLiteral("[\"python\", \"manage.py\", \"clearsessions\", \"--verbosity\", \"2\"]")));
        QVERIFY(QRegularExpression(QStringLiteral("mode\\s*=\\s*\"OFF\"")).match(tf).hasMatch());
        QCOMPARE(AwsConstraints::errorCount(AwsConstraints::check(TerraformEmitter::module(d, DerivedModel::derive(d)))), 0);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
