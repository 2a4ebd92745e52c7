#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;

namespace Infra {

class CanvasWidget;
class Document;
class DocumentManager;
class RecoveryManager;

// The studio's main window: the canvas in the centre, the palette dock on the left and
// the docks of the side panels (inspector, findings, preview, cost) on the right and
// bottom, menus and toolbar with the platform's standard shortcuts, and the window and
// dock state kept in QSettings. File handling lives in DocumentManager, crash recovery
// in RecoveryManager, the actions in MainActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Panel { Palette, Inspector, Findings, Preview, Cost, Decisions };
    // When the side panels are filled. AtOnce: in the constructor, every later change reaches
    // them as it happens (tests, tools). AfterFirstFrame (the studio's start): the docks stay
    // empty until the canvas has rendered its first frame, so a large design is on screen
    // before the panels price, sweep, emit and evaluate it; then one dock per event-loop
    // pass (input and painting get through in between), and a dock that is not visible (a
    // tab behind another, a closed dock) when it is first shown. A panel built later reads
    // the document as it is then: edits and undo before that are simply part of what it shows.
    enum class PanelStart { AtOnce, AfterFirstFrame };

    explicit MainWindow(QWidget *parent = nullptr, PanelStart start = PanelStart::AtOnce);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    CanvasWidget *canvas() const { return m_canvas; }
    DocumentManager *documents() const { return m_documents; }
    RecoveryManager *recovery() const { return m_recovery; }
    QDockWidget *dock(Panel panel) const;
    // Puts a panel's widget into its dock (the docks exist from the start, so their
    // layout is saved and restored even before a panel fills them).
    void setPanelWidget(Panel panel, QWidget *widget);
    QAction *action(const QString &objectName) const;

    // True once every visible dock has its panel (at once with PanelStart::AtOnce); then
    // panelsSettled() has been emitted. Docks that are not visible may still wait.
    bool arePanelsSettled() const { return m_panelsSettled; }
    // Whether `panel`'s dock has its panel yet.
    bool hasPanel(Panel panel) const;
    // Fills every dock still waiting, visible or not, now.
    void installPendingPanels();

    // The review layout (View → Review Layout, the platform's full-screen key): the canvas
    // large with presentation-size card text, full screen, the palette hidden and the other
    // panels collapsed to tabs on the right. Its dock arrangement is kept apart from the
    // editing layout's (QSettings "mainWindow/reviewState" and "mainWindow/state"), so
    // changing one leaves the other as it was.
    bool isReviewLayout() const { return m_review; }
    void setReviewLayout(bool on);

    // Startup: offer (or, for tests, restore or discard) designs left by a crashed session.
    enum class RecoveryChoice { Ask, Restore, Discard };
    bool offerRecovery(RecoveryChoice choice);

Q_SIGNALS:
    void reviewLayoutChanged(bool on);
    // Every visible dock has its panel (PanelStart::AfterFirstFrame), emitted once.
    void panelsSettled();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createDocks();
    void updateTitle();
    void readSettings();
    void writeSettings() const;
    void arrangeReviewLayout();
    void sizeReviewColumn(); // about a quarter of the window for the review layout's tabs
    void startPanels();      // after the canvas's first frame (PanelStart::AfterFirstFrame)
    void installNextPanel(); // the next waiting visible dock, then again on the next pass
    void installWaitingPanel(Panel panel);

    Document *m_document;
    CanvasWidget *m_canvas;
    DocumentManager *m_documents;
    RecoveryManager *m_recovery;
    QList<QDockWidget *> m_docks;
    bool m_review = false;
    bool m_wasMaximized = false; // the editing window's state before the review layout
    bool m_sizeReviewColumn = false; // the review layout was arranged here, not restored
    QList<Panel> m_waitingPanels;    // docks still without their panel, in the order they are filled
    QHash<Panel, bool> m_dockShown;  // each dock's last visibilityChanged()
    bool m_panelsStarted = false;
    bool m_panelsSettled = false;
};

} // namespace Infra
