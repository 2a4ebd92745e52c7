#pragma once

#include <QString>

#include <optional>

namespace Infra {

// The PostgreSQL parameters the studio emits or accepts as overrides, with the unit RDS
// counts them in, their range and whether a change needs a reboot (static). RDS parameter
// groups take bare integers in the parameter's own unit: shared_buffers is a count of 8 kB
// pages, so 25 % of memory is {DBInstanceClassMemory/32768}, not {DBInstanceClassMemory/4}.
// Source: PostgreSQL 16 documentation, chapter 20 (Server Configuration), and the RDS user
// guide "RDS for PostgreSQL memory" (both read 2026-12-03; docs/aws-constraints.md).
struct PostgresParameter
{
    enum class Unit { Pages8k, Kilobytes, Milliseconds, Seconds, Integer, Real, Boolean, Text };
    const char *name;
    Unit unit;
    double minimum;
    double maximum;
    bool isStatic;        // apply_method must be pending-reboot
    bool isMemory;        // its effective size must fit the instance's memory
};

const PostgresParameter *postgresParameter(const QString &name);
qint64 postgresUnitBytes(PostgresParameter::Unit unit); // 8192, 1024, or 0 for non-memory units
QString postgresUnitName(PostgresParameter::Unit unit);

// A value as RDS evaluates it for an instance with `memoryBytes` of DBInstanceClassMemory:
// a plain number, or a formula {DBInstanceClassMemory*a/b…}. nullopt when the value is not
// a number in this form (for example "64MB", which RDS refuses for an integer parameter).
std::optional<double> evaluatePostgresValue(const QString &value, double memoryBytes);

// The check of one value: empty when fine, else an English sentence naming the effective
// value and the right form (used by the design finding and by the AWS constraint rule).
QString checkPostgresValue(const QString &name, const QString &value, const QString &instanceClass);

} // namespace Infra
