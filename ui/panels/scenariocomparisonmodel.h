#pragma once

#include "cost/scenario.h"

#include <QAbstractTableModel>

namespace Infra {

// The design and saved scenarios side by side (ScenarioComparison, the core's pricing): a
// total row, then one row per cost line; columns component, item, the design's monthly
// amount, then each scenario's amount and its change from the design (desired scale).
// "Changed lines only" hides the lines no scenario changes.
class ScenarioComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ComponentColumn, ItemColumn, DesignColumn, FirstScenarioColumn };
    enum Role { DeltaRole = Qt::UserRole + 1 }; // the change as a number (delta columns)

    explicit ScenarioComparisonModel(QObject *parent = nullptr);

    void setComparison(const ScenarioComparison &comparison);
    const ScenarioComparison &comparison() const { return m_comparison; }
    void setChangedOnly(bool on);
    bool changedOnly() const { return m_changedOnly; }

    // The table column of scenario `index` (0-based, not counting the design) and of its change.
    static int amountColumn(int scenario) { return FirstScenarioColumn + 2 * scenario; }
    static int deltaColumn(int scenario) { return FirstScenarioColumn + 2 * scenario + 1; }
    // The row of a line, or -1 (hidden or absent); row 0 is the total.
    int rowOf(const QString &componentId, const QString &itemKey) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();

    ScenarioComparison m_comparison;
    QList<int> m_rows; // indices into m_comparison.lines shown after the total row
    bool m_changedOnly = true;
};

} // namespace Infra
