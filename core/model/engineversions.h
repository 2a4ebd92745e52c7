#pragma once

#include <QString>
#include <QStringList>

namespace Infra {

// Which engine versions AWS creates, as dated catalog data (like prices): RDS for PostgreSQL
// major versions with their end of RDS standard support and the lowest minor RDS still
// creates, and the ElastiCache Redis OSS / Valkey versions. Every fact carries its source and
// the date it was read; `engineCatalogDate()` is the date the whole table was last checked.
struct EngineVersionStatus
{
    enum class Support {
        Supported,   // AWS creates it under standard support
        Deprecated,  // past standard support: Extended Support (charged) or ending soon
        Unsupported, // AWS no longer creates it, or the studio does not know it
    };
    Support support = Support::Unsupported;
    QString reason;   // one English sentence: why, with the date
    QString source;   // URL or document of the fact
    QString date;     // when the source was read / published
    QString major;    // "16" for "16.1"; "7.1" for Redis "7.1.0"
};

// engine: "postgres", "aurora-postgresql", "redis" or "valkey"; version as written in a design ("16", "16.4", "7.1").
EngineVersionStatus engineVersionStatus(const QString &engine, const QString &version);
// Versions a new design should use, newest first ("17", "16", …).
QStringList supportedEngineVersions(const QString &engine);
QString engineCatalogDate();

} // namespace Infra
