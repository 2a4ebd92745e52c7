#pragma once

#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace Infra {

class Document;

// The capacity/headroom chart of the cost dock (issue 15): the peak utilisation of each tier
// (web, Celery, database IOPS and connections, Redis memory) as peak traffic grows, with the
// traffic at which each saturates, and the monthly cost of the design sized for that traffic
// (CapacityFit, priced by the cost engine) on the right axis. The traffic slider moves a
// marker and the readout; "Size for Workload…" applies the sizing as one undo step.
class CapacityChart : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityChart(Document *document, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    QSlider *trafficSlider() const { return m_traffic; }   // percent of the workload's traffic, 25 to 1000
    QPushButton *sizeButton() const { return m_size; }
    QString readout() const;

    // The plotted curves, for tests: tier names, (peak req/s, utilisation %) per tier, the
    // peak req/s at which a tier reaches 100 % (negative when it does not within the range),
    // and (peak req/s, $/month of the sized design).
    QStringList tiers() const { return m_tiers; }
    QList<QPointF> utilization(const QString &tier) const;
    double saturation(const QString &tier) const;
    QList<QPointF> sizedCost() const { return m_cost; }

    void refresh(); // recompute the curves now (otherwise coalesced after changes)

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateMarker();

    Document *m_document;
    QCustomPlot *m_plot;
    QSlider *m_traffic;
    QLabel *m_readout;
    QPushButton *m_size;
    QTimer *m_pending;
    QStringList m_tiers;
    QList<QList<QPointF>> m_curves;
    QList<double> m_saturation;
    QList<QPointF> m_cost;
    bool m_dirty = true;
};

} // namespace Infra
