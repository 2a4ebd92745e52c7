#include "panelfactory.h"

#include "accessibletext.h"
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "costcharts.h"
#include "costpanel.h"
#include "decisionspanel.h"
#include "findingspanel.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "previewpanel.h"
#include "reviewpanel.h"

#include <QDockWidget>
#include <QCoreApplication>
#include <QTabWidget>

namespace Infra {

void installPanel(MainWindow &window, MainWindow::Panel panel)
{
    Document *document = window.document();
    switch (panel) {
    case MainWindow::Panel::Palette:
        return; // the main window's own
    case MainWindow::Panel::Inspector:
        window.setPanelWidget(MainWindow::Panel::Inspector, new InspectorPanel(document));
        return;
    case MainWindow::Panel::Preview:
        // The Terraform backend settings first, as the studio has always opened (a panel built
        // before the design was read showed the empty design's first Terraform file, and kept it).
        window.setPanelWidget(MainWindow::Panel::Preview, new PreviewPanel(document, nullptr, QStringLiteral("terraform/backend.s3.tfbackend")));
        return;
    case MainWindow::Panel::Cost:
        // The traffic sweep first: what the studio has always opened with (a panel built
        // before the design was read started on the empty design's only sweep, and kept it).
        window.setPanelWidget(MainWindow::Panel::Cost, new CostPanel(document, nullptr, QString::fromLatin1(trafficSweep)));
        return;
    case MainWindow::Panel::Decisions:
        window.setPanelWidget(MainWindow::Panel::Decisions, new DecisionsPanel(document));
        return;
    case MainWindow::Panel::Findings:
        break;
    }

    // Findings and the review checklist (what `infra-studio-cli check` prints) share the dock.
    auto *findings = new FindingsPanel(document);
    auto *review = new ReviewPanel(document);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("findingsTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(findings, QCoreApplication::translate("Infra::MainWindow", "Findings"));
    tabs->addTab(review, QCoreApplication::translate("Infra::MainWindow", "Review"));
    setAccessibleText(tabs, QCoreApplication::translate("Infra::MainWindow", "Findings and review"),
                      QCoreApplication::translate("Infra::MainWindow", "The findings of the design, and the review checklist"));
    window.setPanelWidget(MainWindow::Panel::Findings, tabs);
    // The dock title carries the live counts.
    if (QDockWidget *dock = window.dock(MainWindow::Panel::Findings)) {
        dock->setWindowTitle(findings->title());
        QObject::connect(findings, &FindingsPanel::titleChanged, dock, &QDockWidget::setWindowTitle);
    }
    if (CanvasWidget *canvas = window.canvas()) {
        QObject::connect(findings, &FindingsPanel::centreRequested, canvas->controller(), &CanvasController::centerOn);
    }
}

void installPanels(MainWindow &window)
{
    for (MainWindow::Panel p : {MainWindow::Panel::Inspector, MainWindow::Panel::Preview, MainWindow::Panel::Cost,
                                MainWindow::Panel::Decisions, MainWindow::Panel::Findings})
        installPanel(window, p);
}

} // namespace Infra
