#pragma once

#include "mainwindow.h"

namespace Infra {

// Fills the side-panel docks (inspector, findings, preview, cost, decisions) of a main window.
// The docks themselves are created by MainWindow; this is where the panels plug in.
void installPanels(MainWindow &window);
// One dock's panel (none for the palette, which is the main window's own): what the main
// window calls dock by dock when it fills them after the canvas's first frame.
void installPanel(MainWindow &window, MainWindow::Panel panel);

} // namespace Infra
