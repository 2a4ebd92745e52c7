#include "palettewidget.h"

#include "palettemodel.h"

namespace Infra {

PaletteWidget::PaletteWidget(QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("palette"));
    setModel(new PaletteModel(this));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(32, 32));
    setSpacing(2);
    setUniformItemSizes(true);
    setMinimumWidth(180);
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT kindActivated(index.data(PaletteModel::KindRole).toString());
    });
}

} // namespace Infra
