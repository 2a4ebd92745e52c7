#include "costcharts.h"

#include "document.h"
#include "whatifscenario.h"

#include "cost/costsweep.h"
#include "model/instancetypes.h"

#include "accessibletext.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>
#include <cmath>

#include "qcustomplotinclude.h"

namespace Infra {

namespace {

const QString rdsClassSweep = QStringLiteral("#rds-class:");

// Few ticks with thousands separators ("$1,250", "10,000"), so labels stay apart in a
// narrow plot.
class ReadableTicker : public QCPAxisTicker
{
public:
    ReadableTicker(bool money, int count)
        : m_money(money)
    {
        setTickCount(count);
        setTickStepStrategy(tssReadability);
    }

protected:
    // The smallest round step (1, 2, 2.5, 5 × 10^k) that gives at most the tick count: the
    // readability strategy rounds to the nearest, which can add a tick or two to a narrow axis.
    double getTickStep(const QCPRange &range) override
    {
        const double wanted = range.size() / double(std::max(1, tickCount()));
        if (!(wanted > 0))
            return 1.0;
        const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
        for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            if (m * magnitude >= wanted)
                return m * magnitude;
        }
        return 10.0 * magnitude;
    }

    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        const QString number = QLocale().toString(qint64(std::llround(tick)));
        return m_money ? QCoreApplication::translate("Infra::CostCharts", "$%1").arg(number) : number;
    }

private:
    bool m_money;
};

void styleMoneyAxis(QCPAxis *axis)
{
    axis->setLabel(QCoreApplication::translate("Infra::CostCharts", "$ / month"));
    axis->setTicker(QSharedPointer<ReadableTicker>::create(true, 3));
}

void stylePlot(QCustomPlot *plot, const QPalette &palette)
{
    plot->setBackground(palette.color(QPalette::Base));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(palette.color(QPalette::Text)));
        axis->setTickPen(QPen(palette.color(QPalette::Text)));
        axis->setSubTickPen(QPen(palette.color(QPalette::Text)));
        axis->setTickLabelColor(palette.color(QPalette::Text));
        axis->setLabelColor(palette.color(QPalette::Text));
    }
    plot->setMinimumHeight(150);
    plot->setMinimumWidth(220);
}

const QColor categoryColors[costCategoryCount] = {
    QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
    QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48), QColor(0xb0, 0x7a, 0xa1), QColor(0x9c, 0x75, 0x5f),
};

} // namespace

int trafficSliderMaximum(double designAverageRps)
{
    return std::max(100, int(std::ceil(designAverageRps)) * 10);
}

CostCharts::CostCharts(WhatIfScenario *scenario, QWidget *parent, const QString &sweep)
    : QWidget(parent)
    , m_scenario(scenario)
    , m_bars(new QCustomPlot(this))
    , m_sweep(new QCustomPlot(this))
    , m_parameter(new QComboBox(this))
{
    // Side by side with the same height: the category bars and the sweep, each under its
    // own heading (the sweep's heading chooses the parameter).
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *barsTitle = new QLabel(tr("Monthly cost by category"), this);
    layout->addWidget(barsTitle, 0, 0);
    auto *row = new QHBoxLayout;
    auto *against = new QLabel(tr("Against:"), this);
    against->setBuddy(m_parameter);
    row->addWidget(against);
    row->addWidget(m_parameter, 1);
    layout->addLayout(row, 0, 1);
    layout->addWidget(m_bars, 1, 0);
    layout->addWidget(m_sweep, 1, 1);
    // The bars get the larger share: their legend needs four columns.
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(1, 1);
    m_parameter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parameter->setMinimumContentsLength(12);
    m_parameter->setToolTip(tr("The parameter the monthly total is plotted against"));
    setAccessibleText(m_parameter, tr("Sweep parameter"), m_parameter->toolTip());
    m_bars->setToolTip(tr("Monthly cost by category of the design and of the what-if scenario"));
    m_sweep->setToolTip(tr("Monthly total of the what-if scenario against the chosen parameter; the dot is the current value"));
    setAccessibleText(m_bars, tr("Cost by category chart"), m_bars->toolTip());
    setAccessibleText(m_sweep, tr("Cost sweep chart"), m_sweep->toolTip());

    stylePlot(m_bars, palette());
    stylePlot(m_sweep, palette());

    // Bars: one stacked horizontal bar per category, keys 1 (design, on top) and 2 (what-if),
    // so the labels sit beside the bars and never collide however narrow the plot is.
    QCPBars *below = nullptr;
    for (int c = 0; c < costCategoryCount; ++c) {
        auto *bars = new QCPBars(m_bars->yAxis, m_bars->xAxis);
        bars->setName(costCategoryDisplayText(CostCategory(c)).translated());
        bars->setWidth(0.6);
        bars->setPen(Qt::NoPen);
        bars->setBrush(categoryColors[c]);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(1, tr("Design"));
    ticker->addTick(2, tr("What-if"));
    m_bars->yAxis->setTicker(ticker);
    m_bars->yAxis->setRange(0.4, 2.6);
    m_bars->yAxis->setRangeReversed(true);
    m_bars->yAxis->setTickLength(0, 0);
    m_bars->yAxis->setSubTicks(false);
    styleMoneyAxis(m_bars->xAxis);
    m_bars->legend->setVisible(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_bars->legend->setFont(small);
    m_bars->legend->setBrush(Qt::NoBrush);
    m_bars->legend->setBorderPen(Qt::NoPen);
    m_bars->legend->setTextColor(palette().color(QPalette::Text));
    m_bars->legend->setIconSize(10, 10);
    m_bars->legend->setRowSpacing(0);
    m_bars->legend->setColumnSpacing(6);
    m_bars->legend->setMargins(QMargins(2, 0, 2, 0));
    // The legend in compact rows below the plot: it takes no width from the bars.
    m_bars->legend->setWrap(4);
    m_bars->plotLayout()->addElement(1, 0, m_bars->legend);
    m_bars->plotLayout()->setRowStretchFactor(1, 0.001);
    m_bars->plotLayout()->setRowSpacing(0);
    m_bars->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    m_bars->installEventFilter(this);

    m_curve = m_sweep->addGraph();
    m_curve->setPen(QPen(palette().color(QPalette::Highlight), 2));
    m_current = m_sweep->addGraph();
    m_current->setLineStyle(QCPGraph::lsNone);
    m_current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xe1, 0x57, 0x59), 9));
    styleMoneyAxis(m_sweep->yAxis);
    m_sweep->xAxis->setTicker(QSharedPointer<ReadableTicker>::create(false, 2));

    connect(m_parameter, &QComboBox::currentIndexChanged, this, &CostCharts::updateSweep);
    connect(scenario, &WhatIfScenario::changed, this, &CostCharts::refresh);
    connect(scenario->document(), &Document::changed, this, [this](const DesignChange &change) {
        using K = DesignChange::Kind;
        if (change.kind == K::Reset || change.kind == K::ComponentsAdded || change.kind == K::ComponentsRemoved
            || change.kind == K::ComponentRenamed)
            rebuildParameters();
    });
    if (!sweep.isEmpty()) {
        const QSignalBlocker blocker(m_parameter);
        m_parameter->addItem(QString(), sweep); // chosen by rebuildParameters() if the design has it
    }
    rebuildParameters(); // which sweeps
    updateBars();
}

void CostCharts::rebuildParameters()
{
    const QString current = m_parameter->currentData().toString();
    const QSignalBlocker blocker(m_parameter);
    m_parameter->clear();
    for (const Component &c : m_scenario->document()->design().components()) {
        if (c.kind == ComponentKind::EcsWeb)
            m_parameter->addItem(tr("%1 tasks").arg(c.name), QString(c.id + QStringLiteral(".desired_tasks")));
        else if (c.kind == ComponentKind::EcsWorker)
            m_parameter->addItem(tr("%1 tasks").arg(c.name), QString(c.id + QStringLiteral(".desired_tasks")));
        else if (c.kind == ComponentKind::RdsPostgres)
            m_parameter->addItem(tr("%1 class").arg(c.name), QString(rdsClassSweep + c.id));
    }
    m_parameter->addItem(tr("Traffic"), QString::fromLatin1(trafficSweep));
    const int index = m_parameter->findData(current);
    m_parameter->setCurrentIndex(index >= 0 ? index : 0);
    updateSweep();
}

void CostCharts::refresh()
{
    updateBars();
    updateSweep();
}

void CostCharts::updateBars()
{
    const CostEstimate &base = m_scenario->base();
    const CostEstimate &what = m_scenario->scenario();
    double top = 0;
    for (int c = 0; c < costCategoryCount; ++c) {
        auto *bars = qobject_cast<QCPBars *>(m_bars->plottable(c));
        bars->setData(QVector<double>{1, 2},
                      QVector<double>{base.category(CostCategory(c)).desired(), what.category(CostCategory(c)).desired()}, true);
    }
    top = std::max(base.total.desired(), what.total.desired());
    m_bars->xAxis->setRange(0, std::max(10.0, top * 1.1));
    m_bars->replot(QCustomPlot::rpQueuedReplot);
}

void CostCharts::updateSweep()
{
    const QString parameter = m_parameter->currentData().toString();
    const Design &design = m_scenario->design();
    const CostEngine &engine = m_scenario->engine();
    m_points.clear();
    QVector<double> xs;
    QVector<double> ys;
    if (parameter.startsWith(rdsClassSweep)) {
        const QString id = parameter.mid(rdsClassSweep.size());
        const Component *db = design.component(id);
        if (!db)
            return;
        const QStringList classes = rdsInstanceClassNames();
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        Design probe = design;
        for (int i = 0; i < classes.size(); ++i) {
            probe.setParameter(id, QStringLiteral("instance_class"), classes[i]);
            const double total = engine.estimate(probe, m_scenario->options(), CostEngine::Detail::TotalsOnly).total.desired();
            xs << i;
            ys << total;
            ticker->addTick(i, classes[i].mid(3)); // without "db."
            if (classes[i] == db->stringParam(QStringLiteral("instance_class")))
                m_marker = QPointF(i, total);
        }
        m_sweep->xAxis->setTicker(ticker);
        m_sweep->xAxis->setTickLabelRotation(60);
        m_sweep->xAxis->setLabel(tr("RDS instance class"));
    } else if (parameter == QLatin1String(trafficSweep)) {
        // Average requests from 1 to the traffic slider's maximum, the peak in the design's
        // proportion: every line the traffic model drives moves together.
        const double average = design.value(Section::Workload, QStringLiteral("avg_rps")).toDouble();
        const double peak = design.value(Section::Workload, QStringLiteral("peak_rps")).toDouble();
        const double ratio = average > 0 && peak >= average ? peak / average : 1.0;
        const int top = trafficSliderMaximum(m_scenario->document()->design().value(Section::Workload, QStringLiteral("avg_rps")).toDouble());
        Design probe = design;
        for (int i = 0; i <= 40; ++i) {
            const double rps = std::max(1.0, double(top) * i / 40.0);
            probe.setSectionValue(Section::Workload, QStringLiteral("peak_rps"), rps * ratio);
            probe.setSectionValue(Section::Workload, QStringLiteral("avg_rps"), rps);
            xs << rps;
            ys << engine.estimate(probe, m_scenario->options(), CostEngine::Detail::TotalsOnly).total.desired();
        }
        if (m_sweep->xAxis->ticker().dynamicCast<QCPAxisTickerText>())
            m_sweep->xAxis->setTicker(QSharedPointer<ReadableTicker>::create(false, 2));
        m_sweep->xAxis->setTickLabelRotation(0);
        m_sweep->xAxis->setLabel(tr("average requests / s"));
        m_marker = QPointF(average, m_scenario->scenario().total.desired());
    } else {
        const bool egress = parameter.startsWith(QLatin1String("workload."));
        const CostSweep sweep = CostSweep::run(engine, design, parameter, egress ? 0 : 1, egress ? 20000 : 40, egress ? 41 : 40,
                                               m_scenario->options());
        for (const CostSweep::Point &p : sweep.points) {
            if (!p.valid)
                continue;
            xs << p.value;
            ys << p.total.desired();
        }
        if (m_sweep->xAxis->ticker().dynamicCast<QCPAxisTickerText>())
            m_sweep->xAxis->setTicker(QSharedPointer<ReadableTicker>::create(false, 2));
        m_sweep->xAxis->setTickLabelRotation(0);
        m_sweep->xAxis->setLabel(egress ? tr("CDN egress, GB / month") : tr("desired tasks"));
        const qsizetype dot = parameter.indexOf(QLatin1Char('.'));
        const QString target = parameter.left(dot);
        const QString key = parameter.mid(dot + 1);
        const Component *c = design.component(target);
        const double now = egress ? design.value(Section::Workload, key).toDouble() : c ? c->doubleParam(key) : 0.0;
        m_marker = QPointF(now, m_scenario->scenario().total.desired());
    }
    for (qsizetype i = 0; i < xs.size(); ++i)
        m_points << QPointF(xs[i], ys[i]);
    m_curve->setData(xs, ys, true);
    m_current->setData(QVector<double>{m_marker.x()}, QVector<double>{m_marker.y()}, true);
    m_sweep->rescaleAxes();
    m_sweep->xAxis->scaleRange(1.05);
    m_sweep->yAxis->setRangeLower(0);
    m_sweep->yAxis->setRangeUpper(std::max(10.0, m_sweep->yAxis->range().upper * 1.1));
    m_sweep->replot(QCustomPlot::rpQueuedReplot);
}

int CostCharts::legendColumns() const
{
    return m_bars->legend->wrap();
}

bool CostCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bars && event->type() == QEvent::Resize)
        fitLegend();
    return QWidget::eventFilter(watched, event);
}

void CostCharts::fitLegend()
{
    // In a 1366-pixel window's cost dock four columns cut "Storage & CDN" and "Networking"
    // (looked at in a screenshot): as many columns as the widest name allows, two at least.
    const QFontMetrics fm(m_bars->legend->font());
    int widest = 0;
    for (int i = 0; i < m_bars->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_bars->legend->item(i)))
            widest = std::max(widest, fm.horizontalAdvance(item->plottable()->name()));
    }
    const QSize icon = m_bars->legend->iconSize();
    const int perItem = widest + icon.width() + m_bars->legend->iconTextPadding() + m_bars->legend->columnSpacing() + 8;
    const int columns = std::clamp(perItem > 0 ? (m_bars->width() - 4) / perItem : 4, 2, 4);
    if (columns == m_bars->legend->wrap())
        return;
    m_bars->legend->setWrap(columns);
    m_bars->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    m_bars->replot(QCustomPlot::rpQueuedReplot);
}

void CostCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_curve)
        return;
    // Preferences → Appearance: the charts take the new light or dark colours.
    for (QCustomPlot *plot : {m_bars, m_sweep})
        stylePlot(plot, palette());
    m_bars->legend->setTextColor(palette().color(QPalette::Text));
    m_curve->setPen(QPen(palette().color(QPalette::Highlight), 2));
    m_bars->replot(QCustomPlot::rpQueuedReplot);
    m_sweep->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Infra
