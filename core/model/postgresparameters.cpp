#include "postgresparameters.h"

#include "instancetypes.h"

#include <QRegularExpression>

#include <cmath>

namespace Infra {

namespace {

using U = PostgresParameter::Unit;

constexpr double intMax = 2147483647;

// Ranges: PostgreSQL 16 pg_settings (min_val, max_val); RDS accepts the same ranges.
constexpr PostgresParameter parameters[] = {
    {"autovacuum_max_workers", U::Integer, 1, 262143, true, false},
    {"autovacuum_vacuum_scale_factor", U::Real, 0, 100, false, false},
    {"checkpoint_timeout", U::Seconds, 30, 86400, false, false},
    {"default_statistics_target", U::Integer, 1, 10000, false, false},
    {"effective_cache_size", U::Pages8k, 1, intMax, false, true},
    {"effective_io_concurrency", U::Integer, 0, 1000, false, false},
    {"idle_in_transaction_session_timeout", U::Milliseconds, 0, intMax, false, false},
    {"log_connections", U::Boolean, 0, 1, false, false},
    {"log_disconnections", U::Boolean, 0, 1, false, false},
    {"log_min_duration_statement", U::Milliseconds, -1, intMax, false, false},
    {"maintenance_work_mem", U::Kilobytes, 1024, intMax, false, true},
    {"max_connections", U::Integer, 6, 262143, true, false},
    {"max_locks_per_transaction", U::Integer, 10, intMax, true, false},
    {"max_prepared_transactions", U::Integer, 0, 262143, true, false},
    {"max_worker_processes", U::Integer, 0, 262143, true, false},
    {"random_page_cost", U::Real, 0, 1.0e10, false, false},
    {"rds.force_ssl", U::Boolean, 0, 1, false, false},
    {"shared_buffers", U::Pages8k, 16, 1073741823, true, true},
    {"shared_preload_libraries", U::Text, 0, 0, true, false},
    {"statement_timeout", U::Milliseconds, 0, intMax, false, false},
    {"temp_buffers", U::Pages8k, 100, 1073741823, false, true},
    {"track_io_timing", U::Boolean, 0, 1, false, false},
    {"wal_buffers", U::Pages8k, -1, 262143, true, true},
    {"work_mem", U::Kilobytes, 64, intMax, false, true},
};

QString bytesText(double bytes)
{
    if (bytes >= 1024.0 * 1024 * 1024)
        return QStringLiteral("%1 GiB").arg(bytes / (1024.0 * 1024 * 1024), 0, 'g', 4);
    if (bytes >= 1024.0 * 1024)
        return QStringLiteral("%1 MiB").arg(bytes / (1024.0 * 1024), 0, 'g', 4);
    return QStringLiteral("%1 kB").arg(bytes / 1024.0, 0, 'g', 4);
}

// What the studio writes for the memory parameters it sets itself.
QString rightForm(const QString &name)
{
    if (name == QLatin1String("shared_buffers"))
        return QStringLiteral("{DBInstanceClassMemory/32768} (25 % of memory in 8 kB pages)");
    if (name == QLatin1String("effective_cache_size"))
        return QStringLiteral("{DBInstanceClassMemory*3/32768} (75 % of memory in 8 kB pages)");
    if (name == QLatin1String("wal_buffers"))
        return QStringLiteral("2048 (16 MB in 8 kB pages) or -1 (1/32 of shared_buffers)");
    if (name == QLatin1String("temp_buffers"))
        return QStringLiteral("1024 (8 MB in 8 kB pages)");
    return QStringLiteral("a count of kB, for example 65536 for 64 MB");
}

} // namespace

const PostgresParameter *postgresParameter(const QString &name)
{
    for (const PostgresParameter &p : parameters) {
        if (name == QLatin1String(p.name))
            return &p;
    }
    return nullptr;
}

qint64 postgresUnitBytes(PostgresParameter::Unit unit)
{
    switch (unit) {
    case U::Pages8k: return 8192;
    case U::Kilobytes: return 1024;
    default: return 0;
    }
}

QString postgresUnitName(PostgresParameter::Unit unit)
{
    switch (unit) {
    case U::Pages8k: return QStringLiteral("8 kB pages");
    case U::Kilobytes: return QStringLiteral("kB");
    case U::Milliseconds: return QStringLiteral("ms");
    case U::Seconds: return QStringLiteral("s");
    case U::Integer: return QStringLiteral("integer");
    case U::Real: return QStringLiteral("real");
    case U::Boolean: return QStringLiteral("bool (0 or 1)");
    case U::Text: return QStringLiteral("text");
    }
    return {};
}

std::optional<double> evaluatePostgresValue(const QString &value, double memoryBytes)
{
    const QString v = value.trimmed();
    // A formula never reads as a number: it is not parsed as one (toDouble is slow).
    if (!v.startsWith(QLatin1Char('{'))) {
        bool ok = false;
        const double plain = v.toDouble(&ok);
        if (ok)
            return plain;
    }
    static const QRegularExpression formula(QStringLiteral("^\\{DBInstanceClassMemory((?:\\s*[*/]\\s*[0-9]+)*)\\}$"));
    const auto m = formula.match(v);
    if (!m.hasMatch())
        return std::nullopt;
    double result = memoryBytes;
    static const QRegularExpression step(QStringLiteral("([*/])\\s*([0-9]+)"));
    auto it = step.globalMatch(m.captured(1));
    while (it.hasNext()) {
        const auto s = it.next();
        const double operand = s.captured(2).toDouble();
        if (s.captured(1) == QLatin1String("*"))
            result *= operand;
        else if (operand != 0)
            result = std::floor(result / operand); // RDS formulas use integer division
    }
    return result;
}

QString checkPostgresValue(const QString &name, const QString &value, const QString &instanceClass)
{
    const PostgresParameter *p = postgresParameter(name);
    if (!p || p->unit == U::Text)
        return {};
    const auto hardware = rdsInstanceClass(instanceClass);
    const double memory = hardware ? hardware->memoryGiB * 1024.0 * 1024.0 * 1024.0 : 0;
    const auto effective = evaluatePostgresValue(value, memory);
    if (!effective) {
        static const QRegularExpression sized(QStringLiteral("^([0-9]+)\\s*(kB|MB|GB)$"));
        if (const auto m = sized.match(value.trimmed()); m.hasMatch() && postgresUnitBytes(p->unit) > 0) {
            const double bytes = m.captured(1).toDouble() * (m.captured(2) == QLatin1String("kB") ? 1024.0 : m.captured(2) == QLatin1String("MB") ? 1048576.0 : 1073741824.0);
            return QStringLiteral("%1 = \"%2\" is not an integer: RDS takes %1 in %3, so %2 is %4")
                .arg(name, value, postgresUnitName(p->unit)).arg(qint64(bytes / double(postgresUnitBytes(p->unit))));
        }
        return QStringLiteral("%1 = \"%2\" is not a number or a {DBInstanceClassMemory…} formula (unit: %3)").arg(name, value, postgresUnitName(p->unit));
    }
    const double v = *effective;
    if (p->unit != U::Real && v != std::floor(v))
        return QStringLiteral("%1 = %2 is not an integer (unit: %3)").arg(name, value, postgresUnitName(p->unit));
    if (v < p->minimum || v > p->maximum)
        return QStringLiteral("%1 = %2 evaluates to %3, outside %4..%5 %6%7")
            .arg(name, value, QString::number(v, 'f', 0), QString::number(p->minimum, 'f', 0), QString::number(p->maximum, 'f', 0), postgresUnitName(p->unit),
                 p->isMemory ? QStringLiteral("; use %1").arg(rightForm(name)) : QString());
    if (p->isMemory && memory > 0 && v > 0 && v * double(postgresUnitBytes(p->unit)) > memory)
        return QStringLiteral("%1 = %2 is %3 (%4 × %5), more than the %6 of memory of %7; use %8")
            .arg(name, value, bytesText(v * double(postgresUnitBytes(p->unit))), QString::number(v, 'f', 0), postgresUnitName(p->unit),
                 bytesText(memory), instanceClass, rightForm(name));
    return {};
}

} // namespace Infra
