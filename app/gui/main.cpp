#include "canvaswidget.h"
#include "comparedialog.h"
#include "componentcommands.h"
#include "costpanel.h"
#include "decisionspanel.h"
#include "document.h"
#include "documentmanager.h"
#include "infrastudio/config.h"
#include "mainwindow.h"
#include "recoverymanager.h"
#include "translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <sys/resource.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <future>

using namespace Infra;

namespace {
// Resident memory of this process (Linux), for the benchmarks.
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// User + system time of this process so far, in milliseconds.
long cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return long(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 + long(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Under a file-size limit (ulimit -f) a save fails with EFBIG and says so, the document
    // stays modified; the default action of SIGXFSZ would end the studio with the edits.
    std::signal(SIGXFSZ, SIG_IGN);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("infra-studio"));
    QApplication::setOrganizationName(QStringLiteral("infra-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral(INFRA_STUDIO_NAME));
    QApplication::setApplicationVersion(QStringLiteral(INFRA_STUDIO_VERSION));
    // The installed packaging/org.infrastudio.InfraStudio.desktop: Wayland compositors and
    // docks match the window to its entry (icon, name) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.infrastudio.InfraStudio"));
    // The system locale's language, or the override chosen in Preferences.
    installTranslations(app, QSettings().value(QStringLiteral("ui/language")).toString());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app-icons/org.infrastudio.InfraStudio.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Design studio for Django on AWS."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Design file to open."), QStringLiteral("[file]"));
    const QCommandLineOption recoveryOption(QStringLiteral("recovery"),
        QApplication::translate("main", "What to do with designs left by a crashed session: ask, restore or discard."),
        QStringLiteral("choice"), QStringLiteral("ask"));
    const QCommandLineOption recoveryDirOption(QStringLiteral("recovery-dir"),
        QApplication::translate("main", "Directory of the crash-recovery files."), QStringLiteral("dir"));
    const QCommandLineOption autosaveOption(QStringLiteral("autosave-interval"),
        QApplication::translate("main", "Autosave interval in milliseconds (default 30000)."), QStringLiteral("ms"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
        QApplication::translate("main", "Print the window title, component count and time to the first frame, then quit (exit code 1 when the design cannot be opened)."));
    const QCommandLineOption testEditOption(QStringLiteral("test-edit"),
        QApplication::translate("main", "Make one edit after start (for the crash-recovery test)."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window once it has painted, then quit (exit code 1 when the design cannot be opened)."), QStringLiteral("file"));
    const QCommandLineOption capacityOption(QStringLiteral("capacity-view"),
        QApplication::translate("main", "Open with the web service selected and the capacity chart of the cost view in front."));
    const QCommandLineOption decisionsOption(QStringLiteral("decisions-view"),
        QApplication::translate("main", "Open with the decisions dock in front, taller, showing the first proposed change."));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
        QApplication::translate("main", "Open the comparison of the design with another design file (File → Compare with File…)."),
        QStringLiteral("file"));
    const QCommandLineOption reviewOption(QStringLiteral("review-layout"),
        QApplication::translate("main", "Open in the review layout (View → Review Layout): full screen, large canvas, panels as tabs."));
    parser.addOptions({recoveryOption, recoveryDirOption, autosaveOption, smokeOption, testEditOption, screenshotOption, capacityOption,
                       decisionsOption, compareOption, reviewOption});
    parser.process(app);

    // The design file is read, priced and derived on a second thread while this one builds the
    // window, the QML canvas and the docks (reading was a third of opening a 2,000-component
    // design, the window a tenth); the translators are installed, so its messages have the
    // user's language. Should a crashed session's design be restored instead, it is not used.
    std::future<Document::Opened> opening;
    if (!parser.positionalArguments().isEmpty())
        opening = std::async(std::launch::async, &Document::read, parser.positionalArguments().first());

    if (parser.isSet(recoveryDirOption))
        qputenv("INFRA_STUDIO_RECOVERY_DIR", parser.value(recoveryDirOption).toLocal8Bit());

    CanvasWidget::prepareGraphics();
    // The canvas first, the panels right after it (MainWindow::PanelStart). The picture and
    // view options want every panel filled before anything else happens.
    const bool panelsAtOnce = parser.isSet(screenshotOption) || parser.isSet(capacityOption) || parser.isSet(decisionsOption);
    MainWindow window(nullptr, panelsAtOnce ? MainWindow::PanelStart::AtOnce : MainWindow::PanelStart::AfterFirstFrame);
    if (parser.isSet(autosaveOption))
        window.recovery()->setInterval(parser.value(autosaveOption).toInt());

    // --smoke and --screenshot run unattended (scripts, benchmarks, CI): a modal dialog there
    // waits for a click that never comes. Problems go to stderr and end the process instead.
    const bool unattended = parser.isSet(smokeOption) || parser.isSet(screenshotOption);
    if (unattended)
        window.documents()->setQuiet(true);

    const QString choice = parser.value(recoveryOption);
    bool restored = false;
    if (unattended && choice != QLatin1String("restore") && choice != QLatin1String("discard")) {
        // Nobody to ask: the recovered changes stay where they are for the next interactive start.
        if (!window.recovery()->orphans().isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate(
                "main", "Unsaved changes of a crashed session were left for the next start (--recovery restore or discard decides now).")));
    } else {
        restored = window.offerRecovery(choice == QLatin1String("restore")   ? MainWindow::RecoveryChoice::Restore
                                        : choice == QLatin1String("discard") ? MainWindow::RecoveryChoice::Discard
                                                                             : MainWindow::RecoveryChoice::Ask);
    }
    if (!restored && opening.valid()) {
        if (!window.documents()->openFile(opening.get())) {
            for (const QString &e : window.documents()->lastErrors())
                std::fprintf(stderr, "%s\n", qPrintable(e));
            if (unattended)
                return 1;
        }
    }
    if (parser.isSet(testEditOption)) {
        Component c = Component::make(ComponentKind::Sqs, window.document()->design().uniqueId(QStringLiteral("queue")),
                                      QStringLiteral("Test queue"));
        window.document()->undoStack()->push(new AddComponents(window.document(), {c}));
    }

    if (parser.isSet(capacityOption)) {
        window.document()->setSelectedIds({QStringLiteral("web")});
        if (auto *cost = window.dock(MainWindow::Panel::Cost)->findChild<CostPanel *>())
            cost->showCapacity();
    }

    if (parser.isSet(reviewOption))
        window.setReviewLayout(true);

    if (parser.isSet(decisionsOption)) {
        QDockWidget *decisions = window.dock(MainWindow::Panel::Decisions);
        decisions->show();
        decisions->raise();
        window.resizeDocks({decisions}, {560}, Qt::Vertical);
        if (auto *panel = decisions->findChild<DecisionsPanel *>()) {
            // After the window's first layout, so the scroll area knows its size.
            QTimer::singleShot(0, panel, &DecisionsPanel::showFirstProposed);
        }
    }

    QPointer<CompareDialog> comparison;
    if (parser.isSet(compareOption))
        comparison = CompareDialog::compareWithFile(&window, parser.value(compareOption));

    if (parser.isSet(smokeOption)) {
        // The process ends once the first frame is on screen and every visible dock has its
        // panel (MainWindow::PanelStart), so its CPU time covers the panels too.
        auto finishWhenDone = [&window] {
            static bool done = false;
            if (done || !window.canvas()->isFirstFramePresented() || !window.arePanelsSettled())
                return;
            done = true;
            window.document()->undoStack()->setClean();
            QTimer::singleShot(0, &window, &QWidget::close);
        };
        QObject::connect(window.canvas(), &CanvasWidget::firstFrameRendered, &app, [&] {
            QTextStream out(stdout);
            out << "first-frame-ms: " << sinceStart.elapsed() << '\n'
                << "first-frame-cpu-ms: " << cpuMs() << '\n'
                << "rss-kb: " << residentKiB() << '\n'
                << "title: " << window.windowTitle().replace(QStringLiteral("[*]"), window.isWindowModified() ? QStringLiteral("*") : QString()) << '\n'
                << "components: " << window.document()->design().components().size() << '\n'
                << "modified: " << (window.document()->isModified() ? "yes" : "no") << '\n'
                << "desktop-file: " << QGuiApplication::desktopFileName() << '\n';
            out.flush();
            auto panelsDone = [&, finishWhenDone] {
                QTextStream settled(stdout);
                settled << "panels-ms: " << sinceStart.elapsed() << '\n' << "panels-cpu-ms: " << cpuMs() << '\n' << "panels-rss-kb: " << residentKiB() << '\n';
                settled.flush();
                finishWhenDone();
            };
            if (window.arePanelsSettled())
                panelsDone();
            else
                QObject::connect(&window, &MainWindow::panelsSettled, &app, panelsDone);
        });
        // The same frame painted into the window and flushed to the window system: what the
        // user sees. INFRA_SMOKE_EXIT_AT_FIRST_FRAME ends the process right there (to profile
        // the start alone).
        QObject::connect(window.canvas(), &CanvasWidget::firstFramePresented, &app, [&, finishWhenDone] {
            QTextStream out(stdout);
            out << "first-frame-presented-ms: " << sinceStart.elapsed() << '\n' << "first-frame-presented-cpu-ms: " << cpuMs() << '\n';
            out.flush();
            if (qEnvironmentVariableIsSet("INFRA_SMOKE_EXIT_AT_FIRST_FRAME"))
                std::_Exit(0);
            finishWhenDone();
        });
    }
    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QObject::connect(window.canvas(), &CanvasWidget::firstFrameRendered, &app, [&window, path, &comparison] {
            // Let the docks and the canvas settle (fit to view, a second frame) before grabbing.
            QTimer::singleShot(500, &window, [&window, path, &comparison] {
                if (!window.grab().save(path))
                    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                // With --compare, the comparison dialog beside it: NAME-compare.png.
                if (comparison) {
                    const QString dialogPath = path.endsWith(QLatin1String(".png")) ? path.chopped(4) + QStringLiteral("-compare.png")
                                                                                    : path + QStringLiteral("-compare.png");
                    if (!comparison->grab().save(dialogPath))
                        std::fprintf(stderr, "cannot write %s\n", qPrintable(dialogPath));
                }
                window.document()->undoStack()->setClean();
                window.close();
            });
        });
    }
    window.show();
    return app.exec();
}
