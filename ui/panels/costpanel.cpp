#include "costpanel.h"

#include "localmoney.h"

#include "accessibletext.h"
#include "capacitychart.h"
#include "costcharts.h"
#include "document.h"
#include "lineitemsmodel.h"
#include "scenariopanel.h"
#include "whatifscenario.h"

#include "cost/costreport.h"
#include "io/atomicfile.h"
#include "model/instancetypes.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Infra {

namespace {

QString money(double usd)
{
    return localDollars(usd);
}

const Component *firstOfKind(const Design &design, ComponentKind kind)
{
    const auto list = design.componentsOfKind(kind);
    return list.empty() ? nullptr : list.front();
}

} // namespace

CostPanel::CostPanel(Document *document, QWidget *parent, const QString &sweep)
    : QWidget(parent)
    , m_document(document)
    , m_scenario(new WhatIfScenario(document, this))
    , m_charts(new CostCharts(m_scenario, this, sweep))
    , m_capacity(new CapacityChart(document, this))
    , m_saved(new ScenarioPanel(document, m_scenario, this))
    , m_lineItems(new LineItemsModel(this))
    , m_totals(new QLabel(this))
    , m_controls(new QWidget)
    , m_apply(new QPushButton(tr("Apply to Design"), this))
    , m_reset(new QPushButton(tr("Reset"), this))
    , m_table(new QTableView(this))
{
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);
    m_apply->setToolTip(tr("Write the what-if values into the design (one undo step)"));
    m_reset->setToolTip(tr("Forget the what-if values and show the design's cost"));
    setAccessibleText(m_apply, tr("Apply what-if to design"), m_apply->toolTip());
    setAccessibleText(m_reset, tr("Reset what-if"), m_reset->toolTip());

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleText(scroll, tr("What-if controls"), tr("Change a scenario, not the design, until it is applied"));
    scroll->setWidget(m_controls);
    auto *left = new QVBoxLayout;
    left->addWidget(m_totals);
    left->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_reset);
    left->addLayout(buttons);
    auto *leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    leftWidget->setMinimumWidth(310);
    leftWidget->setMaximumWidth(400);

    m_table->setModel(m_lineItems);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    // Compact rows; component and item elide (their full text is in the tooltip) so the
    // amounts stay in view in a narrow dock.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LineItemsModel::ComponentColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(LineItemsModel::ItemColumn, QHeaderView::Interactive);
    header->resizeSection(LineItemsModel::ComponentColumn, 120);
    header->resizeSection(LineItemsModel::ItemColumn, 170);
    header->setStretchLastSection(false);
    // The monthly amount right after what it is for; quantity, unit price and the range after.
    header->moveSection(header->visualIndex(LineItemsModel::DesiredColumn), LineItemsModel::QuantityColumn);
    setAccessibleText(m_table, tr("Cost line items"),
                      tr("Component, item, quantity, unit price and monthly cost at minimum, desired and maximum scale"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setToolTip(tr("Save the line items as a CSV file"));
    setAccessibleText(exportButton, tr("Export line items as CSV"), exportButton->toolTip());
    connect(exportButton, &QPushButton::clicked, this, &CostPanel::exportCsvInteractive);
    auto *tableTab = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableTab);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(exportButton);
    tableLayout->addLayout(exportRow);

    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->addTab(m_charts, tr("Charts"));
    tabs->addTab(m_capacity, tr("Capacity"));
    tabs->addTab(tableTab, tr("Line Items"));
    tabs->addTab(m_saved, tr("Scenarios"));
    setAccessibleText(tabs, tr("Cost views"), tr("Charts, capacity, the table of line items or the saved scenarios side by side"));

    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(2, 2, 2, 2);
    m_layout->addWidget(leftWidget);
    m_layout->addWidget(tabs, 1);
    // Narrower than controls and views side by side (a tab of the review layout's column),
    // the controls go above the views: the panel's minimum is then the wider of the two, not
    // their sum (minimumSizeHint, resizeEvent).
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_left = leftWidget;

    connect(m_apply, &QPushButton::clicked, m_scenario, &WhatIfScenario::apply);
    connect(m_reset, &QPushButton::clicked, m_scenario, &WhatIfScenario::reset);
    connect(m_scenario, &WhatIfScenario::changed, this, [this] {
        updateTotals();
        syncControls();
    });
    connect(document, &Document::changed, this, [this](const DesignChange &change) {
        using K = DesignChange::Kind;
        if (change.kind == K::Reset || change.kind == K::ComponentsAdded || change.kind == K::ComponentsRemoved
            || change.kind == K::ComponentRenamed)
            rebuildControls();
    });
    rebuildControls();
    updateTotals();
}

QSize CostPanel::minimumSizeHint() const
{
    const QMargins m = m_layout->contentsMargins();
    const QSize left = m_left->minimumSizeHint().expandedTo(m_left->minimumSize());
    const QSize views = m_tabs->minimumSizeHint();
    return QSize(std::max(left.width(), views.width()) + m.left() + m.right(),
                 std::max(left.height(), views.height()) + m.top() + m.bottom());
}

bool CostPanel::isStacked() const
{
    return m_layout->direction() == QBoxLayout::TopToBottom;
}

void CostPanel::resizeEvent(QResizeEvent *event)
{
    const QSize left = m_left->minimumSizeHint().expandedTo(m_left->minimumSize());
    const int sideBySide = left.width() + m_tabs->minimumSizeHint().width() + m_layout->spacing() + 4;
    const auto direction = event->size().width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction != m_layout->direction()) {
        m_layout->setDirection(direction);
        m_layout->setStretch(0, direction == QBoxLayout::TopToBottom ? 1 : 0);
        m_layout->setStretch(1, direction == QBoxLayout::TopToBottom ? 2 : 1);
    }
    QWidget::resizeEvent(event);
}

void CostPanel::showCapacity()
{
    m_tabs->setCurrentWidget(m_capacity);
}

void CostPanel::showSavedScenarios()
{
    m_tabs->setCurrentWidget(m_saved);
}

QSlider *CostPanel::slider(const QString &id) const
{
    for (QSlider *s : m_sliders) {
        if (s->objectName() == id)
            return s;
    }
    return nullptr;
}

void CostPanel::addSlider(QFormLayout *form, const QString &name, const QString &label, const QString &spoken, int from, int to,
                          int step, const std::function<void(int)> &changed)
{
    auto *slider = new QSlider(Qt::Horizontal);
    slider->setMinimumWidth(60);
    slider->setObjectName(name);
    slider->setRange(from, to);
    slider->setSingleStep(step);
    slider->setPageStep(step * 5);
    auto *value = new QLabel;
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QString::number(to)) + 4);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(slider, &QSlider::valueChanged, value, [value](int v) { value->setNum(v); });
    connect(slider, &QSlider::valueChanged, this, [this, changed](int v) {
        if (!m_syncing)
            changed(v);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(slider, 1);
    row->addWidget(value);
    slider->setToolTip(tr("%1: what-if value from %2 to %3").arg(spoken).arg(from).arg(to));
    setAccessibleText(slider, spoken, tr("What-if value from %1 to %2; the design changes only when applied").arg(from).arg(to));
    form->addRow(label, row);
    m_sliders << slider;
}

void CostPanel::rebuildControls()
{
    const Design &design = m_document->design();
    delete m_controls->layout();
    qDeleteAll(m_controls->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_sliders.clear();
    m_form = new QFormLayout(m_controls);
    m_rdsClass = m_nodeType = nullptr;
    m_multiAz = nullptr;

    // Short labels under a heading, so the sliders keep their width in a narrow column.
    const auto services = design.componentsOfKind(ComponentKind::EcsWeb);
    const auto workers = design.componentsOfKind(ComponentKind::EcsWorker);
    if (!services.empty() || !workers.empty()) {
        auto *heading = new QLabel(tr("<b>Desired tasks</b>"));
        m_form->addRow(heading);
    }
    for (const Component *service : services) {
        const QString id = service->id;
        addSlider(m_form, id, service->name, tr("%1 desired tasks").arg(service->name), 1, 40, 1,
                  [this, id](int v) { m_scenario->setComponentValue(id, QStringLiteral("desired_tasks"), v); });
    }
    for (const Component *worker : workers) {
        const QString id = worker->id;
        addSlider(m_form, id, worker->name, tr("%1 desired tasks").arg(worker->name), 0, 40, 1,
                  [this, id](int v) { m_scenario->setComponentValue(id, QStringLiteral("desired_tasks"), v); });
    }
    if (const Component *db = firstOfKind(design, ComponentKind::RdsPostgres)) {
        m_dbId = db->id;
        m_rdsClass = new QComboBox;
        m_rdsClass->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_rdsClass->setMinimumContentsLength(8);
        m_rdsClass->addItems(rdsInstanceClassNames());
        connect(m_rdsClass, &QComboBox::activated, this,
                [this](int i) { m_scenario->setComponentValue(m_dbId, QStringLiteral("instance_class"), m_rdsClass->itemText(i)); });
        m_rdsClass->setToolTip(tr("What-if instance class of %1").arg(db->name));
        setAccessibleText(m_rdsClass, tr("What-if RDS instance class"), m_rdsClass->toolTip());
        m_form->addRow(tr("RDS class"), m_rdsClass);
        m_multiAz = new QCheckBox(tr("Multi-AZ standby"));
        m_multiAz->setToolTip(tr("What-if: a standby instance in a second availability zone (doubles instance and storage cost)"));
        setAccessibleText(m_multiAz, tr("What-if Multi-AZ standby"), m_multiAz->toolTip());
        connect(m_multiAz, &QCheckBox::toggled, this, [this](bool on) { m_scenario->setComponentValue(m_dbId, QStringLiteral("multi_az"), on); });
        m_form->addRow(m_multiAz);
    }
    if (const Component *redis = firstOfKind(design, ComponentKind::ElastiCacheRedis)) {
        m_redisId = redis->id;
        m_nodeType = new QComboBox;
        m_nodeType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_nodeType->setMinimumContentsLength(8);
        m_nodeType->addItems(cacheNodeTypeNames());
        connect(m_nodeType, &QComboBox::activated, this,
                [this](int i) { m_scenario->setComponentValue(m_redisId, QStringLiteral("node_type"), m_nodeType->itemText(i)); });
        m_nodeType->setToolTip(tr("What-if node type of %1").arg(redis->name));
        setAccessibleText(m_nodeType, tr("What-if Redis node type"), m_nodeType->toolTip());
        m_form->addRow(tr("Redis node"), m_nodeType);
    }
    // Traffic (issue 15's one traffic model): the workload's average requests, the peak kept in
    // the design's proportion, drive CloudFront, the ALB, logs, NAT and S3 alike. A CDN-egress
    // slider priced a typed override instead, whose 0 means "derived".
    const double averageRps = design.value(Section::Workload, QStringLiteral("avg_rps")).toDouble();
    const double peakRps = design.value(Section::Workload, QStringLiteral("peak_rps")).toDouble();
    const double peakRatio = averageRps > 0 && peakRps >= averageRps ? peakRps / averageRps : 1.0;
    const int trafficTop = trafficSliderMaximum(averageRps);
    addSlider(m_form, QString::fromLatin1(trafficSliderName), tr("Traffic req/s"),
              tr("Average traffic in requests per second (the peak follows at %1 × the average)").arg(QLocale().toString(peakRatio, 'g', 3)),
              1, trafficTop, std::max(1, trafficTop / 200), [this, peakRatio](int v) {
                  m_scenario->setSectionValues(Section::Workload, {{QStringLiteral("avg_rps"), double(v)},
                                                                   {QStringLiteral("peak_rps"), double(v) * peakRatio}});
              });
    m_savingsPlan = new QComboBox;
    m_savingsPlan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_savingsPlan->setMinimumContentsLength(8);
    m_savingsPlan->addItem(tr("None"));
    m_savingsPlan->addItem(tr("1 year"));
    m_savingsPlan->addItem(tr("3 years"));
    m_savingsPlan->setToolTip(tr("Compute Savings Plan on the always-on Fargate baseline (a purchase, not part of the design)"));
    connect(m_savingsPlan, &QComboBox::activated, this, [this](int i) { m_scenario->setSavingsPlan(CostOptions::SavingsPlan(i)); });
    setAccessibleText(m_savingsPlan, tr("What-if Savings Plan term"), m_savingsPlan->toolTip());
    m_form->addRow(tr("Savings Plan"), m_savingsPlan);
    m_graviton = new QCheckBox(tr("Graviton (arm64) tasks"));
    m_graviton->setToolTip(tr("What-if: every Fargate task on arm64, about 20 % cheaper than x86_64"));
    setAccessibleText(m_graviton, tr("What-if Graviton tasks"), m_graviton->toolTip());
    connect(m_graviton, &QCheckBox::toggled, m_scenario, &WhatIfScenario::setGraviton);
    m_form->addRow(m_graviton);
    syncControls();
}

void CostPanel::syncControls()
{
    // Sliders are not blocked (their value labels follow valueChanged); m_syncing keeps
    // the scenario from hearing its own values.
    m_syncing = true;
    for (QSlider *s : std::as_const(m_sliders)) {
        const QVariant v = s->objectName() == QLatin1String(trafficSliderName)
                               ? m_scenario->sectionValue(Section::Workload, QStringLiteral("avg_rps"))
                               : m_scenario->componentValue(s->objectName(), QStringLiteral("desired_tasks"));
        s->setValue(int(v.toDouble()));
    }
    m_syncing = false;
    if (m_rdsClass) {
        const QSignalBlocker b1(m_rdsClass);
        const QSignalBlocker b2(m_multiAz);
        m_rdsClass->setCurrentText(m_scenario->componentValue(m_dbId, QStringLiteral("instance_class")).toString());
        m_multiAz->setChecked(m_scenario->componentValue(m_dbId, QStringLiteral("multi_az")).toBool());
    }
    if (m_nodeType) {
        const QSignalBlocker b(m_nodeType);
        m_nodeType->setCurrentText(m_scenario->componentValue(m_redisId, QStringLiteral("node_type")).toString());
    }
    const QSignalBlocker b1(m_savingsPlan);
    const QSignalBlocker b2(m_graviton);
    m_savingsPlan->setCurrentIndex(int(m_scenario->options().computeSavingsPlan));
    m_graviton->setChecked(m_scenario->isGraviton());
    m_apply->setEnabled(!m_scenario->overrides().isEmpty());
}

void CostPanel::updateTotals()
{
    const CostEstimate &base = m_scenario->base();
    const CostEstimate &what = m_scenario->scenario();
    const double delta = what.total.desired() - base.total.desired();
    QString text = tr("<b>Design</b>: %1 / month <small>(min %2, max %3)</small>")
                       .arg(money(base.total.desired()), money(base.total.minimum()), money(base.total.maximum()));
    if (m_scenario->hasChanges()) {
        text += QStringLiteral("<br>")
                + tr("<b>What-if</b>: %1 / month (%2%3)")
                      .arg(money(what.total.desired()), delta >= 0 ? QStringLiteral("+") : QStringLiteral("−"), money(std::abs(delta)));
    }
    text += notes(base);
    m_totals->setText(text);
    m_lineItems->setEstimate(what);
}

QString CostPanel::notes(const CostEstimate &base) const
{
    QString text;
    const Design &design = m_document->design();
    // An empty design is not free: say what the figure is (issue 18: "$77.50 for nothing?").
    if (design.components().empty() && base.total.desired() > 0) {
        QStringList items;
        if (const ComponentCost *network = base.component(QStringLiteral("network"))) {
            for (const LineItem &i : network->items)
                items.append(i.labelText.translated());
        }
        text += QStringLiteral("<br><small>")
                + tr("No components yet: %1 a month is the VPC networking every design pays for (%2); see Line Items.")
                      .arg(money(base.total.desired()), items.join(QStringLiteral(", ")).toHtmlEscaped())
                + QStringLiteral("</small>");
    }
    // Static and media buckets without storage_gb split the workload's S3 storage: another
    // empty bucket lowers the others' share, which looks like a bug without this note.
    int sharing = 0;
    for (const Component *b : design.componentsOfKind(ComponentKind::S3Bucket)) {
        const QString role = b->stringParam(QStringLiteral("role"));
        if ((role == QLatin1String("static") || role == QLatin1String("media")) && b->doubleParam(QStringLiteral("storage_gb")) <= 0)
            ++sharing;
    }
    if (sharing > 1) {
        text += QStringLiteral("<br><small>")
                + tr("%1 static/media buckets without storage_gb share the workload's %2 GB of S3 storage equally; set storage_gb on a "
                     "bucket to price it on its own.")
                      .arg(sharing)
                      .arg(QLocale().toString(design.value(Section::Workload, QStringLiteral("s3_storage_gb")).toDouble()))
                + QStringLiteral("</small>");
    }
    return text;
}

QString CostPanel::totalsText() const
{
    return m_totals->text();
}

bool CostPanel::exportCsv(const QString &path, QString *error) const
{
    QString reason;
    if (AtomicFile::write(path, m_lineItems->toCsv().toUtf8(), &reason))
        return true;
    if (error)
        *error = reason;
    return false;
}

void CostPanel::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Line Items"), QStringLiteral("cost.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace Infra
