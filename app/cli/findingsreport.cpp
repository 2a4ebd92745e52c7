// `check` extension: findings and the review report of each valid design (issue 3).
#include "findingsreport.h"

#include "checkcommand.h"

#include "derive/derivedjson.h"
#include "derive/derivedmodel.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Infra::Cli {

namespace {

const QString formatOption = QStringLiteral("format");
const QString noReviewOption = QStringLiteral("no-review");

QString marker(ReviewItem::Status s)
{
    switch (s) {
    case ReviewItem::Status::Passed: return QStringLiteral("[passed]");
    case ReviewItem::Status::Failed: return QStringLiteral("[FAILED]");
    case ReviewItem::Status::NotEvaluated: return QStringLiteral("[n/a]   ");
    }
    return {};
}

void writeText(const CheckContext &ctx, const DerivedModel &m, bool review, bool quiet, QTextStream &out)
{
    for (const Finding &f : m.findings()) {
        if (quiet && !f.isError())
            continue;
        out << ctx.file << ": " << severityName(f.severity) << ": ";
        if (!f.componentId.isEmpty())
            out << "[" << f.componentId << "] ";
        out << f.message << " (" << f.ruleId << ")\n";
        out << "    fix: " << f.fixHint << "\n";
    }
    if (quiet)
        return;
    out << ctx.file << ": " << m.count(Finding::Severity::Error) << " error(s), " << m.count(Finding::Severity::Warning)
        << " warning(s), " << m.count(Finding::Severity::Info) << " note(s)\n";
    if (!review)
        return;
    int passed = 0, failed = 0, open = 0;
    for (const ReviewItem &i : m.review())
        (i.status == ReviewItem::Status::Passed ? passed : i.status == ReviewItem::Status::Failed ? failed : open)++;
    out << ctx.file << ": review: " << passed << " passed, " << failed << " failed, " << open << " not evaluated\n";
    ReviewItem::Group group = ReviewItem::Group::Checklist;
    bool first = true;
    for (const ReviewItem &i : m.review()) {
        if (first || i.group != group) {
            out << (i.group == ReviewItem::Group::QualityStandard ? "  Quality standards\n" : "  Self-verification checklist\n");
            group = i.group;
            first = false;
        }
        out << "    " << marker(i.status) << " " << i.title << "\n";
        for (const QString &e : i.evidence)
            out << "               " << e << "\n";
    }
}

bool runFindings(const CheckContext &ctx, QTextStream &out)
{
    const QString format = ctx.parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        out << ctx.file << ": error: unknown --format '" << format << "' (text or json)\n";
        return false;
    }
    const DerivedModel m = DerivedModel::derive(ctx.design);
    const bool review = !ctx.parser.isSet(noReviewOption);
    if (jsonRequested(ctx.parser)) {
        QJsonObject o{
            {QStringLiteral("file"), ctx.file},
            {QStringLiteral("valid"), true},
            {QStringLiteral("summary"), DerivedJson::summary(m)},
            {QStringLiteral("findings"), DerivedJson::findings(m)},
        };
        if (review)
            o.insert(QStringLiteral("review"), DerivedJson::review(m));
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
    } else {
        writeText(ctx, m, review, ctx.parser.isSet(QStringLiteral("quiet")), out);
    }
    return !m.hasErrors();
}

const CheckExtensionRegistrar registrar({
    QStringLiteral("findings"),
    {QCommandLineOption(formatOption, QStringLiteral("Output format: text (default) or json (one JSON object per file per line)."),
                        QStringLiteral("text|json"), QStringLiteral("text")),
     QCommandLineOption(noReviewOption, QStringLiteral("Leave the review report (quality standards, checklist) out."))},
    &runFindings,
});

} // namespace

bool jsonRequested(const QCommandLineParser &parser)
{
    return parser.value(formatOption) == QLatin1String("json");
}

void writeLoadErrorsJson(const QString &file, const DesignErrors &errors, QTextStream &out)
{
    QJsonArray list;
    for (const DesignError &e : errors)
        list.append(QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("column"), e.column}, {QStringLiteral("message"), e.message}});
    const QJsonObject o{{QStringLiteral("file"), file}, {QStringLiteral("valid"), false}, {QStringLiteral("errors"), list}};
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
}

} // namespace Infra::Cli
