#include "palettemodel.h"

#include "componenticons.h"
#include "model/componentkind.h"
#include "schematext.h"

#include <QMimeData>

namespace Infra {

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(allComponentKinds.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComponentKind kind = allComponentKinds[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return schemaText(kindDisplayName(kind));
    case Qt::DecorationRole: return ComponentIcons::icon(kind);
    case Qt::ToolTipRole: return schemaText(kindDescription(kind));
    case KindRole: return kindName(kind);
    default: return {};
    }
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList PaletteModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), data(indexes.first(), KindRole).toString().toUtf8());
    return mime;
}

} // namespace Infra
