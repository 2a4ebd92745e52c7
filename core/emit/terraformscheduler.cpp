// terraform/scheduler.tf: EventBridge Scheduler (issue 17). A schedule group per component,
// one IAM role EventBridge assumes, allowed only what its schedules do (ecs:RunTask on the
// target services' task definitions and iam:PassRole of their roles to ECS, sqs:SendMessage
// on the target queues), and one aws_scheduler_schedule per schedule of the design. Schedules
// whose target the design lacks are left out (the scheduler-target-missing finding says why).
// Argument names are those of the AWS provider 6.25 schema the validity test checks.
#include "terraformemitter.h"

#include "terraformcontext.h"

#include "model/schedule.h"

#include <QProcess>

namespace Infra {

namespace {

HclValue s(const QString &text) { return HclValue::literal(text); }
HclValue r(const QString &expression) { return HclValue::raw(expression); }

// The queues the module creates (sqs.tf): only with an SQS component.
bool queueExists(const TerraformContext &ctx, const QString &queue)
{
    return ctx.first(ComponentKind::Sqs) && ctx.celeryQueues().contains(queue);
}

// The command as the container's argument list, split as a shell would (quotes kept together).
QStringList splitCommand(const QString &command)
{
    return QProcess::splitCommand(command);
}

} // namespace

HclFile TerraformEmitter::scheduler(const TerraformContext &ctx)
{
    HclFile f;
    for (const Component *c : ctx.all(ComponentKind::EventBridgeScheduler)) {
        const QString name = TerraformContext::tfName(c->id);
        std::vector<std::pair<ScheduleEntry, const Component *>> schedules;
        for (const ScheduleEntry &e : scheduleEntries(*c)) {
            const Component *target = ctx.design().component(e.target);
            const ScheduleEntry::Target kind = target ? scheduleTargetKind(target->kind) : ScheduleEntry::Target::None;
            if (kind == ScheduleEntry::Target::EcsTask || (kind == ScheduleEntry::Target::SqsMessage && queueExists(ctx, e.queue)))
                schedules.emplace_back(e, target);
        }
        if (schedules.empty())
            continue;

        HclBlock group(QStringLiteral("resource"), {QStringLiteral("aws_scheduler_schedule_group"), name});
        group.set(QStringLiteral("name"), TerraformContext::prefixed(c->id));
        f.add(group);

        // Least privilege: the exact task definitions and queues the schedules name.
        QList<HclValue> taskDefinitions, passRoles, queues;
        QStringList seen;
        for (const auto &[e, target] : schedules) {
            if (scheduleTargetKind(target->kind) == ScheduleEntry::Target::EcsTask) {
                if (seen.contains(target->id))
                    continue;
                seen.append(target->id);
                const QString task = TerraformContext::tfName(target->id);
                taskDefinitions.append(r(QStringLiteral("aws_ecs_task_definition.%1.arn").arg(task)));
                passRoles.append(r(QStringLiteral("aws_ecs_task_definition.%1.execution_role_arn").arg(task)));
                passRoles.append(r(QStringLiteral("aws_ecs_task_definition.%1.task_role_arn").arg(task)));
            } else {
                const HclValue arn = r(QStringLiteral("aws_sqs_queue.%1.arn").arg(TerraformContext::tfName(e.queue)));
                if (!seen.contains(QStringLiteral("sqs:") + e.queue)) {
                    seen.append(QStringLiteral("sqs:") + e.queue);
                    queues.append(arn);
                }
            }
        }
        HclBlock role(QStringLiteral("resource"), {QStringLiteral("aws_iam_role"), name + QStringLiteral("_scheduler")});
        role.set(QStringLiteral("name"), TerraformContext::prefixed(c->id + QStringLiteral("-scheduler")));
        role.set(QStringLiteral("assume_role_policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
            {QStringLiteral("Version"), s(QStringLiteral("2012-10-17"))},
            {QStringLiteral("Statement"), HclValue::list({HclValue::object({
                 {QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
                 {QStringLiteral("Action"), s(QStringLiteral("sts:AssumeRole"))},
                 {QStringLiteral("Principal"), HclValue::object({{QStringLiteral("Service"), s(QStringLiteral("scheduler.amazonaws.com"))}})},
             })})},
        })}));
        f.add(role);
        QList<HclValue> statements;
        if (!taskDefinitions.isEmpty()) {
            statements.append(HclValue::object({{QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
                                                {QStringLiteral("Action"), s(QStringLiteral("ecs:RunTask"))},
                                                {QStringLiteral("Resource"), HclValue::list(taskDefinitions)}}));
            statements.append(HclValue::object({
                {QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
                {QStringLiteral("Action"), s(QStringLiteral("iam:PassRole"))},
                // A service without a task role has an empty task_role_arn: compact() drops it.
                {QStringLiteral("Resource"), HclValue::call(QStringLiteral("compact"), {HclValue::list(passRoles)})},
                {QStringLiteral("Condition"), HclValue::object({{QStringLiteral("StringLike"), HclValue::object({
                     {QStringLiteral("iam:PassedToService"), s(QStringLiteral("ecs-tasks.amazonaws.com"))}})}})},
            }));
        }
        if (!queues.isEmpty())
            statements.append(HclValue::object({{QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
                                                {QStringLiteral("Action"), s(QStringLiteral("sqs:SendMessage"))},
                                                {QStringLiteral("Resource"), HclValue::list(queues)}}));
        HclBlock policy(QStringLiteral("resource"), {QStringLiteral("aws_iam_role_policy"), name + QStringLiteral("_scheduler")});
        policy.set(QStringLiteral("name"), "schedules");
        policy.ref(QStringLiteral("role"), QStringLiteral("aws_iam_role.%1_scheduler.id").arg(name));
        policy.set(QStringLiteral("policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
            {QStringLiteral("Version"), s(QStringLiteral("2012-10-17"))},
            {QStringLiteral("Statement"), HclValue::list(statements)},
        })}));
        f.add(policy);

        const qint64 window = c->intParam(QStringLiteral("flexible_window_minutes"));
        for (const auto &[e, target] : schedules) {
            HclBlock sched(QStringLiteral("resource"), {QStringLiteral("aws_scheduler_schedule"), name + QLatin1Char('_') + TerraformContext::tfName(e.name)});
            sched.set(QStringLiteral("name"), HclValue::literal(e.name));
            sched.ref(QStringLiteral("group_name"), QStringLiteral("aws_scheduler_schedule_group.%1.name").arg(name));
            sched.set(QStringLiteral("schedule_expression"), HclValue::literal(e.expression));
            sched.set(QStringLiteral("schedule_expression_timezone"), HclValue::literal(c->stringParam(QStringLiteral("timezone"))));
            HclBlock flexible(QStringLiteral("flexible_time_window"));
            flexible.set(QStringLiteral("mode"), window > 0 ? "FLEXIBLE" : "OFF");
            if (window > 0)
                flexible.set(QStringLiteral("maximum_window_in_minutes"), window);
            sched.add(flexible);

            HclBlock t(QStringLiteral("target"));
            t.ref(QStringLiteral("role_arn"), QStringLiteral("aws_iam_role.%1_scheduler.arn").arg(name));
            if (scheduleTargetKind(target->kind) == ScheduleEntry::Target::EcsTask) {
                const QString task = TerraformContext::tfName(target->id);
                t.ref(QStringLiteral("arn"), QStringLiteral("aws_ecs_cluster.main.arn"));
                // The service's image and settings with this schedule's command.
                t.set(QStringLiteral("input"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
                    {QStringLiteral("containerOverrides"), HclValue::list({HclValue::object({
                         {QStringLiteral("name"), s(target->id)},
                         {QStringLiteral("command"), HclValue::stringList(splitCommand(e.command))},
                     })})},
                })}));
                HclBlock ecs(QStringLiteral("ecs_parameters"));
                ecs.ref(QStringLiteral("task_definition_arn"), QStringLiteral("aws_ecs_task_definition.%1.arn").arg(task));
                ecs.set(QStringLiteral("launch_type"), "FARGATE");
                ecs.set(QStringLiteral("task_count"), 1);
                HclBlock net(QStringLiteral("network_configuration"));
                net.ref(QStringLiteral("subnets"), ctx.taskSubnets());
                if (const QString sg = ctx.securityGroupRef(*target); !sg.isEmpty())
                    net.set(QStringLiteral("security_groups"), HclValue::list({r(sg)}));
                net.set(QStringLiteral("assign_public_ip"), ctx.tasksNeedPublicIp());
                ecs.add(net);
                t.add(ecs);
            } else {
                t.ref(QStringLiteral("arn"), QStringLiteral("aws_sqs_queue.%1.arn").arg(TerraformContext::tfName(e.queue)));
                t.set(QStringLiteral("input"), HclValue::literal(e.command));
            }
            HclBlock retry(QStringLiteral("retry_policy"));
            retry.set(QStringLiteral("maximum_retry_attempts"), c->intParam(QStringLiteral("retry_attempts")));
            retry.set(QStringLiteral("maximum_event_age_in_seconds"), c->intParam(QStringLiteral("max_event_age")));
            t.add(retry);
            sched.add(t);
            f.add(sched);
        }
    }
    return f;
}

} // namespace Infra
