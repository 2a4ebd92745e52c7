// infra-studio-cli export FILE --out DIR [--only terraform,docs,config,diagram]: writes the
// repository a design describes (Terraform, documents, configs and, in builds with the GUI,
// the diagram docs/architecture/diagram.svg and .png).
#include "clicommand.h"

#include "cost/pricingcatalog.h"
#include "emit/emitter.h"
#include "derive/derivedmodel.h"
#include "derive/reviewitem.h"
#include "emit/exporter.h"
#include "io/designreader.h"

#include <QCommandLineParser>
#include <QDir>

#if INFRA_CLI_GUI
#include "diagramrenderer.h"

#include <QGuiApplication>
#endif

#include <algorithm>
#include <functional>
#include <future>
#include <optional>

namespace Infra::Cli {

namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::ExportCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

int ExportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Writes the Terraform root module, documents and configs of a design under DIR "
        "(terraform/, docs/, config/) and, in builds with the GUI, the diagram docs/architecture/diagram.svg "
        "and .png. The same design gives byte-identical files; each file is "
        "written atomically and only when it changed; files the export did not write are left alone. "
        "DIR/.infra-studio-export.json keeps the checksum of every file written, so that a file edited by hand "
        "since the last export is reported (and overwritten, unless --keep-edited).\n"
        "Exit code: 0 on success (--check: nothing would change), 1 when the design is invalid (--check: "
        "files would be written or changed), 2 on a usage error or a file that could not be read or written."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("Design file (*.infra.yaml)."), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                       tr("Folder to write into (created when missing)."), QStringLiteral("DIR"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        tr("Comma-separated parts to write: terraform, docs, config, diagram (default: all)."),
                                        QStringLiteral("PARTS"));
    const QCommandLineOption quietOption(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                                         tr("Print only the summary line."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Write nothing; list the files an export would write or change and exit 1 "
                                            "when there is any (a drift gate for CI)."));
    const QCommandLineOption keepEditedOption(QStringLiteral("keep-edited"),
                                              tr("Leave files edited by hand since the last export as they are."));
    parser.addOption(outOption);
    parser.addOption(onlyOption);
    parser.addOption(quietOption);
    parser.addOption(checkOption);
    parser.addOption(keepEditedOption);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(outOption)) {
        err << "infra-studio-cli export: " << tr("expected one design FILE and --out DIR") << "\n"
            << tryHelp(QStringLiteral("export")) << "\n";
        return ExitUsage;
    }
    Emitter::Parts parts = Emitter::allParts();
    if (parser.isSet(onlyOption)) {
        QString error;
        if (!Emitter::parseParts(parser.value(onlyOption), &parts, &error)) {
            err << "infra-studio-cli export: --only: " << error << "\n";
            return ExitUsage;
        }
    }

    // The pricing catalog (the budget finding prices the design) does not depend on the design:
    // read on a second thread while this one reads the design (~6 ms each).
    std::future<void> priced = std::async(std::launch::async | std::launch::deferred,
                                          [] { (void)PricingCatalog::standard(); });
    int exitCode = ExitOk;
    const std::optional<Design> design = readDesign(files.first(), err, &exitCode);
    if (!design)
        return exitCode;

    std::optional<DerivedModel> derivedModel;
    auto derive = [&]() -> const DerivedModel & {
        derivedModel.emplace(DerivedModel::derive(*design));
        return *derivedModel;
    };
    EmittedFiles emitted;
    const Emitter::Parts textParts = parts & ~Emitter::Parts(Emitter::Part::Diagram);
#if INFRA_CLI_GUI
    // The diagram's routes are laid out on a second thread while this one derives the design
    // (the routes need only the connections); then its PNG, the longest part of an export, is
    // painted and encoded on other threads while the review, the text files and the SVG are
    // made here. (`png` is declared after `diagram`: destroyed first, it waits for the thread.)
    std::optional<DiagramRenderer> diagram;
    std::future<QByteArray> png;
    if (parts.testFlag(Emitter::Part::Diagram) && qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        diagram.emplace(*design, derive);
        png = diagram->toPngInBackground(2.0);
    }
#endif
    if (!derivedModel)
        derive();
    const DerivedModel &derived = *derivedModel;

    // A design whose review fails still exports (it is the user's to decide), but never quietly:
    // the failed items go to stderr before anything is written, and again in the summary.
    QStringList failed;
    for (const ReviewItem &item : ReviewItem::review(*design, derived)) {
        if (item.status != ReviewItem::Status::Failed)
            continue;
        QString line = item.displayTitle();
        const QStringList evidence = item.displayEvidence();
        if (!evidence.isEmpty())
            line += QStringLiteral(" — ") + evidence.join(QStringLiteral("; "));
        failed.append(line);
    }
    if (!failed.isEmpty()) {
        err << "infra-studio-cli export: "
            << tr("WARNING: the design FAILS %n review item(s); these files are not ready for production:", nullptr,
                  int(failed.size()))
            << "\n";
        for (const QString &f : failed)
            err << "  FAILED " << f << "\n";
    }

    QList<Text> unusable;
    if (textParts)
        emitted = Emitter::emit(*design, derived, textParts, &unusable);
    if (!unusable.isEmpty()) {
        // Files that Terraform refuses are never written, not even over an older export.
        for (const Text &e : std::as_const(unusable))
            err << "infra-studio-cli export: " << tr("error: %1").arg(e.translated()) << "\n";
        err << "infra-studio-cli export: " << tr("nothing written") << "\n";
        return ExitInvalid;
    }
    const auto byPath = [](const EmittedFile &a, const EmittedFile &b) { return a.path < b.path; };
    // Files that come late: the PNG, still being drawn on other threads when the text files and
    // the SVG are ready. Exporter::write compares, checksums and writes those to their
    // temporaries meanwhile, and the PNG joins them before anything is committed.
    std::function<EmittedFiles()> late;
    if (parts.testFlag(Emitter::Part::Diagram)) {
#if INFRA_CLI_GUI
        if (diagram) {
            emitted.append(DiagramRenderer::exportedSvg(diagram->toSvg()));
            std::sort(emitted.begin(), emitted.end(), byPath);
            late = [&png] { return DiagramRenderer::exportedPng(png.get()); };
        }
#else
        if (parser.isSet(onlyOption))
            err << "infra-studio-cli export: " << tr("the diagram needs a build with the GUI; skipped") << "\n";
#endif
    }
    const QString outDir = parser.value(outOption);
    const QDir root(outDir);
    if (parser.isSet(checkOption)) {
        if (late) {
            emitted.append(late());
            std::sort(emitted.begin(), emitted.end(), byPath);
        }
        // Nothing is created, not even the folder.
        const QList<Exporter::PlanEntry> plan = Exporter::plan(emitted, outDir);
        const QString create = tr("create"), change = tr("change");
        const qsizetype width = std::max(create.size(), change.size()) + 1;
        int creating = 0, changing = 0, unchanged = 0;
        for (const Exporter::PlanEntry &entry : plan) {
            if (entry.status == Exporter::Status::Unchanged) {
                ++unchanged;
                continue;
            }
            const bool creates = entry.status == Exporter::Status::Create;
            ++(creates ? creating : changing);
            out << (creates ? create : change).leftJustified(width) << entry.path << "\n";
            if (entry.editedByHand)
                err << "infra-studio-cli export: " << tr("warning: %1 was edited by hand since the last export")
                                                        .arg(root.filePath(entry.path))
                    << "\n";
        }
        out << tr("%1 to create, %2 to change, %3 unchanged in %4", "files")
                   .arg(QString::number(creating), QString::number(changing), QString::number(unchanged), outDir)
            << "\n";
        return creating + changing > 0 ? ExitInvalid : ExitOk;
    }

    const Exporter::Report report = Exporter::write(
        emitted, late, outDir, parser.isSet(keepEditedOption) ? Exporter::HandEdits::Keep : Exporter::HandEdits::Overwrite);
    if (!parser.isSet(quietOption)) {
        // One column of paths after the widest of the three words in this language.
        const QString written = tr("written"), changed = tr("changed"), unchanged = tr("unchanged");
        const qsizetype width = std::max({written.size(), changed.size(), unchanged.size()}) + 1;
        for (const QString &p : report.written)
            out << written.leftJustified(width) << p << "\n";
        for (const QString &p : report.changed)
            out << changed.leftJustified(width) << p << "\n";
        for (const QString &p : report.unchanged)
            out << unchanged.leftJustified(width) << p << "\n";
    }
    for (const QString &p : report.editedByHand) {
        err << "infra-studio-cli export: "
            << (report.kept.contains(p) ? tr("warning: %1 was edited by hand since the last export; kept as it is")
                                        : tr("warning: %1 was edited by hand since the last export; overwritten "
                                             "(--keep-edited keeps such files)"))
                   .arg(root.filePath(p))
            << "\n";
    }
    for (const QString &p : report.removedTemporaries)
        err << "infra-studio-cli export: " << tr("removed %1, left by an interrupted write").arg(root.filePath(p)) << "\n";
    for (const QString &e : report.errors)
        err << "infra-studio-cli export: " << root.filePath(e) << "\n";
    if (!failed.isEmpty())
        err << "infra-studio-cli export: "
            << tr("WARNING: exported a design that FAILS %n review item(s) (see above; infra-studio-cli check lists them)",
                  nullptr, int(failed.size()))
            << "\n";
    out << tr("%1 written, %2 changed, %3 unchanged in %4", "files")
               .arg(QString::number(report.written.size()), QString::number(report.changed.size()),
                    QString::number(report.unchanged.size()), outDir)
        << "\n";
    return report.ok() ? ExitOk : ExitUsage;
}

const CommandRegistrar registrar({QStringLiteral("export"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands", "Write the Terraform, documents and configs of a design"),
                                  &ExportCommand::run});

} // namespace

} // namespace Infra::Cli
