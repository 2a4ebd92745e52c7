#include "capacitychart.h"

#include "accessibletext.h"
#include "document.h"
#include "localmoney.h"
#include "sizeforworkload.h"

#include "capacity/capacityfit.h"
#include "capacity/capacityreport.h"
#include "cost/costengine.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "qcustomplotinclude.h"

namespace Infra {

namespace {

// Traffic factors of the sweep: 0.25× to 10× the workload, in quarter steps up to 2× and then
// coarser; the sized-design cost is computed at every point.
QList<double> factors()
{
    QList<double> f;
    for (double x = 0.25; x <= 2.0 + 1e-9; x += 0.25)
        f.append(x);
    for (double x = 2.5; x <= 10.0 + 1e-9; x += 0.5)
        f.append(x);
    return f;
}

// The utilisation at peak of each tier (the busiest member), as a fraction.
struct TierLoad
{
    double web = -1, celery = -1, iops = -1, connections = -1, redis = -1;
};

TierLoad loads(const CapacityReport &r)
{
    TierLoad t;
    for (const WebCapacity &w : r.web) {
        const double cpu = w.maxTasks > 0 && w.vcpuPerTask > 0 ? w.cpuCoresPeak / (double(w.maxTasks) * w.vcpuPerTask) : 0.0;
        t.web = std::max({t.web, w.utilizationAtMax, cpu});
    }
    for (const CeleryCapacity &k : r.celery)
        t.celery = std::max(t.celery, k.utilizationAtMax);
    for (const DatabaseCapacity &d : r.databases) {
        if (d.iopsCapacity > 0)
            t.iops = d.iopsPeak / d.iopsCapacity;
        if (d.connectionCapacity > 0)
            t.connections = double(d.connectionsSized) / double(d.connectionCapacity);
    }
    for (const RedisCapacity &x : r.redis) {
        if (x.usableMiB > 0)
            t.redis = std::max(t.redis, x.neededMiB / x.usableMiB);
    }
    return t;
}

constexpr double maxShownMin = 110.0; // % utilisation
constexpr double maxShownCap = 150.0;

const QColor tierColors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                             QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f)};

} // namespace

CapacityChart::CapacityChart(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_plot(new QCustomPlot(this))
    , m_traffic(new QSlider(Qt::Horizontal, this))
    , m_readout(new QLabel(this))
    , m_size(new QPushButton(tr("Size for Workload…"), this))
    , m_pending(new QTimer(this))
{
    m_plot->setMinimumHeight(150);
    m_plot->setMinimumWidth(220);
    // The legend goes below the axis rectangle, in two columns: inside it covered the curves
    // in the default dock. The row takes only the height the legend needs.
    m_plot->legend->setVisible(true);
    // A point smaller than the panel's text: the curves keep more of a 1440×900 window's dock.
    QFont legendFont = font();
    legendFont.setPointSizeF(std::max(7.0, legendFont.pointSizeF() - 1));
    m_plot->legend->setFont(legendFont);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 2));
    m_plot->legend->setBorderPen(Qt::NoPen);
    // Few ticks: the plot is often only ~100 px high in the dock.
    // Utilisation: 0, 50, 100, 150 % (the range ends between 110 % and 150 %); dollars: about
    // three ticks.
    auto percent = QSharedPointer<QCPAxisTickerFixed>::create();
    percent->setTickStep(50);
    m_plot->yAxis->setTicker(percent);
    m_plot->yAxis2->ticker()->setTickCount(3);
    m_plot->yAxis2->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
    m_plot->xAxis->setLabel(tr("peak requests/s"));
    m_plot->yAxis->setLabel(tr("utilisation at peak (%)"));
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setLabel(tr("sized design, $ / month"));
    setAccessibleText(m_plot, tr("Capacity chart"),
                      tr("Utilisation of each tier at peak as traffic grows, where each saturates, and the monthly cost of the design sized for that traffic"));

    m_traffic->setObjectName(QStringLiteral("capacity-traffic"));
    m_traffic->setRange(25, 1000);
    m_traffic->setSingleStep(25);
    m_traffic->setPageStep(100);
    m_traffic->setValue(100);
    m_traffic->setToolTip(tr("Peak traffic as a share of the workload's: moves the marker; the design does not change"));
    setAccessibleText(m_traffic, tr("Traffic"), m_traffic->toolTip());
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleText(m_readout, tr("Capacity at the chosen traffic"), tr("Utilisation of each tier and the sized design's cost at the slider's traffic"));
    m_size->setToolTip(tr("Set task counts, sizes, instance class, storage and node type to the smallest that carry the workload; shows the cost delta first"));
    setAccessibleText(m_size, tr("Size for Workload"), m_size->toolTip());

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Traffic"), this);
    label->setBuddy(m_traffic);
    row->addWidget(label);
    row->addWidget(m_traffic, 1);
    row->addWidget(m_size);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(row);
    layout->addWidget(m_readout);

    m_pending->setSingleShot(true);
    m_pending->setInterval(150);
    connect(m_pending, &QTimer::timeout, this, &CapacityChart::refresh);
    // The sweep sizes and prices the design two dozen times: only while the chart is shown.
    connect(document, &Document::changed, this, [this](const DesignChange &change) {
        if (!change.affectsDerivation())
            return;
        m_dirty = true;
        if (isVisible())
            m_pending->start();
    });
    connect(m_traffic, &QSlider::valueChanged, this, [this] {
        if (!m_dirty)
            updateMarker();
    });
    connect(m_size, &QPushButton::clicked, this, [this] { SizeForWorkload::run(m_document, window()); });
}

void CapacityChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

QList<QPointF> CapacityChart::utilization(const QString &tier) const
{
    const qsizetype i = m_tiers.indexOf(tier);
    return i < 0 ? QList<QPointF>() : m_curves.at(i);
}

double CapacityChart::saturation(const QString &tier) const
{
    const qsizetype i = m_tiers.indexOf(tier);
    return i < 0 ? -1.0 : m_saturation.at(i);
}

void CapacityChart::refresh()
{
    m_pending->stop();
    m_dirty = false;
    const Design &design = m_document->design();
    const PoolCalculation &pools = m_document->derived().pools();
    const double peak = std::max(design.value(Section::Workload, QStringLiteral("peak_rps")).toDouble(),
                                 design.value(Section::Workload, QStringLiteral("avg_rps")).toDouble());
    const QStringList names = {tr("web"), tr("Celery"), tr("database IOPS"), tr("database connections"), tr("Redis memory")};
    QList<QList<QPointF>> curves(names.size());
    m_cost.clear();
    const CostEngine engine;
    for (double f : factors()) {
        const TierLoad t = loads(CapacityReport::compute(design, pools, f));
        const double values[] = {t.web, t.celery, t.iops, t.connections, t.redis};
        for (int i = 0; i < 5; ++i) {
            if (values[i] >= 0)
                curves[i].append(QPointF(peak * f, values[i] * 100.0));
        }
        const CostEstimate e = engine.estimate(CapacityFit::fit(CapacityFit::withTraffic(design, f)).design, {}, CostEngine::Detail::TotalsOnly);
        if (e.isValid())
            m_cost.append(QPointF(peak * f, e.total.desired()));
    }
    m_tiers.clear();
    m_curves.clear();
    m_saturation.clear();
    for (int i = 0; i < 5; ++i) {
        if (curves[i].isEmpty())
            continue;
        m_tiers.append(names[i]);
        m_curves.append(curves[i]);
        // Where the curve crosses 100 %, interpolated between the sweep's points.
        double at = -1;
        for (qsizetype j = 0; j < curves[i].size(); ++j) {
            const QPointF p = curves[i][j];
            if (p.y() >= 100.0) {
                if (j == 0) {
                    at = p.x();
                } else {
                    const QPointF q = curves[i][j - 1];
                    at = q.x() + (100.0 - q.y()) * (p.x() - q.x()) / (p.y() - q.y());
                }
                break;
            }
        }
        m_saturation.append(at);
    }

    m_plot->clearGraphs();
    m_plot->clearItems();
    const QPalette pal = palette();
    m_plot->setBackground(pal.color(QPalette::Base));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        axis->setBasePen(QPen(pal.color(QPalette::Text)));
        axis->setTickPen(QPen(pal.color(QPalette::Text)));
        axis->setSubTickPen(QPen(pal.color(QPalette::Text)));
        axis->setTickLabelColor(pal.color(QPalette::Text));
        axis->setLabelColor(pal.color(QPalette::Text));
    }
    m_plot->legend->setBrush(pal.color(QPalette::Base));
    m_plot->legend->setTextColor(pal.color(QPalette::Text));
    // The utilisation axis: a bit above the largest value shown, at least 110 % (so the 100 %
    // line and the saturation dots show) and at most 150 %: past saturation a curve leaves
    // through the top rather than squeezing the range where the tiers are compared.
    double top = 0;
    for (qsizetype i = 0; i < m_tiers.size(); ++i) {
        QCPGraph *g = m_plot->addGraph();
        g->setPen(QPen(tierColors[i % 5], 2));
        const QLocale locale;
        g->setName(m_saturation[i] >= 0 ? tr("%1 (100 % at %2 req/s)").arg(m_tiers[i], locale.toString(qint64(std::llround(m_saturation[i]))))
                                         : m_tiers[i]);
        for (const QPointF &p : std::as_const(m_curves[i])) {
            g->addData(p.x(), p.y());
            top = std::max(top, p.y());
        }
        if (m_saturation[i] >= 0) {
            // The saturation point: a dot on the 100 % line.
            QCPGraph *dot = m_plot->addGraph();
            dot->setPen(QPen(tierColors[i % 5]));
            dot->setLineStyle(QCPGraph::lsNone);
            dot->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 8));
            dot->addData(m_saturation[i], 100.0);
            dot->removeFromLegend();
        }
    }
    if (!m_cost.isEmpty()) {
        QCPGraph *cost = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
        cost->setPen(QPen(pal.color(QPalette::Text), 1.5, Qt::DashLine));
        cost->setName(tr("cost of the sized design"));
        double most = 0;
        for (const QPointF &p : std::as_const(m_cost)) {
            cost->addData(p.x(), p.y());
            most = std::max(most, p.y());
        }
        m_plot->yAxis2->setRange(0, most * 1.1);
    }
    auto *full = new QCPItemStraightLine(m_plot);
    full->point1->setCoords(0, 100);
    full->point2->setCoords(1, 100);
    full->setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    m_plot->xAxis->setRange(0, peak > 0 ? peak * 10.0 : 1.0);
    m_plot->yAxis->setRange(0, std::clamp(top * 1.1, maxShownMin, maxShownCap));
    updateMarker();
}

QString CapacityChart::readout() const
{
    return m_readout->text();
}

void CapacityChart::updateMarker()
{
    const Design &design = m_document->design();
    const double f = m_traffic->value() / 100.0;
    const double peak = std::max(design.value(Section::Workload, QStringLiteral("peak_rps")).toDouble(),
                                 design.value(Section::Workload, QStringLiteral("avg_rps")).toDouble());
    const TierLoad t = loads(CapacityReport::compute(design, m_document->derived().pools(), f));
    const QLocale locale;
    QStringList parts;
    const QStringList names = {tr("web"), tr("Celery"), tr("database IOPS"), tr("database connections"), tr("Redis memory")};
    const double values[] = {t.web, t.celery, t.iops, t.connections, t.redis};
    for (int i = 0; i < 5; ++i) {
        if (values[i] >= 0)
            parts.append(tr("%1 %2 %").arg(names[i], locale.toString(std::round(values[i] * 100.0), 'f', 0)));
    }
    // The sized design's cost at the nearest swept point.
    QString cost;
    double best = -1;
    for (const QPointF &p : std::as_const(m_cost)) {
        if (best < 0 || std::abs(p.x() - peak * f) < std::abs(best - peak * f)) {
            best = p.x();
            cost = localDollars(p.y());
        }
    }
    m_readout->setText(tr("At %1 % of the workload (%2 req/s peak): %3.").arg(m_traffic->value()).arg(locale.toString(qint64(std::llround(peak * f))), parts.join(QStringLiteral(", ")))
                       + (cost.isEmpty() ? QString() : QLatin1Char(' ') + tr("Sized for it: about %1 a month.").arg(cost)));
    // The marker: a vertical line at the slider's traffic.
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        if (m_plot->item(i)->objectName() == QLatin1String("marker"))
            m_plot->removeItem(i);
    }
    auto *marker = new QCPItemStraightLine(m_plot);
    marker->setObjectName(QStringLiteral("marker"));
    marker->point1->setCoords(peak * f, 0);
    marker->point2->setCoords(peak * f, 1);
    marker->setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    m_plot->replot();
}

void CapacityChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        m_dirty = true;
        if (isVisible())
            refresh();
    }
}

} // namespace Infra
