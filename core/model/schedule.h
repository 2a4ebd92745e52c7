#pragma once

#include "componentkind.h"

#include <QString>

#include <optional>
#include <vector>

namespace Infra {

struct Component;

// One schedule of an eventbridge_scheduler component, written in the design as
//   name: "EXPRESSION -> TARGET: COMMAND"
// EXPRESSION is EventBridge Scheduler's rate(N unit) or cron(6 fields); TARGET is a
// component id, an ECS service (RunTask with COMMAND as the container's command) or an SQS
// component followed by "/QUEUE" (COMMAND is the message body).
struct ScheduleEntry
{
    enum class Target { None, EcsTask, SqsMessage };
    QString name;
    QString expression;
    QString target;   // component id
    QString queue;    // SQS only
    QString command;  // the container command, or the message body

    bool operator==(const ScheduleEntry &other) const = default;
};

// The target kinds a schedule may name: web and worker services, SQS.
ScheduleEntry::Target scheduleTargetKind(ComponentKind kind);

// Parses one entry; on failure returns nullopt and sets `error` (English).
std::optional<ScheduleEntry> parseScheduleEntry(const QString &name, const QString &value, QString *error);
// The well-formed entries of a component's `schedules` map, by name.
std::vector<ScheduleEntry> scheduleEntries(const Component &scheduler);

// Empty when `expression` is a valid EventBridge Scheduler rate() or cron() expression, else
// why not. Rules from the EventBridge Scheduler User Guide, "Schedule types": rate(value unit)
// with a positive integer and minute(s)/hour(s)/day(s) (singular for 1); cron with six fields
// (minutes hours day-of-month month day-of-week year) where one of day-of-month and
// day-of-week is "?". at() one-time schedules are not part of a design.
QString checkScheduleExpression(const QString &expression);

// Invocations a month (730 hours) of a valid expression; cron fields count their listed
// values, ranges and steps (day-of-week lists × 730 / 168 weeks, day-of-month × 12/12).
double scheduleInvocationsPerMonth(const QString &expression, double hoursPerMonth = 730.0);

} // namespace Infra
