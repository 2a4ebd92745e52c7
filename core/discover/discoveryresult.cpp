#include "discoveryresult.h"

#include <QJsonArray>

namespace Infra {

QString confidenceName(Confidence c)
{
    switch (c) {
    case Confidence::High: return QStringLiteral("high");
    case Confidence::Medium: return QStringLiteral("medium");
    case Confidence::Low: return QStringLiteral("low");
    }
    return {};
}

const std::vector<FactKeyInfo> &factKeys()
{
    // Keys ending in '.' are prefixes (one fact per package, alias, service…).
    static const std::vector<FactKeyInfo> keys = {
        {"django.project", "Django project (folder of manage.py)", true},
        {"django.version", "Django version required", true},
        {"settings.module", "Django settings module", true},
        {"settings.file", "Settings file read", false},
        {"settings.configuration", "django-configurations class", false},
        {"server", "Application server", true},
        {"database.default.engine", "Default database engine", true},
        {"database.", "Database setting", false},
        {"database.routers", "Database routers", false},
        {"cache.default.backend", "Default cache backend", true},
        {"cache.", "Cache setting", false},
        {"sessions.engine", "Session engine", true},
        {"storage.static", "Static files storage", true},
        {"storage.media", "Media (uploaded files) storage", true},
        {"storage.bucket", "S3 bucket name", false},
        {"channels.layer", "Channels layer backend", false},
        {"celery.app", "Celery application", true},
        {"celery.namespace", "Celery settings namespace", false},
        {"celery.broker", "Celery broker URL", true},
        {"celery.result_backend", "Celery result backend", true},
        {"celery.task", "Celery task", false},
        {"celery.route", "Celery task route", false},
        {"celery.queue", "Celery queue", true},
        {"celery.default_queue", "Celery default queue", false},
        {"celery.beat.entry", "Celery Beat schedule entry", true},
        {"celery.beat.scheduler", "Celery Beat scheduler", false},
        {"celery.concurrency", "Celery worker concurrency", true},
        {"celery.time_limit", "Celery task time limit", false},
        {"celery.soft_time_limit", "Celery task soft time limit", false},
        {"process.web", "Web process command", true},
        {"process.worker", "Celery worker command", true},
        {"process.beat", "Celery Beat command", true},
        {"process.", "Process", false},
        {"service.", "Extra service (image)", false},
        {"environment.", "Environment variable set for a process", false},
        {"dependency.", "Dependency", false},
        {"terraform.resource", "Existing Terraform AWS resource", true},
        {"terraform.module", "Existing Terraform module", false},
    };
    return keys;
}

QString factDescription(const QString &key)
{
    const FactKeyInfo *prefix = nullptr;
    for (const FactKeyInfo &info : factKeys()) {
        const QLatin1String k(info.key);
        if (key == k)
            return QString::fromLatin1(info.key).endsWith(QLatin1Char('.')) ? key : QString::fromUtf8(info.description);
        if (k.endsWith(QLatin1Char('.')) && key.startsWith(k) && !prefix)
            prefix = &info;
    }
    if (prefix)
        return QString::fromUtf8(prefix->description) + QStringLiteral(" ") + key.mid(qsizetype(qstrlen(prefix->key)));
    return key;
}

std::vector<const DiscoveredFact *> DiscoveryResult::all(const QString &key) const
{
    std::vector<const DiscoveredFact *> out;
    for (const DiscoveredFact &f : facts)
        if (f.key == key)
            out.push_back(&f);
    return out;
}

const DiscoveredFact *DiscoveryResult::first(const QString &key) const
{
    for (const DiscoveredFact &f : facts)
        if (f.key == key)
            return &f;
    return nullptr;
}

QStringList DiscoveryResult::values(const QString &key) const
{
    QStringList out;
    for (const DiscoveredFact &f : facts)
        if (f.key == key && !out.contains(f.value))
            out << f.value;
    return out;
}

namespace {

QJsonObject factJson(const DiscoveredFact &f)
{
    QJsonObject o{{QStringLiteral("key"), f.key},
                  {QStringLiteral("value"), f.value},
                  {QStringLiteral("file"), f.file},
                  {QStringLiteral("line"), f.line},
                  {QStringLiteral("confidence"), confidenceName(f.confidence)}};
    if (f.isEnvironmentDependent()) {
        QJsonObject env{{QStringLiteral("variable"), f.envVar}};
        env.insert(QStringLiteral("default"), f.hasEnvDefault ? QJsonValue(f.envDefault) : QJsonValue());
        o.insert(QStringLiteral("environment"), env);
    }
    if (!f.note.isEmpty())
        o.insert(QStringLiteral("note"), f.note);
    return o;
}

QString escapeCell(QString s)
{
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString factValueText(const DiscoveredFact &f)
{
    if (!f.isEnvironmentDependent())
        return f.value;
    const QString def = f.hasEnvDefault ? QStringLiteral("default `%1`").arg(f.envDefault) : QStringLiteral("no default");
    return (f.value.isEmpty() ? QString() : f.value + QLatin1Char(' '))
        + QStringLiteral("(environment: `%1`, %2)").arg(f.envVar, def);
}

} // namespace

QJsonObject DiscoveryResult::toJson() const
{
    QJsonArray factArray;
    for (const DiscoveredFact &f : facts)
        factArray.append(factJson(f));
    QJsonArray conflictArray;
    for (const DiscoveryConflict &c : conflicts)
        conflictArray.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                                         {QStringLiteral("first"), factJson(c.first)},
                                         {QStringLiteral("second"), factJson(c.second)},
                                         {QStringLiteral("note"), c.note}});
    QJsonArray skippedArray;
    for (const SkippedFile &s : skipped)
        skippedArray.append(QJsonObject{{QStringLiteral("file"), s.file}, {QStringLiteral("reason"), s.reason}});
    return QJsonObject{{QStringLiteral("root"), root},
                       {QStringLiteral("project"), project},
                       {QStringLiteral("projects"), QJsonArray::fromStringList(projects)},
                       {QStringLiteral("files_seen"), filesSeen},
                       {QStringLiteral("files_read"), filesRead},
                       {QStringLiteral("facts"), factArray},
                       {QStringLiteral("not_found"), QJsonArray::fromStringList(notFound)},
                       {QStringLiteral("conflicts"), conflictArray},
                       {QStringLiteral("skipped"), skippedArray},
                       {QStringLiteral("decisions"), QJsonArray::fromStringList(decisions)}};
}

QString DiscoveryResult::toMarkdown() const
{
    QString md;
    md += QStringLiteral("# Discovery report\n\n");
    md += QStringLiteral("Repository: `%1`  \nDjango project: `%2`  \nFiles listed: %3, read: %4\n\n")
              .arg(root, project.isEmpty() ? QStringLiteral("not found") : project)
              .arg(filesSeen)
              .arg(filesRead);
    md += QStringLiteral("Read statically: no code of the repository was imported or run.\n\n");
    if (projects.size() > 1)
        md += QStringLiteral("Several Django projects: %1. The design is for `%2`.\n\n")
                  .arg(projects.join(QStringLiteral(", ")), project);

    md += QStringLiteral("## Facts\n\n| fact | value | evidence | confidence |\n|---|---|---|---|\n");
    for (const DiscoveredFact &f : facts) {
        QString value = escapeCell(factValueText(f));
        if (!f.note.isEmpty())
            value += QStringLiteral(" — ") + escapeCell(f.note);
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(escapeCell(factDescription(f.key)), value, f.evidence(), confidenceName(f.confidence));
    }
    md += QStringLiteral("\n## Not found\n\n");
    if (notFound.isEmpty())
        md += QStringLiteral("Everything looked for was found.\n");
    for (const QString &key : notFound)
        md += QStringLiteral("- %1 (`%2`): not found\n").arg(factDescription(key), key);

    md += QStringLiteral("\n## Conflicts\n\n");
    if (conflicts.empty())
        md += QStringLiteral("None found.\n");
    else
        md += QStringLiteral("| subject | one source | other source | note |\n|---|---|---|---|\n");
    for (const DiscoveryConflict &c : conflicts)
        md += QStringLiteral("| %1 | %2 (%3) | %4 (%5) | %6 |\n")
                  .arg(escapeCell(c.subject), escapeCell(factValueText(c.first)), c.first.evidence(),
                       escapeCell(factValueText(c.second)), c.second.evidence(), escapeCell(c.note));

    md += QStringLiteral("\n## Proposed design\n\n");
    if (decisions.isEmpty())
        md += QStringLiteral("No design proposed.\n");
    for (const QString &d : decisions)
        md += QStringLiteral("- ") + d + QLatin1Char('\n');

    if (!skipped.empty()) {
        md += QStringLiteral("\n## Not read\n\n");
        for (const SkippedFile &s : skipped)
            md += QStringLiteral("- `%1`: %2\n").arg(s.file, s.reason);
    }
    return md;
}

} // namespace Infra
