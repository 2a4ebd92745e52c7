#pragma once

#include <QListView>

namespace Infra {

// The palette dock's list of component kinds: drag one onto the canvas to add it, or
// activate it (Enter, double-click) to add it in the middle of the visible canvas.
class PaletteWidget : public QListView
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

Q_SIGNALS:
    void kindActivated(const QString &kind); // kindName(), e.g. "ecs_worker"
};

} // namespace Infra
