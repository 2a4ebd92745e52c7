#pragma once

#include "cost/costestimate.h"

#include <QAbstractTableModel>

namespace Infra {

// The priced lines of an estimate, one row per line item: component, item, quantity and
// unit price (desired column), and the monthly amount at minimum, desired and maximum scale.
// Rows change only when the set of lines does; otherwise figures update in place.
class LineItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ComponentColumn, ItemColumn, QuantityColumn, UnitPriceColumn, MinColumn, DesiredColumn, MaxColumn, ColumnCount };

    explicit LineItemsModel(QObject *parent = nullptr);

    void setEstimate(const CostEstimate &estimate);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every row (with a header line) as CSV, amounts unformatted with two decimals.
    QString toCsv() const;

private:
    struct Row
    {
        QString componentId;
        QString component;
        LineItem item;
    };
    QList<Row> m_rows;
};

} // namespace Infra
