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

int runRender(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Renders the architecture diagram of a design to SVG or PNG (chosen by the extension of --out).\n"
        "Exit code: 0 on success, 1 when the design is invalid, 2 on a usage error or a file that "
        "could not be read or written."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Design file (*.infra.yaml)."), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                       QStringLiteral("Image to write: *.svg or *.png."), QStringLiteral("IMAGE"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Pixels per scene unit for PNG (default 2)."),
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
        err << "infra-studio-cli render: expected one design FILE and --out IMAGE.svg or IMAGE.png\n"
            << "Try 'infra-studio-cli render --help'.\n";
        return ExitUsage;
    }
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || scale <= 0 || scale > 16) {
        err << "infra-studio-cli render: --scale: expected a number between 0 and 16\n";
        return ExitUsage;
    }

    int exitCode = ExitOk;
    const std::optional<Design> design = readDesign(files.first(), err, &exitCode);
    if (!design)
        return exitCode;

    const DiagramRenderer renderer(*design);
    QString error;
    const bool ok = png ? renderer.savePng(image, &error, scale) : renderer.saveSvg(image, &error);
    if (!ok) {
        err << "infra-studio-cli render: " << error << "\n";
        return ExitUsage;
    }
    out << "written   " << image << "\n";
    return ExitOk;
}

const CommandRegistrar registrar({QStringLiteral("render"), QStringLiteral("Draw the architecture diagram of a design (SVG or PNG)"), &runRender});

} // namespace

} // namespace Infra::Cli

#endif // INFRA_CLI_GUI
