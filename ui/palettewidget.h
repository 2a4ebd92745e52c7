#pragma once

#include <QListView>

namespace Infra {

// The palette dock's list of component kinds: drag one onto the canvas to add it.
class PaletteWidget : public QListView
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);
};

} // namespace Infra
