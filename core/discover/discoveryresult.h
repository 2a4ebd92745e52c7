#pragma once

#include "model/design.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Infra {

// How sure discovery is of a fact: High = a literal value read where it applies, Medium =
// inferred (a default behind an environment variable, a branch of an `if`, a name
// convention), Low = a guess from weak signals (a package listed, an image name).
enum class Confidence { High, Medium, Low };
QString confidenceName(Confidence c); // "high", "medium", "low"

// One thing discovery read from the repository, with where it read it.
struct DiscoveredFact
{
    QString key;   // a stable name: "celery.broker", "database.default.engine", "dependency.django"
    QString value; // what was read, in words ("redis://redis:6379/0", "postgresql", ">=4.2,<5")
    QString file;  // path relative to the repository root
    int line = 0;  // 1-based
    Confidence confidence = Confidence::High;
    // Environment-dependent: the value comes from this variable; `envDefault` applies when it
    // is unset (`hasEnvDefault` false: no default, the setting fails or is empty without it).
    QString envVar;
    QString envDefault;
    bool hasEnvDefault = false;
    QString note;

    bool isEnvironmentDependent() const { return !envVar.isEmpty(); }
    QString evidence() const { return file + QLatin1Char(':') + QString::number(line); }
};

// Two sources that disagree on the same thing, shown side by side.
struct DiscoveryConflict
{
    QString subject; // "CELERY_BROKER_URL", "celery.concurrency"
    DiscoveredFact first;
    DiscoveredFact second;
    QString note;
};

// A file discovery did not read, and why (too large, binary, unreadable, a symlink loop…).
struct SkippedFile
{
    QString file;
    QString reason;
};

// Everything one discovery run found, plus the design it proposes.
struct DiscoveryResult
{
    QString root;                        // absolute path of the repository
    QString project;                     // the Django project the design is for (folder, "." for the root)
    QStringList projects;                // every Django project found (folders of manage.py)
    std::vector<DiscoveredFact> facts;   // in the order found
    QStringList notFound;                // keys looked for and not found ("celery.broker")
    std::vector<DiscoveryConflict> conflicts;
    std::vector<SkippedFile> skipped;
    QStringList decisions;               // how the proposed design follows from the facts
    int filesSeen = 0;                   // files listed
    int filesRead = 0;                   // files opened and read
    std::optional<Design> design;

    std::vector<const DiscoveredFact *> all(const QString &key) const;
    const DiscoveredFact *first(const QString &key) const;
    bool has(const QString &key) const { return first(key) != nullptr; }
    QStringList values(const QString &key) const; // distinct values, in order

    QJsonObject toJson() const;
    // A Markdown report for people: facts with evidence, not found, conflicts, skipped files.
    QString toMarkdown() const;
};

// What each key means, for reports ("celery.broker" → "Celery broker URL"); every key
// discovery looks for, in report order.
struct FactKeyInfo
{
    const char *key;
    const char *description;
    bool expected; // reported as "not found" when absent
};
const std::vector<FactKeyInfo> &factKeys();
QString factDescription(const QString &key);

} // namespace Infra
