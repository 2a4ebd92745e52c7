#include "schedule.h"

#include "component.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Infra {

namespace {

// How many values a cron field selects out of `size` values starting at `first`.
// `*` and `?` select all; lists, ranges (a-b) and steps (x/n, */n) are counted; names
// (JAN, MON) count as one value each; L, W and # count as one.
int cronFieldCount(const QString &input, int first, int size)
{
    if (input == QLatin1String("*") || input == QLatin1String("?"))
        return size;
    // Day and month names as numbers (SUN = 1 … SAT = 7, JAN = 1 … DEC = 12).
    static const QStringList days = {QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"), QStringLiteral("WED"),
                                     QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT")};
    static const QStringList months = {QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"), QStringLiteral("APR"),
                                       QStringLiteral("MAY"), QStringLiteral("JUN"), QStringLiteral("JUL"), QStringLiteral("AUG"),
                                       QStringLiteral("SEP"), QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
    QString field = input.toUpper();
    const QStringList &names = size == 7 ? days : months;
    if (size == 7 || size == 12) {
        for (qsizetype i = 0; i < names.size(); ++i)
            field.replace(names.at(i), QString::number(i + 1));
    }
    int count = 0;
    for (const QString &part : field.split(QLatin1Char(','))) {
        const QString range = part.section(QLatin1Char('/'), 0, 0);
        const int step = part.contains(QLatin1Char('/')) ? std::max(1, part.section(QLatin1Char('/'), 1, 1).toInt()) : 1;
        int from = first, to = first + size - 1;
        if (range != QLatin1String("*")) {
            bool okFrom = false, okTo = true;
            from = range.section(QLatin1Char('-'), 0, 0).toInt(&okFrom);
            to = range.contains(QLatin1Char('-')) ? range.section(QLatin1Char('-'), 1, 1).toInt(&okTo) : (part.contains(QLatin1Char('/')) ? first + size - 1 : from);
            if (!okFrom || !okTo) {
                ++count; // a name or L/W/#: one value
                continue;
            }
        }
        if (to >= from)
            count += (to - from) / step + 1;
    }
    return std::clamp(count, 1, size);
}

} // namespace

ScheduleEntry::Target scheduleTargetKind(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::EcsWeb:
    case ComponentKind::EcsWorker: return ScheduleEntry::Target::EcsTask;
    case ComponentKind::Sqs: return ScheduleEntry::Target::SqsMessage;
    default: return ScheduleEntry::Target::None;
    }
}

QString checkScheduleExpression(const QString &expression)
{
    static const QRegularExpression rate(QStringLiteral("^rate\\(([0-9]+) (minute|minutes|hour|hours|day|days)\\)$"));
    static const QRegularExpression cron(QStringLiteral("^cron\\((.+)\\)$"));
    if (const auto m = rate.match(expression); m.hasMatch()) {
        const qint64 value = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        if (value < 1)
            return QStringLiteral("rate() needs a positive value");
        if ((value == 1) != !unit.endsWith(QLatin1Char('s')))
            return QStringLiteral("rate(%1 %2): use '%3' with %1").arg(value).arg(unit, value == 1 ? unit.chopped(1) : unit + QLatin1Char('s'));
        return {};
    }
    if (const auto m = cron.match(expression); m.hasMatch()) {
        const QStringList fields = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() != 6)
            return QStringLiteral("cron() takes six fields (minutes hours day-of-month month day-of-week year), not %1").arg(fields.size());
        static const QRegularExpression field(QStringLiteral("^[0-9A-Za-z*?,/#LW-]+$"));
        for (const QString &f : fields) {
            if (!field.match(f).hasMatch())
                return QStringLiteral("cron() field '%1' has characters EventBridge does not accept").arg(f);
        }
        const bool domAny = fields.at(2) == QLatin1String("?");
        const bool dowAny = fields.at(4) == QLatin1String("?");
        if (domAny == dowAny)
            return QStringLiteral("cron(): exactly one of day-of-month ('%1') and day-of-week ('%2') must be '?'").arg(fields.at(2), fields.at(4));
        return {};
    }
    return QStringLiteral("'%1' is neither rate(N minutes|hours|days) nor cron(…)").arg(expression);
}

double scheduleInvocationsPerMonth(const QString &expression, double hoursPerMonth)
{
    if (!checkScheduleExpression(expression).isEmpty())
        return 0;
    static const QRegularExpression rate(QStringLiteral("^rate\\(([0-9]+) (minute|hour|day)s?\\)$"));
    if (const auto m = rate.match(expression); m.hasMatch()) {
        const double value = m.captured(1).toDouble();
        const double minutes = value * (m.captured(2) == QLatin1String("minute") ? 1.0 : m.captured(2) == QLatin1String("hour") ? 60.0 : 1440.0);
        return hoursPerMonth * 60.0 / minutes;
    }
    const QStringList f = expression.mid(5, expression.size() - 6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const double perDay = double(cronFieldCount(f.at(0), 0, 60)) * double(cronFieldCount(f.at(1), 0, 24));
    const double months = double(cronFieldCount(f.at(3), 1, 12)) / 12.0;
    const double days = hoursPerMonth / 24.0;
    double daysRun;
    if (f.at(2) == QLatin1String("?"))
        daysRun = days * double(cronFieldCount(f.at(4), 1, 7)) / 7.0;  // weekdays selected
    else
        daysRun = f.at(2) == QLatin1String("*") ? days : double(cronFieldCount(f.at(2), 1, 31));
    return perDay * daysRun * months;
}

std::optional<ScheduleEntry> parseScheduleEntry(const QString &name, const QString &value, QString *error)
{
    static const QRegularExpression namePattern(QStringLiteral("^[0-9A-Za-z_.-]{1,64}$"));
    static const QRegularExpression entry(QStringLiteral("^\\s*((?:rate|cron)\\([^)]*\\))\\s*->\\s*([a-z][a-z0-9-]*)(?:/([A-Za-z0-9_.-]+))?\\s*(?::\\s*(.*\\S))?\\s*$"));
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("schedule '%1': %2").arg(name, why);
        return std::nullopt;
    };
    if (!namePattern.match(name).hasMatch())
        return fail(QStringLiteral("a name takes 1 to 64 letters, digits, '.', '_' or '-'"));
    const auto m = entry.match(value);
    if (!m.hasMatch())
        return fail(QStringLiteral("write \"EXPRESSION -> TARGET: COMMAND\", for example \"cron(0 3 * * ? *) -> worker: python manage.py clearsessions\""));
    ScheduleEntry e;
    e.name = name;
    e.expression = m.captured(1);
    e.target = m.captured(2);
    e.queue = m.captured(3);
    e.command = m.captured(4);
    if (const QString why = checkScheduleExpression(e.expression); !why.isEmpty())
        return fail(why);
    if (e.command.isEmpty())
        return fail(QStringLiteral("the command (or message body) after ':' is missing"));
    return e;
}

std::vector<ScheduleEntry> scheduleEntries(const Component &scheduler)
{
    std::vector<ScheduleEntry> out;
    const QVariantMap map = scheduler.param(QStringLiteral("schedules")).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (auto e = parseScheduleEntry(it.key(), it.value().toString(), nullptr))
            out.push_back(std::move(*e));
    }
    return out;
}

} // namespace Infra
