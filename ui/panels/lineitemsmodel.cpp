#include "lineitemsmodel.h"

#include "localmoney.h"

#include "cost/costreport.h"

#include <QLocale>

#include <cmath>

namespace Infra {

namespace {

// "3,650 GB-month", "8.5 vCPU-hours"; a unit that is itself a batch ("10,000 requests")
// gets a times sign, so the two numbers do not run together ("5,000 × 10,000 requests").
QString quantityText(double quantity, const QString &unit)
{
    const bool whole = std::abs(quantity - std::round(quantity)) < 0.05;
    const QString n = QLocale().toString(quantity, 'f', whole ? 0 : 1);
    if (unit.isEmpty())
        return n;
    if (unit.front().isDigit())
        return QStringLiteral("%1 × %2").arg(n, unit);
    return n + QLatin1Char(' ') + unit;
}

} // namespace

LineItemsModel::LineItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LineItemsModel::setEstimate(const CostEstimate &estimate)
{
    QList<Row> rows;
    for (const ComponentCost &c : estimate.components) {
        for (const LineItem &item : c.items)
            rows.append({c.id, c.nameText().translated(), item});
    }
    bool sameShape = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].componentId == m_rows[i].componentId && rows[i].item.key == m_rows[i].item.key;
    if (!sameShape) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

int LineItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LineItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const LineItem &item = row.item;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= QuantityColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole) { // the whole row's words: the table elides them in a narrow dock
        QString tip = row.component + QStringLiteral(" — ") + item.labelText.translated() + QLatin1Char('\n') + item.priceKey;
        if (!item.noteText.isEmpty())
            tip += QLatin1Char('\n') + item.noteText.translated();
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ComponentColumn: return row.component;
    case ItemColumn: return item.labelText.translated();
    case QuantityColumn: return quantityText(item.quantity.desired(), item.unit);
    case UnitPriceColumn: return QStringLiteral("$%1").arg(QString::number(item.unitPrice, 'g', 6));
    case MinColumn: return localMoney(item.amount.minimum());
    case DesiredColumn: return localMoney(item.amount.desired());
    case MaxColumn: return localMoney(item.amount.maximum());
    case ColumnCount: break;
    }
    return {};
}

QVariant LineItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ComponentColumn: return tr("Component");
    case ItemColumn: return tr("Item");
    case QuantityColumn: return tr("Quantity");
    case UnitPriceColumn: return tr("Unit price");
    case MinColumn: return tr("Min $/mo");
    case DesiredColumn: return tr("Desired $/mo");
    case MaxColumn: return tr("Max $/mo");
    case ColumnCount: break;
    }
    return {};
}

QString LineItemsModel::toCsv() const
{
    auto field = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return s;
    };
    QString csv = QStringLiteral("component,item,quantity,unit,unit_price,monthly_min,monthly_desired,monthly_max\n");
    for (const Row &row : m_rows) {
        const LineItem &i = row.item;
        csv += QStringList{field(row.componentId), field(i.label), QString::number(i.quantity.desired(), 'f', 3), field(i.unit),
                           QString::number(i.unitPrice, 'g', 10), QString::number(i.amount.minimum(), 'f', 2),
                           QString::number(i.amount.desired(), 'f', 2), QString::number(i.amount.maximum(), 'f', 2)}
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    }
    return csv;
}

} // namespace Infra
