#pragma once

#include <QAbstractListModel>

namespace Infra {

// The component kinds offered on the palette, with our icons; items drag as
// "application/x-infra-component-kind" (the kind's YAML name), which the canvas accepts.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static QString mimeType() { return QStringLiteral("application/x-infra-component-kind"); }
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit PaletteModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
};

} // namespace Infra
