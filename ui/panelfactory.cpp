#include "panelfactory.h"

#include "accessibletext.h"
#include "canvascontroller.h"
#include "canvaswidget.h"
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

void installPanels(MainWindow &window)
{
    Document *document = window.document();
    window.setPanelWidget(MainWindow::Panel::Inspector, new InspectorPanel(document));
    window.setPanelWidget(MainWindow::Panel::Preview, new PreviewPanel(document));
    window.setPanelWidget(MainWindow::Panel::Cost, new CostPanel(document));
    window.setPanelWidget(MainWindow::Panel::Decisions, new DecisionsPanel(document));

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

} // namespace Infra
