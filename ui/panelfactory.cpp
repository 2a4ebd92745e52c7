#include "panelfactory.h"

#include "canvascontroller.h"
#include "canvaswidget.h"
#include "costpanel.h"
#include "findingspanel.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "previewpanel.h"

#include <QDockWidget>

namespace Infra {

void installPanels(MainWindow &window)
{
    Document *document = window.document();
    window.setPanelWidget(MainWindow::Panel::Inspector, new InspectorPanel(document));
    window.setPanelWidget(MainWindow::Panel::Preview, new PreviewPanel(document));
    window.setPanelWidget(MainWindow::Panel::Cost, new CostPanel(document));

    auto *findings = new FindingsPanel(document);
    window.setPanelWidget(MainWindow::Panel::Findings, findings);
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
