#include "designdiff.h"

#include "cost/costengine.h"
#include "derive/derivedmodel.h"
#include "emit/emitter.h"
#include "io/yamlscalar.h"
#include "model/componentkind.h"
#include "model/design.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

namespace Infra {

namespace {

using Status = DesignDiff::Status;

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::fromStdString(YamlScalar::formatDouble(v.toDouble()));
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &item : v.toList())
            parts << valueText(item);
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case QMetaType::QVariantMap: {
        QStringList parts;
        const QVariantMap map = v.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            parts << it.key() + QLatin1String(": ") + valueText(it.value());
        return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    default:
        return v.toString();
    }
}

void compareMaps(const QString &prefix, const QVariantMap &before, const QVariantMap &after,
                 std::vector<DesignDiff::ValueChange> *out)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        const QString b = valueText(before.value(key));
        const QString a = valueText(after.value(key));
        if (b != a)
            out->push_back({prefix + key, b, a});
    }
}

QString positionText(const QPointF &p)
{
    return QStringLiteral("%1, %2").arg(QString::fromStdString(YamlScalar::formatDouble(p.x())),
                                        QString::fromStdString(YamlScalar::formatDouble(p.y())));
}

QString linkText(const Link &l)
{
    if (l.mode == Link::Mode::Suppress)
        return QStringLiteral("%1 -x- %2 (suppressed)").arg(l.from, l.to);
    QString text = l.from + QLatin1String(" -> ") + l.to;
    if (l.port > 0)
        text += QLatin1Char(':') + QString::number(l.port);
    if (!l.purpose.isEmpty())
        text += QLatin1String(" (") + l.purpose + QLatin1Char(')');
    return text;
}

// Keys present on one side only, as Added/Removed facts, sorted by key.
void compareFacts(const std::map<QString, QString> &before, const std::map<QString, QString> &after,
                  std::vector<DesignDiff::FactChange> *out)
{
    for (const auto &[key, text] : before)
        if (!after.count(key))
            out->push_back({key, text, Status::Removed});
    for (const auto &[key, text] : after)
        if (!before.count(key))
            out->push_back({key, text, Status::Added});
    std::stable_sort(out->begin(), out->end(), [](const auto &x, const auto &y) { return x.key < y.key; });
}

std::map<QString, QString> connectionFacts(const DerivedModel &d)
{
    std::map<QString, QString> facts;
    for (const Connection &c : d.connections()) {
        const QString source = c.source == internetEndpoint() ? QStringLiteral("internet") : c.source;
        QString text = QStringLiteral("%1 -> %2 %3").arg(source, c.target, c.scheme);
        if (c.port > 0)
            text += QLatin1Char(':') + QString::number(c.port);
        if (!c.purpose.isEmpty())
            text += QLatin1String(" (") + c.purpose + QLatin1Char(')');
        // The text is part of the key: a connection whose port or purpose changed shows as
        // removed and added, which is what a reviewer needs to see.
        facts.emplace(c.id + QLatin1Char('|') + text, text);
    }
    return facts;
}

std::map<QString, QString> securityRuleFacts(const DerivedModel &d)
{
    std::map<QString, QString> facts;
    for (const SecurityGroup &g : d.securityGroups()) {
        for (const SecurityGroupRule &r : g.rules) {
            QString peer = r.peerGroup;
            if (peer.isEmpty() && !r.prefixList.isEmpty())
                peer = QStringLiteral("prefix list ") + r.prefixList;
            if (peer.isEmpty())
                peer = (r.cidrBlocks + r.ipv6CidrBlocks).join(QLatin1String(", "));
            const QString ports = r.fromPort == r.toPort ? QString::number(r.fromPort)
                                                         : QStringLiteral("%1-%2").arg(r.fromPort).arg(r.toPort);
            const QString text = QStringLiteral("%1 %2 %3/%4 %5 %6").arg(g.tier, directionName(r.direction), r.protocol, ports,
                                                                       r.direction == SecurityGroupRule::Direction::Ingress
                                                                           ? QStringLiteral("from")
                                                                           : QStringLiteral("to"),
                                                                       peer);
            facts.emplace(g.tier + QLatin1Char('|') + text, text);
        }
    }
    return facts;
}

std::map<QString, QString> findingFacts(const DerivedModel &d)
{
    std::map<QString, QString> facts;
    for (const Finding &f : d.findings())
        facts.emplace(f.key(), severityName(f.severity) + QLatin1String(" [") + f.ruleId + QLatin1String("] ") + f.message);
    return facts;
}

int countLines(const QString &patch, QChar sign)
{
    int n = 0;
    const QStringList lines = patch.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (line.startsWith(sign) && !line.startsWith(QString(3, sign)))
            ++n;
    return n;
}

bool isBinary(const EmittedFile &f)
{
    return f.language == QLatin1String("png") || f.content.contains('\0');
}

QString money(double usd)
{
    return QString::number(usd, 'f', 2);
}

QString signedMoney(double usd)
{
    const double r = std::round(usd * 100) / 100;
    return (r > 0 ? QStringLiteral("+") : r < 0 ? QStringLiteral("-") : QString()) + money(std::abs(r));
}

const char *statusSign(Status s)
{
    switch (s) {
    case Status::Added:
        return "+";
    case Status::Removed:
        return "-";
    case Status::Changed:
        break;
    }
    return "~";
}

// Markdown: a design's own text inside a table cell or a list item. Backslash-escapes the
// characters Markdown gives a meaning, and writes '<' and '&' as entities so no HTML passes.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': case '`': case '*': case '_': case '{': case '}': case '[': case ']': case '(': case ')':
        case '#': case '+': case '!': case '|': case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '\n':
        case '\r':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

// A fence longer than any run of backticks in the text, so a patch can never close it.
QString fenceFor(const QString &text)
{
    int longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

} // namespace

QString diffStatusName(DesignDiff::Status status)
{
    switch (status) {
    case Status::Added:
        return QStringLiteral("added");
    case Status::Removed:
        return QStringLiteral("removed");
    case Status::Changed:
        break;
    }
    return QStringLiteral("changed");
}

bool DesignDiff::ComponentChange::movedOnly() const
{
    return status == Status::Changed && values.size() == 1 && values.front().key == QLatin1String("position");
}

bool DesignDiff::isEmpty() const
{
    return changeCount() == 0;
}

int DesignDiff::changeCount() const
{
    return int(settings.size() + components.size() + links.size() + routes.size() + (routesReordered ? 1 : 0)
               + connections.size() + securityRules.size() + findings.size() + review.size() + cost.size()
               + files.size());
}

bool unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeLabel,
                 const QString &afterLabel, int contextLines, QString *patch, QString *error)
{
    patch->clear();
    if (before == after)
        return true;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString());
        return false;
    }
    const QString a = dir.filePath(QStringLiteral("a")), b = dir.filePath(QStringLiteral("b"));
    for (const auto &[path, bytes] : {std::pair{a, before}, std::pair{b, after}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
            return false;
        }
    }
    QProcess diff;
    // Arguments go as a list (no shell); the labels are our own texts.
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), QStringLiteral("-U%1").arg(contextLines),
                                        QStringLiteral("--label"), beforeLabel, QStringLiteral("--label"), afterLabel, a, b});
    if (!diff.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run 'diff' (diffutils): %1").arg(diff.errorString());
        return false;
    }
    diff.closeWriteChannel();
    if (!diff.waitForFinished(60000) || diff.exitStatus() != QProcess::NormalExit || diff.exitCode() > 1) {
        *error = QStringLiteral("'diff' failed: %1").arg(QString::fromLocal8Bit(diff.readAllStandardError()).trimmed());
        diff.kill();
        return false;
    }
    *patch = QString::fromUtf8(diff.readAllStandardOutput());
    return true;
}

DesignDiff DesignDiff::compare(const Design &before, const Design &after, const Options &options)
{
    DesignDiff d;

    // The design's own values.
    for (Section s : {Section::Settings, Section::Network, Section::Workload, Section::Celery}) {
        const QString prefix = s == Section::Settings ? QString() : sectionName(s) + QLatin1Char('.');
        compareMaps(prefix, before.section(s), after.section(s), &d.settings);
    }
    if (before.note() != after.note()) // the reviewers' note on the design
        d.settings.push_back({QStringLiteral("note"), before.note(), after.note()});

    QStringList ids;
    for (const Component &c : before.components())
        ids << c.id;
    for (const Component &c : after.components())
        ids << c.id;
    ids.removeDuplicates();
    ids.sort();
    for (const QString &id : ids) {
        const Component *b = before.component(id);
        const Component *a = after.component(id);
        ComponentChange change;
        change.id = id;
        if (!b || !a) {
            change.status = b ? Status::Removed : Status::Added;
            const Component *c = b ? b : a;
            change.kind = kindName(c->kind);
            change.name = c->name;
            d.components.push_back(std::move(change));
            continue;
        }
        change.kind = kindName(a->kind);
        change.name = a->name;
        if (a->kind != b->kind)
            change.values.push_back({QStringLiteral("kind"), kindName(b->kind), kindName(a->kind)});
        if (a->name != b->name)
            change.values.push_back({QStringLiteral("name"), b->name, a->name});
        compareMaps(QString(), b->params, a->params, &change.values);
        if (a->note != b->note)
            change.values.push_back({QStringLiteral("note"), b->note, a->note});
        if (a->position != b->position)
            change.values.push_back({QStringLiteral("position"), positionText(b->position), positionText(a->position)});
        if (!change.values.empty())
            d.components.push_back(std::move(change));
    }

    std::map<QString, QString> linksBefore, linksAfter;
    for (const Link &l : before.links())
        linksBefore.emplace(linkText(l), linkText(l));
    for (const Link &l : after.links())
        linksAfter.emplace(linkText(l), linkText(l));
    compareFacts(linksBefore, linksAfter, &d.links);

    std::map<QString, QString> routesBefore, routesAfter;
    QStringList orderBefore, orderAfter;
    for (const CeleryRoute &r : before.routes()) {
        const QString text = r.task + QLatin1String(" -> ") + r.queue;
        routesBefore.emplace(text, text);
        orderBefore << text;
    }
    for (const CeleryRoute &r : after.routes()) {
        const QString text = r.task + QLatin1String(" -> ") + r.queue;
        routesAfter.emplace(text, text);
        orderAfter << text;
    }
    compareFacts(routesBefore, routesAfter, &d.routes);
    if (d.routes.empty() && orderBefore != orderAfter)
        d.routesReordered = true;

    // What the studio derives.
    const DerivedModel derivedBefore = DerivedModel::derive(before);
    const DerivedModel derivedAfter = DerivedModel::derive(after);
    compareFacts(connectionFacts(derivedBefore), connectionFacts(derivedAfter), &d.connections);
    compareFacts(securityRuleFacts(derivedBefore), securityRuleFacts(derivedAfter), &d.securityRules);
    compareFacts(findingFacts(derivedBefore), findingFacts(derivedAfter), &d.findings);

    std::map<QString, const ReviewItem *> reviewBefore, reviewAfter;
    for (const ReviewItem &r : derivedBefore.review())
        reviewBefore.emplace(r.id, &r);
    for (const ReviewItem &r : derivedAfter.review())
        reviewAfter.emplace(r.id, &r);
    QStringList reviewIds;
    for (const auto &[id, item] : reviewBefore)
        reviewIds << id;
    for (const auto &[id, item] : reviewAfter)
        reviewIds << id;
    reviewIds.removeDuplicates();
    reviewIds.sort();
    for (const QString &id : reviewIds) {
        const ReviewItem *b = reviewBefore.count(id) ? reviewBefore.at(id) : nullptr;
        const ReviewItem *a = reviewAfter.count(id) ? reviewAfter.at(id) : nullptr;
        const QString sb = b ? reviewStatusName(b->status) : QString();
        const QString sa = a ? reviewStatusName(a->status) : QString();
        if (sb != sa)
            d.review.push_back({id, (a ? a : b)->title, sb, sa});
    }

    // Cost, line by line at the desired column.
    const CostEngine engine;
    const CostEstimate costBefore = engine.estimate(before);
    const CostEstimate costAfter = engine.estimate(after);
    d.totalBefore = costBefore.total.v;
    d.totalAfter = costAfter.total.v;
    for (const QString &e : costBefore.errors)
        d.costErrors << QStringLiteral("before: ") + e;
    for (const QString &e : costAfter.errors)
        d.costErrors << QStringLiteral("after: ") + e;
    struct Side
    {
        const ComponentCost *component = nullptr;
        const LineItem *item = nullptr;
    };
    std::map<std::pair<QString, QString>, std::pair<Side, Side>> lines;
    for (const ComponentCost &c : costBefore.components)
        for (const LineItem &i : c.items)
            lines[{c.id, i.key}].first = {&c, &i};
    for (const ComponentCost &c : costAfter.components)
        for (const LineItem &i : c.items)
            lines[{c.id, i.key}].second = {&c, &i};
    for (const auto &[key, sides] : lines) {
        const auto &[b, a] = sides;
        CostChange change;
        change.componentId = key.first;
        change.itemKey = key.second;
        const Side &named = a.item ? a : b;
        change.componentName = named.component->name;
        change.label = named.item->label;
        if (b.item)
            change.before = b.item->amount.v;
        if (a.item)
            change.after = a.item->amount.v;
        change.status = !b.item ? Status::Added : !a.item ? Status::Removed : Status::Changed;
        // A cent is the reports' resolution: smaller differences are rounding, not change.
        bool differs = change.status != Status::Changed;
        for (int column = 0; column < 3; ++column)
            differs = differs || std::abs(change.delta(column)) >= 0.005;
        if (differs)
            d.cost.push_back(std::move(change));
    }

    // The emitted files.
    if (options.files) {
        d.filesCompared = true;
        const Emitter::Parts parts = Emitter::Parts(Emitter::Part::Terraform) | Emitter::Part::Docs | Emitter::Part::Config;
        const EmittedFiles filesBefore = Emitter::emit(before, derivedBefore, parts);
        const EmittedFiles filesAfter = Emitter::emit(after, derivedAfter, parts);
        std::map<QString, std::pair<const EmittedFile *, const EmittedFile *>> byPath;
        for (const EmittedFile &f : filesBefore)
            byPath[f.path].first = &f;
        for (const EmittedFile &f : filesAfter)
            byPath[f.path].second = &f;
        for (const auto &[path, sides] : byPath) {
            const auto [b, a] = sides;
            if (b && a && b->content == a->content)
                continue;
            FileChange change;
            change.path = path;
            change.status = !b ? Status::Added : !a ? Status::Removed : Status::Changed;
            const bool binary = (b && isBinary(*b)) || (a && isBinary(*a));
            if (options.patches && !binary && d.filesError.isEmpty()) {
                QString error;
                if (unifiedDiff(b ? b->content : QByteArray(), a ? a->content : QByteArray(),
                                b ? QStringLiteral("a/") + path : QStringLiteral("/dev/null"),
                                a ? QStringLiteral("b/") + path : QStringLiteral("/dev/null"), options.contextLines,
                                &change.patch, &error)) {
                    change.linesAdded = countLines(change.patch, QLatin1Char('+'));
                    change.linesRemoved = countLines(change.patch, QLatin1Char('-'));
                } else {
                    d.filesError = error;
                }
            }
            d.files.push_back(std::move(change));
        }
    }
    return d;
}

QString DesignDiff::text() const
{
    QString out;
    out += QStringLiteral("--- %1\n+++ %2\n").arg(beforeLabel, afterLabel);
    if (isEmpty()) {
        out += QStringLiteral("\nNo differences.\n");
        return out;
    }
    auto heading = [&](const QString &title) { out += QLatin1Char('\n') + title + QLatin1Char('\n'); };
    if (!settings.empty()) {
        heading(QStringLiteral("Design settings"));
        for (const ValueChange &v : settings)
            out += QStringLiteral("  ~ %1: %2 -> %3\n").arg(v.key, v.before.isEmpty() ? QStringLiteral("(unset)") : v.before,
                                                          v.after.isEmpty() ? QStringLiteral("(unset)") : v.after);
    }
    if (!components.empty()) {
        heading(QStringLiteral("Components"));
        for (const ComponentChange &c : components) {
            out += QStringLiteral("  %1 %2 (%3, %4)\n").arg(QLatin1String(statusSign(c.status)), c.id, c.kind, c.name);
            for (const ValueChange &v : c.values)
                out += QStringLiteral("      %1: %2 -> %3\n").arg(v.key, v.before.isEmpty() ? QStringLiteral("(default)") : v.before,
                                                               v.after.isEmpty() ? QStringLiteral("(default)") : v.after);
        }
    }
    auto facts = [&](const QString &title, const std::vector<FactChange> &list) {
        if (list.empty())
            return;
        heading(title);
        for (const FactChange &f : list)
            out += QStringLiteral("  %1 %2\n").arg(QLatin1String(statusSign(f.status)), f.text);
    };
    facts(QStringLiteral("Links"), links);
    facts(QStringLiteral("Celery routes"), routes);
    if (routesReordered) {
        if (routes.empty())
            heading(QStringLiteral("Celery routes"));
        out += QStringLiteral("  ~ same routes in another order (the first match wins)\n");
    }
    facts(QStringLiteral("Connections"), connections);
    facts(QStringLiteral("Security-group rules"), securityRules);
    facts(QStringLiteral("Findings"), findings);
    if (!review.empty()) {
        heading(QStringLiteral("Review"));
        for (const ReviewChange &r : review)
            out += QStringLiteral("  ~ %1: %2 -> %3\n").arg(r.title, r.before.isEmpty() ? QStringLiteral("(absent)") : r.before,
                                                          r.after.isEmpty() ? QStringLiteral("(absent)") : r.after);
    }
    heading(QStringLiteral("Monthly cost (USD)"));
    const char *columns[] = {"minimum", "desired", "maximum"};
    for (const CostChange &c : cost) {
        QStringList parts;
        for (int column = 0; column < 3; ++column)
            if (std::abs(c.delta(column)) >= 0.005 || (column == 1 && c.status != Status::Changed))
                parts << QStringLiteral("%1 %2 -> %3 (%4)").arg(QLatin1String(columns[column]), money(c.before[size_t(column)]),
                                                              money(c.after[size_t(column)]), signedMoney(c.delta(column)));
        out += QStringLiteral("  %1 %2 / %3: %4\n").arg(QLatin1String(statusSign(c.status)), c.componentId, c.label,
                                                       parts.join(QLatin1String(", ")));
    }
    for (size_t i = 0; i < 3; ++i)
        out += QStringLiteral("  total at %1: %2 -> %3 (%4)\n")
                   .arg(QLatin1String(columns[i]), money(totalBefore[i]), money(totalAfter[i]), signedMoney(totalAfter[i] - totalBefore[i]));
    for (const QString &e : costErrors)
        out += QStringLiteral("  error: %1\n").arg(e);
    if (filesCompared && !files.empty()) {
        heading(QStringLiteral("Emitted files"));
        for (const FileChange &f : files) {
            out += QStringLiteral("  %1 %2").arg(QLatin1String(statusSign(f.status)), f.path);
            if (f.linesAdded || f.linesRemoved)
                out += QStringLiteral(" (+%1 -%2)").arg(f.linesAdded).arg(f.linesRemoved);
            out += QLatin1Char('\n');
        }
        if (!filesError.isEmpty())
            out += QStringLiteral("  (no line differences: %1)\n").arg(filesError);
        for (const FileChange &f : files)
            if (!f.patch.isEmpty())
                out += QLatin1Char('\n') + f.patch;
    }
    return out;
}

QString DesignDiff::markdown(int maxPatchLines) const
{
    QString out;
    out += QStringLiteral("## Infra Studio design diff\n\n`%1` → `%2`\n").arg(md(beforeLabel), md(afterLabel));
    if (isEmpty()) {
        out += QStringLiteral("\nNo differences.\n");
        return out;
    }
    const char *columns[] = {"Minimum", "Desired", "Maximum"};
    out += QStringLiteral("\n| Monthly cost (USD) | Before | After | Change |\n|---|---:|---:|---:|\n");
    for (size_t i = 0; i < 3; ++i)
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(QLatin1String(columns[i]), money(totalBefore[i]), money(totalAfter[i]), signedMoney(totalAfter[i] - totalBefore[i]));
    for (const QString &e : costErrors)
        out += QStringLiteral("\n> **Cost error:** %1\n").arg(md(e));

    auto heading = [&](const QString &title) { out += QStringLiteral("\n### ") + title + QStringLiteral("\n\n"); };
    if (!settings.empty()) {
        heading(QStringLiteral("Design settings"));
        out += QStringLiteral("| Setting | Before | After |\n|---|---|---|\n");
        for (const ValueChange &v : settings)
            out += QStringLiteral("| `%1` | %2 | %3 |\n").arg(md(v.key), md(v.before), md(v.after));
    }
    if (!components.empty()) {
        heading(QStringLiteral("Components"));
        out += QStringLiteral("| | Component | Kind | Change |\n|---|---|---|---|\n");
        for (const ComponentChange &c : components) {
            QStringList what;
            for (const ValueChange &v : c.values)
                what << QStringLiteral("`%1`: %2 → %3").arg(md(v.key), v.before.isEmpty() ? QStringLiteral("*default*") : md(v.before),
                                                         v.after.isEmpty() ? QStringLiteral("*default*") : md(v.after));
            out += QStringLiteral("| %1 | **%2** (`%3`) | %4 | %5 |\n")
                       .arg(diffStatusName(c.status), md(c.name), md(c.id), md(c.kind), what.join(QLatin1String("<br>")));
        }
    }
    auto facts = [&](const QString &title, const std::vector<FactChange> &list) {
        if (list.empty())
            return;
        heading(title);
        for (const FactChange &f : list)
            out += QStringLiteral("- %1 %2\n").arg(f.status == Status::Added ? QStringLiteral("➕") : QStringLiteral("➖"), md(f.text));
    };
    facts(QStringLiteral("Links"), links);
    facts(QStringLiteral("Celery routes"), routes);
    if (routesReordered) {
        if (routes.empty())
            heading(QStringLiteral("Celery routes"));
        out += QStringLiteral("- Same routes in another order (the first match wins).\n");
    }
    facts(QStringLiteral("Connections"), connections);
    facts(QStringLiteral("Security-group rules"), securityRules);
    facts(QStringLiteral("Findings"), findings);
    if (!review.empty()) {
        heading(QStringLiteral("Review"));
        out += QStringLiteral("| Item | Before | After |\n|---|---|---|\n");
        for (const ReviewChange &r : review)
            out += QStringLiteral("| %1 | %2 | %3 |\n").arg(md(r.title), md(r.before), md(r.after));
    }
    if (!cost.empty()) {
        heading(QStringLiteral("Cost lines (USD per month)"));
        out += QStringLiteral("| Component | Line | Desired before | Desired after | Change | Change at maximum |\n"
                              "|---|---|---:|---:|---:|---:|\n");
        for (const CostChange &c : cost)
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                       .arg(md(c.componentName), md(c.label), money(c.before[1]), money(c.after[1]), signedMoney(c.delta(1)),
                            signedMoney(c.delta(2)));
    }
    if (filesCompared && !files.empty()) {
        heading(QStringLiteral("Emitted files"));
        for (const FileChange &f : files) {
            out += QStringLiteral("- %1 `%2`").arg(diffStatusName(f.status), md(f.path));
            if (f.linesAdded || f.linesRemoved)
                out += QStringLiteral(" (+%1 −%2)").arg(f.linesAdded).arg(f.linesRemoved);
            out += QLatin1Char('\n');
        }
        if (!filesError.isEmpty())
            out += QStringLiteral("\n> No line differences: %1\n").arg(md(filesError));
        int budget = maxPatchLines;
        for (const FileChange &f : files) {
            if (f.patch.isEmpty())
                continue;
            QStringList lines = f.patch.split(QLatin1Char('\n'));
            if (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            out += QStringLiteral("\n<details><summary>%1</summary>\n\n").arg(md(f.path));
            QString body;
            if (budget <= 0) {
                out += QStringLiteral("(patch left out: the comment's %1-line budget is used up)\n").arg(maxPatchLines);
            } else {
                const qsizetype shown = std::min<qsizetype>(lines.size(), budget);
                body = lines.mid(0, shown).join(QLatin1Char('\n'));
                const QString fence = fenceFor(body);
                out += fence + QStringLiteral("diff\n") + body + QLatin1Char('\n') + fence + QLatin1Char('\n');
                if (shown < lines.size())
                    out += QStringLiteral("… and %1 more lines\n").arg(lines.size() - shown);
                budget -= int(shown);
            }
            out += QStringLiteral("\n</details>\n");
        }
    }
    return out;
}

QJsonObject DesignDiff::json() const
{
    QJsonObject root;
    root.insert(QStringLiteral("before"), beforeLabel);
    root.insert(QStringLiteral("after"), afterLabel);
    root.insert(QStringLiteral("identical"), isEmpty());
    auto values = [](const std::vector<ValueChange> &list) {
        QJsonArray array;
        for (const ValueChange &v : list)
            array.append(QJsonObject{{QStringLiteral("key"), v.key},
                                     {QStringLiteral("before"), v.before.isEmpty() ? QJsonValue() : QJsonValue(v.before)},
                                     {QStringLiteral("after"), v.after.isEmpty() ? QJsonValue() : QJsonValue(v.after)}});
        return array;
    };
    auto facts = [](const std::vector<FactChange> &list) {
        QJsonArray array;
        for (const FactChange &f : list)
            array.append(QJsonObject{{QStringLiteral("status"), diffStatusName(f.status)}, {QStringLiteral("text"), f.text}});
        return array;
    };
    root.insert(QStringLiteral("settings"), values(settings));
    QJsonArray comps;
    for (const ComponentChange &c : components)
        comps.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("kind"), c.kind},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("status"), diffStatusName(c.status)},
                                 {QStringLiteral("values"), values(c.values)}});
    root.insert(QStringLiteral("components"), comps);
    root.insert(QStringLiteral("links"), facts(links));
    root.insert(QStringLiteral("routes"), facts(routes));
    root.insert(QStringLiteral("routes_reordered"), routesReordered);
    root.insert(QStringLiteral("connections"), facts(connections));
    root.insert(QStringLiteral("security_group_rules"), facts(securityRules));
    root.insert(QStringLiteral("findings"), facts(findings));
    QJsonArray rev;
    for (const ReviewChange &r : review)
        rev.append(QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("title"), r.title},
                               {QStringLiteral("before"), r.before.isEmpty() ? QJsonValue() : QJsonValue(r.before)},
                               {QStringLiteral("after"), r.after.isEmpty() ? QJsonValue() : QJsonValue(r.after)}});
    root.insert(QStringLiteral("review"), rev);
    QJsonArray lines;
    for (const CostChange &c : cost)
    {
        QJsonObject line{{QStringLiteral("component"), c.componentId},
                         {QStringLiteral("item"), c.itemKey},
                         {QStringLiteral("label"), c.label},
                         {QStringLiteral("status"), diffStatusName(c.status)}};
        const char *names[] = {"min", "desired", "max"};
        for (size_t i = 0; i < 3; ++i)
            line.insert(QLatin1String(names[i]), QJsonObject{{QStringLiteral("before"), std::round(c.before[i] * 100) / 100},
                                                             {QStringLiteral("after"), std::round(c.after[i] * 100) / 100}});
        lines.append(line);
    }
    QJsonObject totals;
    const char *columns[] = {"min", "desired", "max"};
    for (size_t i = 0; i < 3; ++i)
        totals.insert(QLatin1String(columns[i]), QJsonObject{{QStringLiteral("before"), std::round(totalBefore[i] * 100) / 100},
                                                             {QStringLiteral("after"), std::round(totalAfter[i] * 100) / 100}});
    root.insert(QStringLiteral("cost"), QJsonObject{{QStringLiteral("lines"), lines},
                                                    {QStringLiteral("totals"), totals},
                                                    {QStringLiteral("errors"), QJsonArray::fromStringList(costErrors)}});
    QJsonArray fileList;
    for (const FileChange &f : files) {
        QJsonObject o{{QStringLiteral("path"), f.path},
                      {QStringLiteral("status"), diffStatusName(f.status)},
                      {QStringLiteral("lines_added"), f.linesAdded},
                      {QStringLiteral("lines_removed"), f.linesRemoved}};
        if (!f.patch.isEmpty())
            o.insert(QStringLiteral("patch"), f.patch);
        fileList.append(o);
    }
    QJsonObject filesObj{{QStringLiteral("compared"), filesCompared}, {QStringLiteral("changed"), fileList}};
    if (!filesError.isEmpty())
        filesObj.insert(QStringLiteral("error"), filesError);
    root.insert(QStringLiteral("files"), filesObj);
    return root;
}

} // namespace Infra
