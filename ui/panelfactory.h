#pragma once

namespace Infra {

class MainWindow;

// Fills the side-panel docks (inspector, findings, preview, cost, decisions) of a main window.
// The docks themselves are created by MainWindow; this is where the panels plug in.
void installPanels(MainWindow &window);

} // namespace Infra
