#include "scenariocomparisonmodel.h"

#include "localmoney.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace Infra {

namespace {

// Cents: a line whose amounts differ by less is unchanged.
bool differs(double a, double b)
{
    return std::abs(a - b) >= 0.005;
}

QString signedDollars(double usd)
{
    if (!differs(usd, 0))
        return QStringLiteral("±") + localDollars(0);
    return (usd > 0 ? QStringLiteral("+") : QStringLiteral("−")) + localDollars(std::abs(usd));
}

} // namespace

ScenarioComparisonModel::ScenarioComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScenarioComparisonModel::setComparison(const ScenarioComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    rebuildRows();
    endResetModel();
}

void ScenarioComparisonModel::setChangedOnly(bool on)
{
    if (on == m_changedOnly)
        return;
    beginResetModel();
    m_changedOnly = on;
    rebuildRows();
    endResetModel();
}

void ScenarioComparisonModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < int(m_comparison.lines.size()); ++i) {
        const ScenarioComparison::Line &line = m_comparison.lines[size_t(i)];
        bool changed = false;
        for (size_t c = 1; c < m_comparison.columns.size(); ++c)
            changed = changed || (m_comparison.columns[c].applies() && differs(m_comparison.lineDelta(line, c), 0));
        if (changed || !m_changedOnly)
            m_rows.append(i);
    }
}

int ScenarioComparisonModel::rowOf(const QString &componentId, const QString &itemKey) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const ScenarioComparison::Line &line = m_comparison.lines[size_t(m_rows.at(r))];
        if (line.componentId == componentId && line.itemKey == itemKey)
            return r + 1;
    }
    return -1;
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_comparison.columns.empty() ? 0 : int(m_rows.size()) + 1;
}

int ScenarioComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_comparison.columns.empty() ? 0 : FirstScenarioColumn + 2 * int(m_comparison.columns.size() - 1);
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool total = row == 0;
    const ScenarioComparison::Line *line = total ? nullptr : &m_comparison.lines[size_t(m_rows.at(row - 1))];
    // Which estimate column (0 the design) and whether this is its change.
    const size_t estimate = column < FirstScenarioColumn ? 0 : size_t((column - FirstScenarioColumn) / 2 + 1);
    const bool isDelta = column >= FirstScenarioColumn && (column - FirstScenarioColumn) % 2 == 1;
    const ScenarioComparison::Column *scenario = column >= DesignColumn ? &m_comparison.columns[estimate] : nullptr;
    const double delta = total ? m_comparison.delta(estimate) : (line ? m_comparison.lineDelta(*line, estimate) : 0);

    switch (role) {
    case Qt::DisplayRole:
        if (column == ComponentColumn)
            return total ? tr("Total") : line->componentNameText.translated();
        if (column == ItemColumn)
            return total ? tr("per month") : line->labelText.translated();
        if (!scenario->applies())
            return isDelta ? QString() : tr("does not apply");
        if (isDelta)
            return estimate == 0 ? QVariant() : QVariant(signedDollars(delta));
        return localDollars(total ? scenario->estimate.total.desired() : line->amounts[estimate].desired());
    case DeltaRole:
        return isDelta && scenario->applies() ? QVariant(delta) : QVariant();
    case Qt::TextAlignmentRole:
        return column >= DesignColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        // Cheaper in green, dearer in red, as the cost panel's totals read.
        if (isDelta && scenario->applies() && differs(delta, 0))
            return QBrush(delta < 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
        if (scenario && !scenario->applies())
            return tr("Scenario '%1' does not apply to the design: %2").arg(scenario->name, scenario->error);
        if (column == ComponentColumn && line)
            return line->componentId;
        if (column == ItemColumn && line)
            return line->labelText.translated();
        if (scenario && column >= FirstScenarioColumn)
            return scenario->overrides.join(QLatin1Char('\n'));
        return {};
    default: return {};
    }
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == ComponentColumn)
            return tr("Component");
        if (section == ItemColumn)
            return tr("Item");
        if (section == DesignColumn)
            return tr("Design");
        const ScenarioComparison::Column &c = m_comparison.columns[size_t((section - FirstScenarioColumn) / 2 + 1)];
        return (section - FirstScenarioColumn) % 2 == 0 ? c.name : tr("Δ %1").arg(c.name);
    }
    if (role == Qt::ToolTipRole && section >= FirstScenarioColumn) {
        const ScenarioComparison::Column &c = m_comparison.columns[size_t((section - FirstScenarioColumn) / 2 + 1)];
        return (section - FirstScenarioColumn) % 2 == 0 ? tr("%1 per month at desired scale: %2").arg(c.name, c.overrides.join(QStringLiteral(", ")))
                                                        : tr("Change from the design per month at desired scale");
    }
    return {};
}

} // namespace Infra
