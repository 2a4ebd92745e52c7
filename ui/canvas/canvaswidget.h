#pragma once

#include <QWidget>

class QQuickWidget;

namespace Infra {

class CanvasController;
class Document;

// The centre of the main window: the QML canvas in a QQuickWidget, its controller, and
// the context menus of nodes and edges (as widget menus sharing the window's actions).
class CanvasWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasWidget(Document *document, QWidget *parent = nullptr);

    CanvasController *controller() const { return m_controller; }
    QQuickWidget *quickWidget() const { return m_quick; }
    // Actions offered in a node's context menu (Cut, Copy, Delete, …).
    void setNodeActions(const QList<QAction *> &actions) { m_nodeActions = actions; }
    // Actions offered on the empty canvas (Paste, Select All, Fit, …).
    void setCanvasActions(const QList<QAction *> &actions) { m_canvasActions = actions; }

    // Chooses the Qt Quick backend before the first QQuickWindow exists: the software
    // renderer where no OpenGL is available (offscreen tests), the default otherwise.
    static void prepareGraphics();

    bool isFirstFramePresented() const { return m_firstFramePresented; }

Q_SIGNALS:
    // The first frame of the canvas has been rendered (cold-start measurement).
    void firstFrameRendered();
    // That frame has been painted into the window and handed to the window system (the
    // widget's first paint after it, once the window's backing store is flushed): what the
    // user sees first.
    void firstFramePresented();
    // Enter on the canvas with a selection: the user wants to edit it (the inspector takes focus).
    void editRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPalette();
    void showContextMenu(const QString &nodeId, int edgeIndex, const QPointF &viewPos);

    Document *m_document;
    CanvasController *m_controller;
    QQuickWidget *m_quick;
    QList<QAction *> m_nodeActions;
    QList<QAction *> m_canvasActions;
    bool m_firstFrame = false;
    bool m_firstFramePresented = false;
};

} // namespace Infra
