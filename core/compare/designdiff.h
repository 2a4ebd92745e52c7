#pragma once

#include "emit/emittedfile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace Infra {

class Design;
class PricingCatalog;

// What differs between two designs ("before" and "after"), as a reviewer reads a change:
// the design's own values (settings, components, links, routes), what the studio derives from
// them (connections, security-group rules, findings, review items), the monthly cost line by
// line, and the emitted files. Every list is sorted, so the same pair always gives the same
// report. Values are compared as the design file writes them.
struct DesignDiff
{
    // A value that differs: "workload.peak_rps" 200 → 400. An empty side means absent.
    struct ValueChange
    {
        QString key;
        QString before;
        QString after;
        bool operator==(const ValueChange &) const = default;
    };

    enum class Status { Added, Removed, Changed };

    struct ComponentChange
    {
        QString id;
        QString kind;      // kindName(): "ecs_web"
        QString name;      // the "after" name (the "before" name when removed)
        Status status = Status::Changed;
        std::vector<ValueChange> values; // name, parameters; position only as "position"
        bool movedOnly() const;          // only its position differs
    };

    // One cost line (component id + line key) whose monthly amount differs in any of the
    // three autoscaling columns (min, desired, max); USD per month, 0 where the line is absent.
    struct CostChange
    {
        QString componentId;
        QString componentName;
        QString itemKey;
        QString label;
        std::array<double, 3> before{0, 0, 0};
        std::array<double, 3> after{0, 0, 0};
        Status status = Status::Changed;
        double delta(int column = 1) const { return after[size_t(column)] - before[size_t(column)]; }
    };

    // A derived fact present on one side only (a connection, a security-group rule, a
    // finding): its stable key and one line for people.
    struct FactChange
    {
        QString key;
        QString text;
        Status status = Status::Added; // Added or Removed
    };

    struct ReviewChange
    {
        QString id;
        QString title;
        QString before; // "passed", "failed", "not_evaluated", or empty when absent
        QString after;
    };

    // An emitted file that differs. `patch` is a unified diff (text files), empty for binary
    // files (the diagram PNG) and when files were not compared.
    struct FileChange
    {
        QString path;
        Status status = Status::Changed;
        QString patch;
        int linesAdded = 0;
        int linesRemoved = 0;
    };

    QString beforeLabel; // how the sides are named in reports: file paths or "REV:path"
    QString afterLabel;

    std::vector<ValueChange> settings; // settings / network / workload / celery values
    std::vector<ComponentChange> components;
    std::vector<FactChange> links;
    std::vector<FactChange> routes;    // "task -> queue" entries added or removed
    bool routesReordered = false;      // same entries, another order (order decides in Celery)
    std::vector<FactChange> connections;
    std::vector<FactChange> securityRules;
    std::vector<FactChange> findings;
    std::vector<ReviewChange> review;
    std::vector<CostChange> cost;
    std::array<double, 3> totalBefore{0, 0, 0}; // min, desired, max
    std::array<double, 3> totalAfter{0, 0, 0};
    QStringList costErrors;            // estimate errors on either side (prefixed "before: "/"after: ")
    std::vector<FileChange> files;
    bool filesCompared = false;
    QString filesError;                // why the patches could not be made (no `diff` tool, …)

    // True when nothing differs at all (positions included).
    bool isEmpty() const;
    // The number of differing items per section, in report order; for summaries.
    int changeCount() const;

    struct Options
    {
        bool files = true;     // emit both designs and compare the files (slowest part)
        bool patches = true;   // with files: unified diffs of the text files
        int contextLines = 3;
    };

    static DesignDiff compare(const Design &before, const Design &after, const Options &options);
    static DesignDiff compare(const Design &before, const Design &after) { return compare(before, after, Options{}); }

    // Reports. Text for a terminal, Markdown for a pull-request comment (headings, tables and
    // ```diff blocks; every design-supplied text escaped for Markdown), JSON for tools.
    QString text() const;
    QString markdown(int maxPatchLines = 400) const;
    QJsonObject json() const;
};

QString diffStatusName(DesignDiff::Status status); // "added", "removed", "changed"

// Unified diff of two texts with `diff -u` from diffutils (an Essential package on Debian);
// labels name the sides in the --- / +++ lines. Returns false with `error` set when the tool
// cannot be run. An empty patch means the texts are equal.
bool unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeLabel,
                 const QString &afterLabel, int contextLines, QString *patch, QString *error);

} // namespace Infra
