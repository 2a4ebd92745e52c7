#include "reportexport.h"

#include "comparedialog.h"
#include "document.h"
#include "mainwindow.h"
#include "reportrenderer.h"

#include "cost/costengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTextDocument>

namespace Infra {

const DesignDiff *ReportExport::openComparison(MainWindow *window)
{
    // Dialogs are children of the window in creation order: the last visible one is the newest.
    const QList<CompareDialog *> dialogs = window->findChildren<CompareDialog *>();
    for (auto it = dialogs.crbegin(); it != dialogs.crend(); ++it) {
        if ((*it)->isVisible())
            return &(*it)->diff();
    }
    return nullptr;
}

bool ReportExport::exportReport(MainWindow *window, const QString &path, bool quiet)
{
    Document *document = window->document();
    QString file = path;
    if (file.isEmpty()) {
        const QFileInfo design(document->fileName());
        QString base = design.fileName();
        base.remove(QStringLiteral(".infra.yaml"));
        const QString suggested = (document->fileName().isEmpty() ? QDir::homePath() : design.absolutePath()) + QLatin1Char('/')
            + (base.isEmpty() ? QStringLiteral("design") : base) + QStringLiteral("-review.html");
        QString filter;
        file = QFileDialog::getSaveFileName(window, QCoreApplication::translate("Infra::ReportExport", "Export Review Report"), suggested,
                                            QCoreApplication::translate("Infra::ReportExport", "HTML page (*.html);;PDF document (*.pdf)"),
                                            &filter);
        if (file.isEmpty())
            return false;
        const bool pdf = filter.contains(QLatin1String("*.pdf"));
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (suffix != QLatin1String("html") && suffix != QLatin1String("pdf"))
            file += pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    }
    const CostEstimate &estimate = document->cost();
    ReportRenderer renderer(document->design(), document->derived(), estimate);
    renderer.setComparison(openComparison(window));
    QString error;
    if (!renderer.write(file, &error)) {
        if (!quiet)
            QMessageBox::warning(window, QCoreApplication::translate("Infra::ReportExport", "Export Review Report"),
                                 QCoreApplication::translate("Infra::ReportExport", "Could not write %1: %2")
                                     .arg(QDir::toNativeSeparators(file), error));
        return false;
    }
    window->statusBar()->showMessage(
        QCoreApplication::translate("Infra::ReportExport", "Review report written to %1").arg(QDir::toNativeSeparators(file)), 8000);
    return true;
}

void ReportExport::printTo(MainWindow *window, QPrinter *printer)
{
    Document *document = window->document();
    const CostEstimate &estimate = document->cost();
    ReportRenderer renderer(document->design(), document->derived(), estimate);
    renderer.setComparison(openComparison(window));
    QTextDocument text;
    renderer.fillDocument(&text);
    text.print(printer);
}

void ReportExport::print(MainWindow *window)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QCoreApplication::translate("Infra::ReportExport", "Review report: %1").arg(window->document()->design().name()));
    QPrintDialog dialog(&printer, window);
    dialog.setWindowTitle(QCoreApplication::translate("Infra::ReportExport", "Print Review Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(window, &printer);
}

} // namespace Infra
