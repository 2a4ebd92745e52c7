#include "reviewreport.h"

#include "compare/designdiff.h"
#include "cost/costengine.h"
#include "cost/costestimate.h"
#include "decide/decisionengine.h"
#include "derive/derivedmodel.h"
#include "emit/docswriter.h"
#include "model/design.h"

#include <cmath>

namespace Infra {

namespace {

using W = DocsWriter;

QString esc(const QString &text)
{
    return ReviewReport::escaped(text);
}

QString money(double usd)
{
    return W::money(usd);
}

QString signedMoney(double usd)
{
    const double cents = std::round(usd * 100.0) / 100.0;
    if (cents == 0)
        return QStringLiteral("$0.00");
    return (cents > 0 ? QStringLiteral("+") : QStringLiteral("−")) + W::money(std::abs(cents));
}

QString tag(const char *name, const QString &body, const QString &cls = {})
{
    const QString n = QString::fromLatin1(name);
    return QStringLiteral("<%1%2>%3</%1>").arg(n, cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls), body);
}

// A table: the header and rows are HTML already (cells escaped by the caller). Columns from
// `numericFrom` on are right-aligned amounts.
QString table(const QStringList &header, const QList<QStringList> &rows, const QString &cls = {}, int numericFrom = -1)
{
    QString out = cls.isEmpty() ? QStringLiteral("<table>\n<thead><tr>") : QStringLiteral("<table class=\"%1\">\n<thead><tr>").arg(cls);
    const QString num = QStringLiteral("num");
    for (qsizetype i = 0; i < header.size(); ++i)
        out += tag("th", header.at(i), numericFrom >= 0 && i >= numericFrom ? num : QString());
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &r : rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < r.size(); ++i)
            out += tag("td", r.at(i), numericFrom >= 0 && i >= numericFrom ? num : QString());
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</tbody>\n</table>\n");
}

QString section(const QString &id, const QString &title, const QString &body)
{
    return QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n%3</section>\n").arg(esc(id), esc(title), body);
}

QString badge(const QString &text, const QString &cls)
{
    return QStringLiteral("<span class=\"badge %1\">%2</span>").arg(cls, esc(text));
}

QString statusBadge(ReviewItem::Status s)
{
    switch (s) {
    case ReviewItem::Status::Passed: return badge(QStringLiteral("passed"), QStringLiteral("ok"));
    case ReviewItem::Status::Failed: return badge(QStringLiteral("FAILED"), QStringLiteral("bad"));
    case ReviewItem::Status::NotEvaluated: return badge(QStringLiteral("not evaluated"), QStringLiteral("na"));
    }
    return {};
}

QString severityBadge(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Error: return badge(QStringLiteral("error"), QStringLiteral("bad"));
    case Finding::Severity::Warning: return badge(QStringLiteral("warning"), QStringLiteral("warn"));
    case Finding::Severity::Info: return badge(QStringLiteral("note"), QStringLiteral("na"));
    }
    return {};
}

QString diffStatusBadge(DesignDiff::Status s)
{
    switch (s) {
    case DesignDiff::Status::Added: return badge(QStringLiteral("added"), QStringLiteral("ok"));
    case DesignDiff::Status::Removed: return badge(QStringLiteral("removed"), QStringLiteral("bad"));
    case DesignDiff::Status::Changed: return badge(QStringLiteral("changed"), QStringLiteral("warn"));
    }
    return {};
}

QString list(const QStringList &escapedItems)
{
    if (escapedItems.isEmpty())
        return {};
    QString out = QStringLiteral("<ul>");
    for (const QString &i : escapedItems)
        out += tag("li", i);
    return out + QStringLiteral("</ul>");
}

QString number1(double v)
{
    return std::isfinite(v) ? W::number(std::round(v * 10.0) / 10.0) : QStringLiteral("unbounded");
}

const char *const styleSheet = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10.5pt; color: #1f2328;
       margin: 0 auto; max-width: 1100px; padding: 24px 32px; line-height: 1.4; }
h1 { font-size: 20pt; margin: 0 0 4px 0; }
h2 { font-size: 14pt; margin: 28px 0 8px 0; padding-bottom: 3px; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 11.5pt; margin: 16px 0 6px 0; }
p.meta { color: #57606a; margin: 0 0 12px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px 0; }
th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f6f8fa; }
ul { margin: 2px 0; padding-left: 18px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 9pt; font-weight: bold; white-space: nowrap; }
.ok { background: #dafbe1; color: #116329; }
.bad { background: #ffebe9; color: #a40e26; }
.warn { background: #fff8c5; color: #7d4e00; }
.na { background: #eaeef2; color: #424a53; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0; }
.card { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 12px; min-width: 180px; }
.card b { display: block; font-size: 14pt; }
.diagram { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px; text-align: center; }
.diagram svg, .diagram img { max-width: 100%; height: auto; }
.note { white-space: pre-wrap; background: #fff8c5; border-left: 4px solid #d4a72c; padding: 6px 10px; margin: 4px 0 10px 0; }
.small { color: #57606a; font-size: 9pt; }
@media print {
  body { max-width: none; padding: 0; }
  section { break-inside: auto; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
}
)";

// QTextDocument (the PDF) reads a CSS subset: no flex boxes, no border-radius, no max-width.
const char *const printStyleSheet = R"(
body { font-family: "DejaVu Sans"; font-size: 9pt; color: #1f2328; }
h1 { font-size: 16pt; }
h2 { font-size: 12pt; margin-top: 16px; }
h3 { font-size: 10pt; }
p.meta { color: #57606a; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
th { background-color: #f6f8fa; font-weight: bold; }
td.num, th.num { text-align: right; }
tr.total td { font-weight: bold; }
.badge { font-weight: bold; }
.ok { color: #116329; }
.bad { color: #a40e26; }
.warn { color: #7d4e00; }
.na { color: #424a53; }
.card b { font-size: 12pt; }
.note { background-color: #fff8c5; }
.small { color: #57606a; font-size: 8pt; }
)";

} // namespace

ReviewReport::ReviewReport(const Design &design, const DerivedModel &derived, const CostEstimate &estimate)
    : m_design(design)
    , m_derived(derived)
    , m_estimate(estimate)
{
}

QString ReviewReport::escaped(const QString &text, bool lineBreaks)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '\r': break;
        case '\n': out += lineBreaks ? QStringLiteral("<br/>\n") : QStringLiteral("\n"); break;
        default:
            // Control characters are not allowed in HTML (nor XML) text: shown as spaces.
            out += (ch.unicode() < 0x20 && ch != QLatin1Char('\t')) ? QChar(QLatin1Char(' ')) : ch;
        }
    }
    return out;
}

QByteArray ReviewReport::inlineSvg(const QByteArray &svg)
{
    const qsizetype start = svg.indexOf("<svg");
    return start < 0 ? QByteArray() : svg.mid(start).trimmed();
}

QString ReviewReport::header() const
{
    const Design &d = m_design;
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding &f : m_derived.findings())
        (f.severity == Finding::Severity::Error ? errors : f.severity == Finding::Severity::Warning ? warnings : infos)++;
    int passed = 0, failed = 0, open = 0;
    for (const ReviewItem &r : m_derived.review())
        (r.status == ReviewItem::Status::Passed ? passed : r.status == ReviewItem::Status::Failed ? failed : open)++;
    const double budget = d.value(Infra::Section::Workload, QStringLiteral("monthly_budget_usd")).toDouble();
    const double total = m_estimate.total.desired();

    QString out = QStringLiteral("<header>\n<h1>Review report: %1</h1>\n").arg(esc(d.name()));
    // One arg() pass: a replaced text that holds "%5" stays as it is.
    out += QStringLiteral("<p class=\"meta\">Project <b>%1</b> · %2 (%3) · %4 · %5 components, %6 connections</p>\n")
               .arg(esc(d.project()), esc(m_estimate.regionName.isEmpty() ? d.region() : m_estimate.regionName), esc(d.region()),
                    esc(d.environment()), QString::number(d.components().size()), QString::number(m_derived.connections().size()));
    // Cards side by side; on paper (QTextDocument has no flex boxes) the cells of a table.
    auto card = [this](const QString &title, const QString &value, const QString &detail) {
        return (m_print ? QStringLiteral("<td>%1<br/><b>%2</b><br/><span class=\"small\">%3</span></td>\n")
                        : QStringLiteral("<div class=\"card\">%1<b>%2</b><span class=\"small\">%3</span></div>\n"))
            .arg(esc(title), value, detail);
    };
    out += m_print ? QStringLiteral("<table class=\"cards\"><tr>\n") : QStringLiteral("<div class=\"cards\">\n");
    QString costDetail = esc(QStringLiteral("%1 at minimum, %2 at maximum").arg(money(m_estimate.total.minimum()), money(m_estimate.total.maximum())));
    if (budget > 0) {
        costDetail += QStringLiteral("<br/>");
        costDetail += total > budget ? badge(QStringLiteral("over budget"), QStringLiteral("bad"))
                                     : badge(QStringLiteral("within budget"), QStringLiteral("ok"));
        costDetail += esc(QStringLiteral(" of %1").arg(money(budget)));
    }
    out += card(QStringLiteral("Monthly cost (desired scale)"), esc(money(total)), costDetail);
    out += card(QStringLiteral("Review"), esc(QStringLiteral("%1 passed").arg(passed)),
                esc(QStringLiteral("%1 failed, %2 not evaluated").arg(failed).arg(open)));
    out += card(QStringLiteral("Findings"), esc(QStringLiteral("%1 errors").arg(errors)),
                esc(QStringLiteral("%1 warnings, %2 notes").arg(warnings).arg(infos)));
    out += m_print ? QStringLiteral("</tr></table>\n</header>\n") : QStringLiteral("</div>\n</header>\n");
    if (!d.note().isEmpty())
        out += QStringLiteral("<div class=\"note\">%1</div>\n").arg(escaped(d.note(), m_print));
    return out;
}

QString ReviewReport::diagram() const
{
    QString body;
    if (!m_svg.isEmpty())
        body = QString::fromUtf8(inlineSvg(m_svg));
    else if (!m_imageSource.isEmpty())
        body = QStringLiteral("<img src=\"%1\" alt=\"Architecture diagram\" width=\"500\"/>").arg(esc(m_imageSource));
    if (body.isEmpty())
        return {};
    return section(QStringLiteral("diagram"), QStringLiteral("Diagram"), QStringLiteral("<div class=\"diagram\">%1</div>\n").arg(body));
}

QString ReviewReport::review() const
{
    QString body = QStringLiteral("<p>The playbook's quality standards and self-verification checklist, judged on this design "
                                  "(the list <code>infra-studio-cli check</code> prints).</p>\n");
    for (ReviewItem::Group group : {ReviewItem::Group::QualityStandard, ReviewItem::Group::Checklist}) {
        QList<QStringList> rows;
        for (const ReviewItem &r : m_derived.review()) {
            if (r.group != group)
                continue;
            QStringList evidence;
            for (const QString &e : r.evidence)
                evidence.append(esc(e));
            rows.append({statusBadge(r.status), esc(r.title), list(evidence)});
        }
        if (rows.isEmpty())
            continue;
        body += tag("h3", group == ReviewItem::Group::QualityStandard ? QStringLiteral("Quality standards")
                                                                      : QStringLiteral("Self-verification checklist"));
        body += QLatin1Char('\n') + table({QStringLiteral("Result"), QStringLiteral("Item"), QStringLiteral("Evidence")}, rows, QStringLiteral("review"));
    }
    return section(QStringLiteral("review"), QStringLiteral("Review checklist"), body);
}

QString ReviewReport::findings() const
{
    if (m_derived.findings().empty())
        return section(QStringLiteral("findings"), QStringLiteral("Findings"), QStringLiteral("<p>No findings.</p>\n"));
    QList<QStringList> rows;
    for (const Finding &f : m_derived.findings())
        rows.append({severityBadge(f.severity), f.componentId.isEmpty() ? QStringLiteral("—") : esc(f.componentId), esc(f.message),
                     esc(f.fixHint), QStringLiteral("<span class=\"small\">%1</span>").arg(esc(f.ruleId))});
    return section(QStringLiteral("findings"), QStringLiteral("Findings"),
                   table({QStringLiteral("Severity"), QStringLiteral("Component"), QStringLiteral("Finding"), QStringLiteral("Fix"),
                          QStringLiteral("Rule")},
                         rows));
}

QString ReviewReport::cost() const
{
    const CostEstimate &e = m_estimate;
    QString body = QStringLiteral("<p>Monthly estimate in %1 (%2 hours a month), price catalog %3 of %4. Three columns: every "
                                  "service at its minimum, desired and maximum task count.</p>\n")
                       .arg(esc(e.regionName.isEmpty() ? e.region : e.regionName), W::number(e.hoursPerMonth), esc(e.catalogVersion),
                            esc(e.catalogDate));
    for (const QString &error : e.errors)
        body += QStringLiteral("<p>%1 %2</p>\n").arg(badge(QStringLiteral("partial"), QStringLiteral("bad")), esc(error));
    auto amounts = [&](const Amounts &a) {
        return QStringList{money(a.minimum()), money(a.desired()), money(a.maximum())};
    };
    // By category.
    QList<QStringList> rows;
    for (int c = 0; c < costCategoryCount; ++c) {
        const Amounts a = e.categories[size_t(c)];
        if (a.minimum() == 0 && a.desired() == 0 && a.maximum() == 0)
            continue;
        rows.append(QStringList{esc(costCategoryDisplayName(CostCategory(c)))} + amounts(a));
    }
    QString categories = table({QStringLiteral("Category"), QStringLiteral("Minimum"), QStringLiteral("Desired"), QStringLiteral("Maximum")},
                               rows, QStringLiteral("money"), 1);
    categories.replace(QStringLiteral("</tbody>"),
                       QStringLiteral("<tr class=\"total\"><td>Total</td><td class=\"num\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td></tr>\n</tbody>")
                           .arg(money(e.total.minimum()), money(e.total.desired()), money(e.total.maximum())));
    body += tag("h3", QStringLiteral("By category")) + QLatin1Char('\n') + categories;

    // Line items, per component.
    rows.clear();
    for (const ComponentCost &c : e.components) {
        for (const LineItem &i : c.items) {
            QString label = esc(i.label);
            if (i.status != PriceStatus::Verified)
                label += QStringLiteral(" ") + badge(QStringLiteral("unverified price"), QStringLiteral("warn"));
            if (!i.note.isEmpty())
                label += QStringLiteral("<br/><span class=\"small\">%1</span>").arg(esc(i.note));
            rows.append(QStringList{esc(c.name) + QStringLiteral(" <span class=\"small\">%1</span>").arg(esc(c.id)), label,
                                    esc(W::number(std::round(i.quantity.desired() * 100.0) / 100.0) + QLatin1Char(' ') + i.unit),
                                    esc(W::unitPrice(i.unitPrice))}
                        + amounts(i.amount));
        }
        rows.append(QStringList{QString(), QStringLiteral("<b>%1 total</b>").arg(esc(c.name)), QString(), QString()} + amounts(c.total));
    }
    body += tag("h3", QStringLiteral("Line items")) + QLatin1Char('\n')
        + table({QStringLiteral("Component"), QStringLiteral("Item"), QStringLiteral("Quantity (desired)"), QStringLiteral("Unit price"),
                 QStringLiteral("Minimum"), QStringLiteral("Desired"), QStringLiteral("Maximum")},
                rows, QStringLiteral("money items"), 3);
    if (!e.notes.isEmpty()) {
        QStringList notes;
        for (const QString &n : e.notes)
            notes.append(esc(n));
        body += tag("h3", QStringLiteral("Assumptions")) + QLatin1Char('\n') + list(notes) + QLatin1Char('\n');
    }
    return section(QStringLiteral("cost"), QStringLiteral("Cost"), body);
}

QString ReviewReport::capacity() const
{
    const CapacityReport &cap = m_derived.capacity();
    if (cap.allFacts().empty())
        return {};
    const double peak = m_design.value(Infra::Section::Workload, QStringLiteral("peak_rps")).toDouble();
    QString body = QStringLiteral("<p>What the workload's peak of %1 requests/s asks of each tier, planned at %2 % utilisation.</p>\n")
                       .arg(W::number(peak), W::number(std::round(cap.targetUtilization * 100.0)));
    QList<QStringList> rows;
    for (const auto &[id, f] : cap.allFacts()) {
        const double u = f.utilization();
        const QString used = std::isfinite(u) ? W::number(std::round(u * 100.0)) + QStringLiteral(" %") : QStringLiteral("unbounded");
        rows.append({esc(id), esc(f.label.toString()), number1(f.demand), number1(f.capacity), esc(f.unit),
                     !std::isfinite(u) || u >= 1.0 ? badge(used, QStringLiteral("bad"))
                         : u > cap.targetUtilization + 1e-9 ? badge(used, QStringLiteral("warn"))
                                                            : esc(used)});
    }
    body += table({QStringLiteral("Component"), QStringLiteral("Measure"), QStringLiteral("Need"), QStringLiteral("Capacity"),
                   QStringLiteral("Unit"), QStringLiteral("Used")},
                  rows);
    QStringList sized;
    for (const WebCapacity &c : cap.web)
        sized.append(esc(QStringLiteral("%1 needs %2 task(s) at the peak and %3 on average (p95 estimate %4 ms, target %5 ms)")
                             .arg(c.componentId)
                             .arg(c.requiredPeak)
                             .arg(c.requiredAvg)
                             .arg(std::isfinite(c.p95Ms) ? W::number(std::round(c.p95Ms)) : QStringLiteral("unbounded"))
                             .arg(W::number(c.p95TargetMs))));
    for (const CeleryCapacity &c : cap.celery)
        sized.append(esc(QStringLiteral("%1 needs %2 task(s) at the peak and %3 on average; a burst drains within %4 minutes")
                             .arg(c.componentId)
                             .arg(c.requiredPeak)
                             .arg(c.requiredAvg)
                             .arg(std::isfinite(c.drainSeconds) ? W::number(std::ceil(c.drainSeconds / 60.0)) : QStringLiteral("unbounded"))));
    body += list(sized) + QLatin1Char('\n');
    return section(QStringLiteral("capacity"), QStringLiteral("Capacity"), body);
}

QString ReviewReport::notes() const
{
    if (!m_design.hasNotes())
        return {};
    QString body;
    if (!m_design.note().isEmpty())
        body += QStringLiteral("<h3>On the design</h3>\n<div class=\"note\">%1</div>\n").arg(escaped(m_design.note(), m_print));
    for (const Component &c : m_design.components()) {
        if (c.note.isEmpty())
            continue;
        body += QStringLiteral("<h3>%1 <span class=\"small\">%2</span></h3>\n<div class=\"note\">%3</div>\n")
                    .arg(esc(c.name), esc(c.id), escaped(c.note, m_print));
    }
    return section(QStringLiteral("notes"), QStringLiteral("Notes"), body);
}

QString ReviewReport::comparison() const
{
    if (!m_diff)
        return {};
    const DesignDiff &d = *m_diff;
    QString body = QStringLiteral("<p>Before: <b>%1</b> · after: <b>%2</b> (this design). %3</p>\n")
                       .arg(esc(d.beforeLabel), esc(d.afterLabel),
                            d.isEmpty() ? QStringLiteral("The designs do not differ.")
                                        : esc(QStringLiteral("%1 differences.").arg(d.changeCount())));
    body += QStringLiteral("<p>Monthly cost at desired scale: %1 → %2 (%3).</p>\n")
                .arg(money(d.totalBefore[1]), money(d.totalAfter[1]), signedMoney(d.totalAfter[1] - d.totalBefore[1]));
    auto values = [](const std::vector<DesignDiff::ValueChange> &changes) {
        QStringList items;
        for (const DesignDiff::ValueChange &v : changes)
            items.append(QStringLiteral("<code>%1</code>: %2 → %3")
                             .arg(esc(v.key), v.before.isEmpty() ? QStringLiteral("<i>absent</i>") : esc(v.before),
                                  v.after.isEmpty() ? QStringLiteral("<i>absent</i>") : esc(v.after)));
        return list(items);
    };
    if (!d.settings.empty())
        body += tag("h3", QStringLiteral("Settings")) + QLatin1Char('\n') + values(d.settings) + QLatin1Char('\n');
    QList<QStringList> rows;
    for (const DesignDiff::ComponentChange &c : d.components)
        rows.append({diffStatusBadge(c.status), esc(c.name) + QStringLiteral(" <span class=\"small\">%1</span>").arg(esc(c.id)), esc(c.kind),
                     c.status == DesignDiff::Status::Changed ? values(c.values) : QString()});
    if (!rows.isEmpty())
        body += tag("h3", QStringLiteral("Components")) + QLatin1Char('\n')
            + table({QStringLiteral("Change"), QStringLiteral("Component"), QStringLiteral("Kind"), QStringLiteral("Values")}, rows);
    rows.clear();
    for (const DesignDiff::CostChange &c : d.cost)
        rows.append({diffStatusBadge(c.status), esc(c.componentName), esc(c.label), money(c.before[1]), money(c.after[1]), signedMoney(c.delta(1))});
    if (!rows.isEmpty())
        body += tag("h3", QStringLiteral("Cost, line by line (desired scale)")) + QLatin1Char('\n')
            + table({QStringLiteral("Change"), QStringLiteral("Component"), QStringLiteral("Item"), QStringLiteral("Before"),
                     QStringLiteral("After"), QStringLiteral("Delta")},
                    rows, QStringLiteral("money"), 3);
    auto facts = [&](const char *title, const std::vector<DesignDiff::FactChange> &changes) {
        if (changes.empty())
            return;
        QList<QStringList> factRows;
        for (const DesignDiff::FactChange &f : changes)
            factRows.append({diffStatusBadge(f.status), esc(f.text)});
        body += tag("h3", QString::fromLatin1(title)) + QLatin1Char('\n') + table({QStringLiteral("Change"), QStringLiteral("What")}, factRows);
    };
    facts("Findings", d.findings);
    facts("Connections", d.connections);
    facts("Security-group rules", d.securityRules);
    facts("Links", d.links);
    facts("Celery routes", d.routes);
    rows.clear();
    for (const DesignDiff::ReviewChange &r : d.review)
        rows.append({esc(r.title), r.before.isEmpty() ? QStringLiteral("—") : esc(r.before), r.after.isEmpty() ? QStringLiteral("—") : esc(r.after)});
    if (!rows.isEmpty())
        body += tag("h3", QStringLiteral("Review")) + QLatin1Char('\n')
            + table({QStringLiteral("Item"), QStringLiteral("Before"), QStringLiteral("After")}, rows);
    rows.clear();
    for (const DesignDiff::FileChange &f : d.files)
        rows.append({diffStatusBadge(f.status), QStringLiteral("<code>%1</code>").arg(esc(f.path)),
                     QStringLiteral("+%1 −%2").arg(f.linesAdded).arg(f.linesRemoved)});
    if (!rows.isEmpty())
        body += tag("h3", QStringLiteral("Emitted files")) + QLatin1Char('\n')
            + table({QStringLiteral("Change"), QStringLiteral("File"), QStringLiteral("Lines")}, rows);
    return section(QStringLiteral("comparison"), QStringLiteral("Comparison"), body);
}

// The playbook's five decisions on this design (core/decide, as the Decisions panel and the
// ADRs show them): status, factor rows and the cost delta where both options are modelled.
QString ReviewReport::decisions() const
{
    const CostEngine engine;
    QString body;
    for (const Decision &d : DecisionEngine::evaluate(m_design, &engine)) {
        if (!d.isApplicable())
            continue;
        const QString status = d.differs()
            ? badge(QStringLiteral("Proposed: %1").arg(d.options[size_t(d.recommended)].toString()), QStringLiteral("warn"))
            : esc(QStringLiteral("Accepted: %1").arg(d.options[size_t(d.current)].toString()));
        body += QStringLiteral("<h3>%1 (%2)</h3>\n<p>%3. The design: %4.</p>\n")
                    .arg(esc(d.title.toString()), esc(d.adr), status, esc(d.currentText.toString()));
        QList<QStringList> rows;
        for (const DecisionFactor &f : d.factors) {
            const QString side = f.side == DecisionFactor::Side::Neither ? QStringLiteral("either")
                                                                          : d.options[size_t(f.side)].toString();
            rows.append({esc(f.label.toString()), esc(f.value.toString()), esc(f.threshold.toString()), esc(side)});
        }
        body += table({QStringLiteral("Factor"), QStringLiteral("This design"), QStringLiteral("Threshold"), QStringLiteral("Points to")},
                      rows);
        const int other = 1 - d.current;
        if (d.cost)
            body += QStringLiteral("<p>With %1: %2 a month at desired scale (%3).</p>\n")
                        .arg(esc(d.options[size_t(other)].toString()), esc(money(d.cost->alternative[1])),
                             esc(signedMoney(d.cost->delta(1))));
        else if (!d.costNote.isEmpty())
            body += QStringLiteral("<p class=\"small\">Cost of %1 not modelled: %2.</p>\n")
                        .arg(esc(d.options[size_t(other)].toString()), esc(d.costNote.toString()));
    }
    if (body.isEmpty())
        return {};
    return section(QStringLiteral("decisions"), QStringLiteral("Decisions"), body);
}

QString ReviewReport::html() const
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                                 "<meta name=\"generator\" content=\"Infra Studio\"/>\n");
    out += QStringLiteral("<title>Review report: %1</title>\n").arg(esc(m_design.name()));
    out += QStringLiteral("<style>") + QString::fromLatin1(m_print ? printStyleSheet : styleSheet) + QStringLiteral("</style>\n");
    out += QStringLiteral("</head>\n<body>\n");
    out += header();
    out += diagram();
    out += review();
    out += findings();
    out += cost();
    out += capacity();
    out += decisions();
    for (const Section &s : m_sections)
        out += section(s.id, s.title, s.html);
    out += notes();
    out += comparison();
    out += QStringLiteral("<footer><p class=\"small\">Written by Infra Studio from the design file; figures are estimates from the "
                          "price catalog and the capacity model.</p></footer>\n</body>\n</html>\n");    // QTextDocument draws table borders and spacing from attributes, not from the style sheet.
    if (m_print)
        out.replace(QLatin1String("<table"), QLatin1String("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\""));
    return out;
}

} // namespace Infra
