#pragma once

#include <QWidget>

#include <functional>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSlider;
class QTabWidget;
class QTableView;

namespace Infra {

class CapacityChart;
class CostCharts;
struct CostEstimate;
class Document;
class LineItemsModel;
class ScenarioPanel;
class WhatIfScenario;

// The cost dock: totals of the design and the what-if, the what-if controls (web and worker
// tasks, RDS class and Multi-AZ, Redis node type, CDN egress, Savings Plan, Graviton), the
// charts, the line items with CSV export and the saved scenarios side by side. The controls change the scenario only;
// "Apply to Design" makes it one undo step, "Reset" returns to the design.
class CostPanel : public QWidget
{
    Q_OBJECT

public:
    // `sweep`: the chart's first sweep parameter (CostCharts).
    explicit CostPanel(Document *document, QWidget *parent = nullptr, const QString &sweep = {});

    WhatIfScenario *scenario() const { return m_scenario; }
    CostCharts *charts() const { return m_charts; }
    CapacityChart *capacityChart() const { return m_capacity; }
    void showCapacity(); // brings the capacity tab to the front
    ScenarioPanel *savedScenarios() const { return m_saved; }
    void showSavedScenarios(); // brings the scenarios tab to the front
    LineItemsModel *lineItems() const { return m_lineItems; }
    QSlider *slider(const QString &id) const;   // "web", a worker id, "cdn_egress_gb"
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *resetButton() const { return m_reset; }
    QString totalsText() const;
    bool exportCsv(const QString &path, QString *error) const;
    // Controls beside the views when there is room, above them when not.
    bool isStacked() const;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildControls();
    void syncControls();
    void updateTotals();
    // Explanations under the totals: an empty design's base cost, shared bucket storage.
    QString notes(const CostEstimate &base) const;
    // A slider row: `label` beside it, `spoken` its accessible name and tooltip.
    void addSlider(QFormLayout *form, const QString &name, const QString &label, const QString &spoken, int from, int to,
                   int step, const std::function<void(int)> &changed);
    void exportCsvInteractive();

    Document *m_document;
    WhatIfScenario *m_scenario;
    CostCharts *m_charts;
    CapacityChart *m_capacity;
    ScenarioPanel *m_saved;
    QTabWidget *m_tabs = nullptr;
    QBoxLayout *m_layout = nullptr;
    QWidget *m_left = nullptr;
    LineItemsModel *m_lineItems;
    QLabel *m_totals;
    QWidget *m_controls;
    QFormLayout *m_form = nullptr;
    QPushButton *m_apply;
    QPushButton *m_reset;
    QTableView *m_table;
    QList<QSlider *> m_sliders;
    QComboBox *m_rdsClass = nullptr;
    QCheckBox *m_multiAz = nullptr;
    QComboBox *m_nodeType = nullptr;
    QComboBox *m_savingsPlan = nullptr;
    QCheckBox *m_graviton = nullptr;
    QString m_dbId;
    QString m_redisId;
    bool m_syncing = false;
};

} // namespace Infra
