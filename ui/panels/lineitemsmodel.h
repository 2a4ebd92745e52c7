#pragma once

#include "cost/costestimate.h"

#include <QAbstractTableModel>

namespace Infra {

// The priced lines of an estimate, one row per line item: component, item, quantity and
// unit price (desired column), and the monthly amount at minimum, desired and maximum scale.
// Rows change only when the set of lines does; otherwise figures update in place.
// The table shows the line items in the user's language; the CSV export is in English, like
// every file the studio writes.
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
        QString component; // the component's name for people (translated for the network)
        LineItem item;
    };
    QList<Row> m_rows;
};

} // namespace Infra
