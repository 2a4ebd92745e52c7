#pragma once

#include "discover/discoverer.h"

#include <QTest>

// Fact assertions that print every fact of the key when they fail.
namespace DiscoveryAsserts {

inline QString dump(const Infra::DiscoveryResult &r, const QString &key)
{
    QStringList lines;
    for (const Infra::DiscoveredFact &f : r.facts)
        if (f.key == key)
            lines << QStringLiteral("  %1 = '%2' at %3 [%4] env=%5 default='%6'")
                         .arg(f.key, f.value, f.evidence(), Infra::confidenceName(f.confidence), f.envVar, f.envDefault);
    return lines.isEmpty() ? QStringLiteral("  (no fact '%1')").arg(key) : lines.join(QLatin1Char('\n'));
}

inline const Infra::DiscoveredFact *find(const Infra::DiscoveryResult &r, const QString &key, const QString &value,
                                         const QString &file, int line)
{
    for (const Infra::DiscoveredFact &f : r.facts)
        if (f.key == key && f.value == value && f.file == file && f.line == line)
            return &f;
    return nullptr;
}

} // namespace DiscoveryAsserts

// The fact `key` = `value` read at file:line.
#define EXPECT_FACT(result, key, value, file, line)                                                                   \
    do {                                                                                                              \
        if (!DiscoveryAsserts::find(result, QStringLiteral(key), QStringLiteral(value), QStringLiteral(file), line))   \
            QFAIL(qPrintable(QStringLiteral("expected %1 = '%2' at %3:%4, found:\n%5")                                \
                                 .arg(QStringLiteral(key), QStringLiteral(value), QStringLiteral(file))               \
                                 .arg(line)                                                                           \
                                 .arg(DiscoveryAsserts::dump(result, QStringLiteral(key)))));                          \
    } while (false)

// An environment-dependent fact: variable and default.
#define EXPECT_ENV_FACT(result, key, value, file, line, var, def)                                                     \
    do {                                                                                                              \
        EXPECT_FACT(result, key, value, file, line);                                                                  \
        const Infra::DiscoveredFact *f_ =                                                                             \
            DiscoveryAsserts::find(result, QStringLiteral(key), QStringLiteral(value), QStringLiteral(file), line);    \
        QCOMPARE(f_->envVar, QStringLiteral(var));                                                                    \
        QVERIFY(f_->hasEnvDefault);                                                                                   \
        QCOMPARE(f_->envDefault, QStringLiteral(def));                                                                \
    } while (false)

#define EXPECT_ABSENT(result, key)                                                                                    \
    QVERIFY2(!(result).has(QStringLiteral(key)), qPrintable(DiscoveryAsserts::dump(result, QStringLiteral(key))))

// Absent and listed as "not found" in the report.
#define EXPECT_NOT_FOUND(result, key)                                                                                 \
    do {                                                                                                              \
        EXPECT_ABSENT(result, key);                                                                                   \
        QVERIFY2((result).notFound.contains(QStringLiteral(key)), key);                                               \
    } while (false)
