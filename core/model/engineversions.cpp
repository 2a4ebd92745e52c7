#include "engineversions.h"

#include <QDate>

namespace Infra {

namespace {

// Read 2026-12-03 from the stored AWS documentation (see docs/aws-constraints.md).
const char *const rdsCalendar = "https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html";
const char *const rdsMinorNotice = "AWS Health notice of 2026 on RDS for PostgreSQL minor versions (quoted in github.com/saayam-for-all/database wiki, 2026-05-30): "
                                   "14.14-14.17, 15.9-15.12, 16.5-16.8 and 17.1-17.4 can no longer be created from 2026-05-01";
const char *const auroraCalendar = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurora-postgresql-release-calendar.html "
                                   "(Aurora PostgreSQL release calendar for major versions; the stored copy is the release notes PDF's table of contents, "
                                   "the end dates are those of RDS for PostgreSQL, which the Aurora calendar follows for majors 11 to 17)";
const char *const cacheVersions = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html";
const char *const cacheRedis45 = "https://www.educative.io/courses/guide-to-aws-databases/version-and-upgrade-strategy "
                                 "(standard support for Redis OSS 4 and 5 ended 2026-01-31)";
const char *const catalogDate = "2026-12-03";

struct PostgresMajor
{
    int major;
    const char *endOfStandardSupport; // ISO date
    int lowestCreatableMinor;         // 0: any minor of the major
};

// RDS release calendar: end of RDS standard support per major version. Majors before 11
// are no longer created at all; 11 to 13 only under RDS Extended Support (charged).
constexpr PostgresMajor postgresMajors[] = {
    {11, "2024-02-29", 0}, {12, "2025-02-28", 0}, {13, "2026-02-28", 0}, {14, "2027-02-28", 18},
    {15, "2028-02-29", 13}, {16, "2029-02-28", 9}, {17, "2030-02-28", 5}, {18, "2031-02-28", 0},
};

EngineVersionStatus status(EngineVersionStatus::Support support, QString reason, const char *source, QString major)
{
    return {support, std::move(reason), QString::fromUtf8(source), QString::fromLatin1(catalogDate), std::move(major)};
}

EngineVersionStatus postgres(const QString &version)
{
    using S = EngineVersionStatus::Support;
    const QString majorText = version.section(QLatin1Char('.'), 0, 0);
    bool ok = false;
    const int major = majorText.toInt(&ok);
    if (!ok)
        return status(S::Unsupported, QStringLiteral("'%1' is not a PostgreSQL version").arg(version), rdsCalendar, majorText);
    const QDate today = QDate::fromString(QString::fromLatin1(catalogDate), Qt::ISODate);
    for (const PostgresMajor &m : postgresMajors) {
        if (m.major != major)
            continue;
        const QDate end = QDate::fromString(QString::fromLatin1(m.endOfStandardSupport), Qt::ISODate);
        const QString minorText = version.section(QLatin1Char('.'), 1, 1);
        if (!minorText.isEmpty() && m.lowestCreatableMinor > 0 && minorText.toInt() < m.lowestCreatableMinor)
            return status(S::Unsupported,
                          QStringLiteral("RDS no longer creates PostgreSQL %1 (minors below %2.%3 since 2026-05-01); give the major version %2 with automatic minor upgrades")
                              .arg(version).arg(major).arg(m.lowestCreatableMinor),
                          rdsMinorNotice, majorText);
        if (end < today)
            return status(S::Deprecated,
                          QStringLiteral("PostgreSQL %1 left RDS standard support on %2: it runs only under RDS Extended Support, charged per vCPU-hour")
                              .arg(major).arg(QString::fromLatin1(m.endOfStandardSupport)),
                          rdsCalendar, majorText);
        if (!minorText.isEmpty())
            return status(S::Supported,
                          QStringLiteral("PostgreSQL %1 is a pinned minor version; RDS retires minors within a year, the major version %2 with automatic minor upgrades does not age")
                              .arg(version).arg(major),
                          rdsMinorNotice, majorText);
        return status(S::Supported, QStringLiteral("PostgreSQL %1 is under RDS standard support until %2").arg(major).arg(QString::fromLatin1(m.endOfStandardSupport)),
                      rdsCalendar, majorText);
    }
    return status(S::Unsupported, QStringLiteral("RDS for PostgreSQL does not create version %1").arg(version), rdsCalendar, majorText);
}

// Aurora PostgreSQL: the same majors and end of standard support as RDS; its minor versions
// are Aurora's own (16.1, 16.2, …), so no RDS minor floor applies.
EngineVersionStatus aurora(const QString &version)
{
    using S = EngineVersionStatus::Support;
    const QString majorText = version.section(QLatin1Char('.'), 0, 0);
    bool ok = false;
    const int major = majorText.toInt(&ok);
    if (!ok)
        return status(S::Unsupported, QStringLiteral("'%1' is not an Aurora PostgreSQL version").arg(version), auroraCalendar, majorText);
    const QDate today = QDate::fromString(QString::fromLatin1(catalogDate), Qt::ISODate);
    for (const PostgresMajor &m : postgresMajors) {
        if (m.major != major || m.major > 17)
            continue;
        const QDate end = QDate::fromString(QString::fromLatin1(m.endOfStandardSupport), Qt::ISODate);
        if (end < today)
            return status(S::Deprecated,
                          QStringLiteral("Aurora PostgreSQL %1 left standard support on %2: it runs only under RDS Extended Support, charged per vCPU-hour or ACU-hour")
                              .arg(major).arg(QString::fromLatin1(m.endOfStandardSupport)),
                          auroraCalendar, majorText);
        return status(S::Supported, QStringLiteral("Aurora PostgreSQL %1 is under standard support until %2").arg(major).arg(QString::fromLatin1(m.endOfStandardSupport)),
                      auroraCalendar, majorText);
    }
    return status(S::Unsupported, QStringLiteral("Aurora does not create PostgreSQL version %1").arg(version), auroraCalendar, majorText);
}

EngineVersionStatus cache(const QString &engine, const QString &version)
{
    using S = EngineVersionStatus::Support;
    const QString majorMinor = version.section(QLatin1Char('.'), 0, 1);
    static const QStringList redisSupported = {QStringLiteral("6.0"), QStringLiteral("6.2"), QStringLiteral("7.0"), QStringLiteral("7.1")};
    static const QStringList redisDeprecated = {QStringLiteral("4.0"), QStringLiteral("5.0")};
    static const QStringList valkeySupported = {QStringLiteral("7.2"), QStringLiteral("8.0"), QStringLiteral("8.1"), QStringLiteral("8.2"), QStringLiteral("9.0")};
    if (engine == QLatin1String("redis")) {
        if (redisSupported.contains(majorMinor))
            return status(S::Supported, QStringLiteral("ElastiCache creates Redis OSS %1").arg(majorMinor), cacheVersions, majorMinor);
        if (redisDeprecated.contains(majorMinor))
            return status(S::Deprecated, QStringLiteral("Redis OSS %1 left ElastiCache standard support on 2026-01-31 (Extended Support is charged)").arg(majorMinor),
                          cacheRedis45, majorMinor);
        return status(S::Unsupported, QStringLiteral("ElastiCache does not create Redis OSS %1 (the last Redis OSS version is 7.1; later versions are Valkey)").arg(version),
                      cacheVersions, majorMinor);
    }
    if (engine == QLatin1String("valkey") && valkeySupported.contains(majorMinor))
        return status(S::Supported, QStringLiteral("ElastiCache creates Valkey %1").arg(majorMinor), cacheVersions, majorMinor);
    return status(S::Unsupported, QStringLiteral("ElastiCache does not create %1 %2").arg(engine, version), cacheVersions, majorMinor);
}

} // namespace

EngineVersionStatus engineVersionStatus(const QString &engine, const QString &version)
{
    if (engine == QLatin1String("postgres"))
        return postgres(version);
    if (engine == QLatin1String("aurora-postgresql"))
        return aurora(version);
    return cache(engine, version);
}

QStringList supportedEngineVersions(const QString &engine)
{
    if (engine == QLatin1String("postgres") || engine == QLatin1String("aurora-postgresql"))
        return {QStringLiteral("17"), QStringLiteral("16"), QStringLiteral("15"), QStringLiteral("14")};
    if (engine == QLatin1String("redis"))
        return {QStringLiteral("7.1"), QStringLiteral("7.0"), QStringLiteral("6.2")};
    return {QStringLiteral("8.2"), QStringLiteral("8.1"), QStringLiteral("8.0"), QStringLiteral("7.2")};
}

QString engineCatalogDate()
{
    return QString::fromLatin1(catalogDate);
}

} // namespace Infra
