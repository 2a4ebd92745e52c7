// `check` extension: findings and the review report of each valid design (issue 3).
#include "findingsreport.h"

#include "checkcommand.h"

#include "derive/derivedjson.h"
#include "derive/derivedmodel.h"
#include "emit/terraformemitter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Infra::Cli {

namespace {

const QString formatOption = QStringLiteral("format");
const QString noReviewOption = QStringLiteral("no-review");
// Not a rule of the findings engine: the emitted module's names, checked here because only the
// Terraform emitter knows them (TerraformEmitter::nameClashes); export refuses such a design.
const QString terraformNameClash = QStringLiteral("terraform-name-clash");

class FindingsReport
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::FindingsReport)
public:
    static QList<QCommandLineOption> options();
    static bool run(const CheckContext &ctx, QTextStream &out);

private:
    static QString marker(ReviewItem::Status s);
    static void writeText(const CheckContext &ctx, const DerivedModel &m, const QList<Text> &clashes, bool review, bool quiet,
                          QTextStream &out);
};

QString FindingsReport::marker(ReviewItem::Status s)
{
    switch (s) {
    case ReviewItem::Status::Passed: return tr("[passed]");
    case ReviewItem::Status::Failed: return tr("[FAILED]");
    case ReviewItem::Status::NotEvaluated: return tr("[n/a]");
    }
    return {};
}

// Finding lines keep the compiler-like "file: severity: message (rule)" form that editors
// and scripts parse. The finding texts are in the user's language (English under LC_ALL=C); the
// JSON keeps the English ones.
void FindingsReport::writeText(const CheckContext &ctx, const DerivedModel &m, const QList<Text> &clashes, bool review, bool quiet,
                               QTextStream &out)
{
    for (const Finding &f : m.findings()) {
        if (quiet && !f.isError())
            continue;
        out << ctx.file << ": " << severityName(f.severity) << ": ";
        if (!f.componentId.isEmpty())
            out << "[" << f.componentId << "] ";
        out << f.displayMessage() << " (" << f.ruleId << ")\n";
        out << "    " << tr("fix: %1").arg(f.displayFixHint()) << "\n";
    }
    for (const Text &t : clashes)
        out << ctx.file << ": " << severityName(Finding::Severity::Error) << ": " << t.translated() << " (" << terraformNameClash << ")\n";
    if (quiet)
        return;
    out << tr("%1: %2, %3, %4", "file: 2 errors, 1 warning, 3 notes")
               .arg(ctx.file, tr("%n error(s)", nullptr, m.count(Finding::Severity::Error) + int(clashes.size())),
                    tr("%n warning(s)", nullptr, m.count(Finding::Severity::Warning)),
                    tr("%n note(s)", nullptr, m.count(Finding::Severity::Info)))
        << "\n";
    if (!review)
        return;
    int passed = 0, failed = 0, open = 0;
    for (const ReviewItem &i : m.review())
        (i.status == ReviewItem::Status::Passed ? passed : i.status == ReviewItem::Status::Failed ? failed : open)++;
    out << tr("%1: review: %2 passed, %3 failed, %4 not evaluated")
               .arg(ctx.file, QString::number(passed), QString::number(failed), QString::number(open))
        << "\n";
    // The markers in one column, as wide as the widest in this language, evidence below the titles.
    qsizetype width = 0;
    for (const auto s : {ReviewItem::Status::Passed, ReviewItem::Status::Failed, ReviewItem::Status::NotEvaluated})
        width = std::max(width, marker(s).size());
    const QString evidenceIndent(4 + width + 3, QLatin1Char(' '));
    ReviewItem::Group group = ReviewItem::Group::Checklist;
    bool first = true;
    for (const ReviewItem &i : m.review()) {
        if (first || i.group != group) {
            const bool standards = i.group == ReviewItem::Group::QualityStandard;
            out << "  " << (standards ? tr("Quality standards") : tr("Self-verification checklist")) << "\n";
            group = i.group;
            first = false;
        }
        out << "    " << marker(i.status).leftJustified(width) << " " << i.displayTitle() << "\n";
        for (const QString &e : i.displayEvidence())
            out << evidenceIndent << e << "\n";
    }
}

bool FindingsReport::run(const CheckContext &ctx, QTextStream &out)
{
    const QString format = ctx.parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        out << ctx.file << ": " << tr("error: unknown --format '%1' (text or json)").arg(format) << "\n";
        return false;
    }
    const DerivedModel m = DerivedModel::derive(ctx.design);
    const QList<Text> clashes = TerraformEmitter::nameClashes(ctx.design, TerraformEmitter::module(ctx.design, m));
    const bool review = !ctx.parser.isSet(noReviewOption);
    if (jsonRequested(ctx.parser)) {
        QJsonObject summary = DerivedJson::summary(m);
        QJsonArray findings = DerivedJson::findings(m);
        if (!clashes.isEmpty()) {
            summary.insert(QStringLiteral("errors"), summary.value(QStringLiteral("errors")).toInt() + int(clashes.size()));
            for (const Text &t : clashes)
                findings.append(QJsonObject{{QStringLiteral("rule"), terraformNameClash},
                                            {QStringLiteral("severity"), QStringLiteral("error")},
                                            {QStringLiteral("component"), QJsonValue::Null},
                                            {QStringLiteral("message"), t.toString()},
                                            {QStringLiteral("fix"), QStringLiteral("Rename the component named in the message")}});
        }
        QJsonObject o{
            {QStringLiteral("file"), ctx.file},
            {QStringLiteral("valid"), true},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("findings"), findings},
        };
        if (review)
            o.insert(QStringLiteral("review"), DerivedJson::review(m));
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
    } else {
        writeText(ctx, m, clashes, review, ctx.parser.isSet(QStringLiteral("quiet")), out);
    }
    return !m.hasErrors() && clashes.isEmpty();
}

QList<QCommandLineOption> FindingsReport::options()
{
    return {QCommandLineOption(formatOption, tr("Output format: text (default) or json (one JSON object per file per line)."),
                               QStringLiteral("text|json"), QStringLiteral("text")),
            QCommandLineOption(noReviewOption, tr("Leave the review report (quality standards, checklist) out."))};
}

const CheckExtensionRegistrar registrar({QStringLiteral("findings"), &FindingsReport::options, &FindingsReport::run});

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
