#pragma once

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPGraph;

namespace Infra {

class WhatIfScenario;

// The traffic what-if, shared by the cost panel's slider and the sweep: the workload's average
// requests per second (the peak in the design's proportion) from 1 to ten times the design's
// average, at least 100.
inline constexpr char trafficSliderName[] = "traffic";
inline constexpr char trafficSweep[] = "#traffic";
int trafficSliderMaximum(double designAverageRps);

// The cost dock's charts: monthly cost by category for the design and the what-if side by
// side (stacked bars), and the monthly total of the what-if against one parameter (a sweep
// with the cost engine) with the current value marked. Both in $/month.
class CostCharts : public QWidget
{
    Q_OBJECT

public:
    // `sweep`: the parameter swept first (a sweepParameter() item's data, e.g. trafficSweep);
    // the first item when empty or not there.
    explicit CostCharts(WhatIfScenario *scenario, QWidget *parent = nullptr, const QString &sweep = {});

    QCustomPlot *barChart() const { return m_bars; }
    QCustomPlot *sweepChart() const { return m_sweep; }
    QComboBox *sweepParameter() const { return m_parameter; }
    // The plotted sweep: (x, total) points and the marked current value.
    QList<QPointF> sweepPoints() const { return m_points; }
    QPointF sweepMarker() const { return m_marker; }

    void refresh();

    // Columns of the bar chart's legend: four where the names fit, fewer (more rows) where not.
    int legendColumns() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitLegend();
    void rebuildParameters();
    void updateBars();
    void updateSweep();

    WhatIfScenario *m_scenario;
    QCustomPlot *m_bars;
    QCustomPlot *m_sweep;
    QComboBox *m_parameter;
    QCPGraph *m_curve = nullptr;
    QCPGraph *m_current = nullptr;
    QList<QPointF> m_points;
    QPointF m_marker;
    QStringList m_parameterIds;
};

} // namespace Infra
