#include "inspectorpanel.h"

#include "celeryrouteseditor.h"
#include "localmoney.h"
#include "noteeditor.h"

#include "accessibletext.h"
#include "componentcommands.h"
#include "document.h"
#include "parametereditor.h"
#include "schematext.h"
#include "sectioncommands.h"

#include "cost/costreport.h"
#include "model/designconstraints.h"

#include <QAbstractTextDocumentLayout>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Infra {

namespace {

QString money(double usd)
{
    return localDollars(usd);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

InspectorPanel::InspectorPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scroll(new QScrollArea(this))
    , m_title(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_facts(new QTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Editors shrink to the dock's width rather than scrolling sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll);
    setAccessibleText(m_scroll, tr("Inspector"), tr("The parameters of the selected components, or of the design when nothing is selected"));

    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_warning->hide();
    // Read-only text as tall as its content: one layout per change (or width change).
    m_facts->setReadOnly(true);
    m_facts->setFrameShape(QFrame::NoFrame);
    m_facts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_facts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_facts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_facts->viewport()->setAutoFillBackground(false);
    m_facts->document()->setDocumentMargin(0);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleText(m_facts, tr("Derived facts"), tr("Connections, security-group rules, cost lines and pool figures of the selection"));
    connect(m_facts->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, m_facts,
            [this](const QSizeF &size) { m_facts->setFixedHeight(int(std::ceil(size.height())) + 2 * m_facts->frameWidth()); });

    connect(document, &Document::selectionChanged, this, &InspectorPanel::rebuild);
    connect(document, &Document::changed, this, &InspectorPanel::onChanged);
    // Undo or redo: the values change under a refusal, which then no longer applies.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { setWarning({}); });
    rebuild();
}

QWidget *InspectorPanel::editor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.spec.key == key)
            return row.editor;
    }
    return nullptr;
}

QString InspectorPanel::warning() const
{
    return m_warning->text();
}

QString InspectorPanel::factsText() const
{
    return m_facts->toPlainText();
}

void InspectorPanel::rebuild()
{
    // A name typed but not yet confirmed (the selection changed without the field losing
    // focus, e.g. a click on the canvas) is kept, as leaving the field would have.
    if (m_name && m_name->isModified()) {
        m_name->setModified(false);
        rename(m_name->text());
    }
    if (m_note)
        m_note->commit(); // likewise a note typed without leaving the field
    const Design &design = m_document->design();
    m_ids.clear();
    for (const QString &id : m_document->selectedIds()) {
        if (design.component(id))
            m_ids << id;
    }
    m_rows.clear();
    // The scroll area deletes its old widget, which owns the labels kept below.
    m_title->setParent(nullptr);
    m_warning->setParent(nullptr);
    m_facts->setParent(nullptr);
    m_editors = new QWidget;
    auto *layout = new QVBoxLayout(m_editors);
    layout->addWidget(m_title);
    layout->addWidget(m_warning);
    setWarning({});

    m_name = nullptr;
    m_note = nullptr;
    updateTitle();
    if (m_ids.isEmpty()) {
        addSectionRows(layout, Section::Settings, tr("Settings"));
        addSectionRows(layout, Section::Workload, tr("Workload"));
        addSectionRows(layout, Section::Network, tr("Network"));
        addSectionRows(layout, Section::Celery, tr("Celery"));
        auto *routes = new QGroupBox(tr("Celery Routes"));
        (new QVBoxLayout(routes))->addWidget(new CeleryRoutesEditor(m_document));
        layout->addWidget(routes);
    } else {
        if (m_ids.size() == 1) {
            // The display name is edited here; the id stays (Terraform names derive from it).
            m_name = new QLineEdit(design.component(m_ids.first())->name);
            m_name->setObjectName(QStringLiteral("componentName"));
            m_name->setToolTip(tr("The name shown on the canvas and in the documents; the id stays the same"));
            setAccessibleText(m_name, tr("Component name"), m_name->toolTip());
            m_name->setMinimumWidth(80);
            connect(m_name, &QLineEdit::editingFinished, this, [this] {
                if (m_name && m_name->isModified()) {
                    m_name->setModified(false);
                    rename(m_name->text());
                }
            });
        }
        auto *box = new QGroupBox(tr("Parameters"));
        auto *form = new QFormLayout(box);
        if (m_name) { // the first row, aligned with the parameters
            auto *label = new QLabel(tr("&Name"));
            label->setBuddy(m_name);
            form->addRow(label, m_name);
        }
        addComponentRows(form);
        layout->addWidget(box);
    }
    if (m_ids.size() <= 1) {
        m_note = new NoteEditor(m_document, m_ids.isEmpty() ? QString() : m_ids.first());
        auto *noteBox = new QGroupBox(m_ids.isEmpty() ? tr("Design Note") : tr("Note"));
        (new QVBoxLayout(noteBox))->addWidget(m_note);
        // With nothing selected the note comes first: the design's settings are long.
        layout->insertWidget(m_ids.isEmpty() ? 2 : layout->count(), noteBox);
    }
    auto *factsBox = new QGroupBox(tr("Derived"));
    auto *factsLayout = new QVBoxLayout(factsBox);
    factsLayout->addWidget(m_facts);
    layout->addWidget(factsBox);
    layout->addStretch(1);
    m_scroll->setWidget(m_editors);
    refreshFacts();
}

void InspectorPanel::updateTitle()
{
    const Design &design = m_document->design();
    if (m_ids.isEmpty()) {
        m_title->setText(QStringLiteral("<b>%1</b><br><i>%2</i>").arg(esc(design.name()), esc(tr("Design settings — select a component to edit it"))));
    } else if (m_ids.size() == 1) {
        const Component *c = design.component(m_ids.first());
        m_title->setText(QStringLiteral("<b>%1</b> <span>(%2)</span><br><i>%3</i>")
                             .arg(esc(c->name), esc(c->id), esc(schemaText(kindDisplayName(c->kind)))));
    } else {
        m_title->setText(QStringLiteral("<b>%1</b><br><i>%2</i>")
                             .arg(esc(tr("%n components", nullptr, int(m_ids.size()))), esc(tr("Parameters they share"))));
    }
}

bool InspectorPanel::rename(const QString &name)
{
    if (m_ids.size() != 1)
        return false;
    const Component *c = m_document->design().component(m_ids.first());
    if (!c) // removed meanwhile
        return false;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setWarning(tr("Not changed — a component needs a name"));
        if (m_name)
            m_name->setText(c->name);
        return false;
    }
    setWarning({});
    if (trimmed == c->name) {
        if (m_name)
            m_name->setText(c->name);
        return true;
    }
    m_document->undoStack()->push(new RenameComponent(m_document, c->id, trimmed));
    return true;
}

void InspectorPanel::addComponentRows(QFormLayout *form)
{
    const Design &design = m_document->design();
    const Component *first = design.component(m_ids.first());
    for (const ParamSpec &spec : kindSchema(first->kind).specs()) {
        bool shared = true;
        bool same = true;
        for (const QString &id : std::as_const(m_ids)) {
            const Component *c = design.component(id);
            const ParamSpec *other = kindSchema(c->kind).find(spec.key);
            if (!other || other->type != spec.type) {
                shared = false;
                break;
            }
            same = same && c->param(spec.key) == first->param(spec.key);
        }
        if (!shared)
            continue;
        const QString key = spec.key;
        Row row;
        row.spec = spec;
        row.editor = ParameterEditor::create(spec, first->param(key), [this, key](const QVariant &v) { editParameter(key, v); });
        row.label = new QLabel(same ? schemaText(spec.label) : schemaText(spec.label) + QStringLiteral(" *"));
        row.label->setToolTip(same ? ParameterEditor::toolTip(spec) : tr("The selected components have different values."));
        form->addRow(row.label, withRefusal(row));
        m_rows << row;
    }
}

QWidget *InspectorPanel::withRefusal(Row &row)
{
    // The editor with a line under it for the reason an edit of it was refused: in sight of
    // the field, wherever the inspector is scrolled (issue 18: the message at the top was
    // out of view).
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(row.editor);
    row.refusal = new QLabel;
    row.refusal->setObjectName(row.spec.key + QStringLiteral("Refusal"));
    row.refusal->setWordWrap(true);
    row.refusal->setStyleSheet(m_warning->styleSheet());
    row.refusal->hide();
    layout->addWidget(row.refusal);
    return cell;
}

QString InspectorPanel::refusalAt(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.spec.key == key && row.refusal && !row.refusal->isHidden())
            return row.refusal->text();
    }
    return {};
}

void InspectorPanel::addSectionRows(QVBoxLayout *layout, Section section, const QString &title)
{
    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    for (const ParamSpec &spec : sectionSchema(section).specs()) {
        const QString key = spec.key;
        Row row;
        row.spec = spec;
        row.isSection = true;
        row.section = section;
        row.editor = ParameterEditor::create(spec, m_document->design().value(section, key),
                                             [this, section, key](const QVariant &v) { editSectionValue(section, key, v); });
        row.label = new QLabel(schemaText(spec.label));
        row.label->setToolTip(ParameterEditor::toolTip(spec));
        form->addRow(row.label, withRefusal(row));
        m_rows << row;
    }
    layout->addWidget(box);
}

QString InspectorPanel::refusal(const QString &key, const QVariant &value) const
{
    const Design &design = m_document->design();
    for (const QString &id : m_ids) {
        Component c = *design.component(id);
        const ParamSpec *spec = kindSchema(c.kind).find(key);
        if (!spec)
            return tr("%1 has no parameter %2").arg(id, key);
        const Text invalid = ParamSchema::validationText(*spec, value);
        if (!invalid.isEmpty())
            return invalid.translated();
        const QList<ConstraintViolation> before = componentConstraintViolations(c);
        c.params.insert(key, value);
        for (const ConstraintViolation &v : componentConstraintViolations(c)) {
            if (!before.contains(v))
                return tr("%1: %2").arg(c.name, v.displayMessage());
        }
    }
    return {};
}

bool InspectorPanel::editParameter(const QString &key, const QVariant &value)
{
    if (m_ids.isEmpty())
        return false;
    const QString why = refusal(key, value);
    if (!why.isEmpty()) {
        setWarning(tr("Not changed — %1").arg(why), key);
        refreshValues();
        return false;
    }
    setWarning({});
    m_document->undoStack()->push(new ChangeComponentProperty(m_document, m_ids, key, value));
    return true;
}

bool InspectorPanel::editSectionValue(Section section, const QString &key, const QVariant &value)
{
    const ParamSpec *spec = sectionSchema(section).find(key);
    const QString why = spec ? ParamSchema::validationText(*spec, value).translated() : tr("no parameter %1").arg(key);
    if (!why.isEmpty()) {
        setWarning(tr("Not changed — %1").arg(why), key);
        refreshValues();
        return false;
    }
    setWarning({});
    m_document->undoStack()->push(new ChangeSectionValue(m_document, section, key, value));
    return true;
}

void InspectorPanel::setWarning(const QString &text, const QString &key)
{
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.refusal)
            continue;
        const bool here = !text.isEmpty() && row.spec.key == key;
        row.refusal->setText(here ? text : QString());
        row.refusal->setVisible(here);
    }
}

void InspectorPanel::onChanged(const DesignChange &change)
{
    using K = DesignChange::Kind;
    if (change.kind == K::ComponentRenamed) {
        // Not a rebuild: the name field may be the editor that sent the rename.
        updateTitle();
        if (m_name && m_ids.size() == 1 && change.ids.contains(m_ids.first())) {
            if (const Component *c = m_document->design().component(m_ids.first())) {
                if (m_name->text() != c->name)
                    m_name->setText(c->name);
            }
        }
        refreshFacts(); // the facts name the connected components
        return;
    }
    bool structural = change.kind == K::Reset;
    if (change.kind == K::ComponentsRemoved || change.kind == K::ComponentsAdded) {
        for (const QString &id : change.ids)
            structural = structural || m_ids.contains(id);
    }
    if (structural) {
        if (m_name && change.kind == K::Reset)
            m_name->setModified(false); // another design: a pending name belongs to none of it
        rebuild();
        return;
    }
    if (change.kind == K::ParameterChanged || change.kind == K::SectionChanged)
        refreshValues();
    if (change.affectsDerivation())
        refreshFacts();
}

void InspectorPanel::refreshValues()
{
    const Design &design = m_document->design();
    for (const Row &row : std::as_const(m_rows)) {
        QVariant value;
        if (row.isSection) {
            value = design.value(row.section, row.spec.key);
        } else if (const Component *c = design.component(m_ids.value(0))) {
            value = c->param(row.spec.key);
        }
        ParameterEditor::setValue(row.editor, row.spec, value);
    }
}

void InspectorPanel::refreshFacts()
{
    const CostEstimate &estimate = m_document->cost();
    QString html;
    if (m_ids.isEmpty()) {
        html = designFacts(estimate);
    } else if (m_ids.size() == 1) {
        html = componentFacts(m_ids.first(), estimate);
    } else {
        Amounts total;
        for (const QString &id : std::as_const(m_ids)) {
            if (const ComponentCost *cc = estimate.component(id))
                total += cc->total;
        }
        html = tr("<b>Monthly cost of the selection</b>: %1 (min %2, max %3)")
                   .arg(money(total.desired()), money(total.minimum()), money(total.maximum()));
    }
    m_facts->setHtml(html);
}

QString InspectorPanel::designFacts(const CostEstimate &estimate) const
{
    const DerivedModel &derived = m_document->derived();
    QString html = tr("<b>Monthly cost</b>: %1 desired (min %2, max %3)<br>")
                       .arg(money(estimate.total.desired()), money(estimate.total.minimum()), money(estimate.total.maximum()));
    html += tr("<b>Findings</b>: %1, %2, %3<br>")
                .arg(tr("%n error(s)", nullptr, derived.count(Finding::Severity::Error)),
                     tr("%n warning(s)", nullptr, derived.count(Finding::Severity::Warning)),
                     tr("%n note(s)", nullptr, derived.count(Finding::Severity::Info)));
    html += tr("<b>Connections</b>: %1, security groups: %2<br>").arg(derived.connections().size()).arg(derived.securityGroups().size());
    const PoolCalculation &pools = derived.pools();
    if (pools.hasDatabase()) {
        html += tr("<b>Database connections</b>: %1 desired, %2 at maximum scale (budget %3)")
                    .arg(pools.desired.databaseConnections)
                    .arg(pools.maximum.databaseConnections)
                    .arg(pools.connectionBudget);
    }
    return html;
}

// The capacity model's bars of one component (issue 15): demand against capacity at the peak,
// green up to the target utilisation, amber above it, red at 100 % and more.
QString InspectorPanel::capacityFacts(const QString &id) const
{
    const auto facts = m_document->derived().capacity().facts(id);
    if (facts.empty())
        return {};
    QString html = QStringLiteral("<b>%1</b><table cellspacing=\"2\">").arg(esc(tr("Capacity at peak")));
    const QLocale locale;
    for (const CapacityFact &f : facts) {
        const double u = f.utilization();
        const int filled = std::isfinite(u) ? int(std::lround(std::clamp(u, 0.0, 1.0) * 80.0)) : 80;
        const QString colour = u >= 1.0 ? QStringLiteral("#d9534f") : (u > f.target ? QStringLiteral("#f0ad4e") : QStringLiteral("#5cb85c"));
        QString bar = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr>");
        if (filled > 0)
            bar += QStringLiteral("<td bgcolor=\"%1\" width=\"%2\" height=\"8\"></td>").arg(colour).arg(filled);
        if (filled < 80)
            bar += QStringLiteral("<td bgcolor=\"#cccccc\" width=\"%1\" height=\"8\"></td>").arg(80 - filled);
        bar += QStringLiteral("</tr></table>");
        const QString figures = std::isfinite(u)
            ? tr("%1 of %2 %3 (%4 %)").arg(locale.toString(f.demand, 'f', 1), locale.toString(f.capacity, 'f', 1), f.unit,
                                          locale.toString(std::round(u * 100.0), 'f', 0))
            : tr("unbounded (capacity %1 %2)").arg(locale.toString(f.capacity, 'f', 1), f.unit);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(f.label.translated()), bar, esc(figures));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString InspectorPanel::componentFacts(const QString &id, const CostEstimate &estimate) const
{
    const Design &design = m_document->design();
    const DerivedModel &derived = m_document->derived();
    auto nameOf = [&](const QString &cid) {
        const Component *c = design.component(cid);
        return c ? c->name : cid;
    };
    QString html;
    html += QStringLiteral("<b>%1</b><ul style=\"margin:0\">").arg(esc(tr("Connections")));
    const auto connections = derived.connectionsOf(id);
    for (const Connection *c : connections) {
        html += QStringLiteral("<li>%1 → %2 · %3:%4 — %5</li>")
                    .arg(esc(nameOf(c->source)), esc(nameOf(c->target)), esc(c->scheme))
                    .arg(c->port)
                    .arg(esc(c->displayPurpose()));
    }
    if (connections.empty())
        html += QStringLiteral("<li>%1</li>").arg(esc(tr("none")));
    html += QStringLiteral("</ul>");

    for (const SecurityGroup &sg : derived.securityGroups()) {
        if (!sg.componentIds.contains(id))
            continue;
        html += QStringLiteral("<b>%1</b><ul style=\"margin:0\">").arg(esc(tr("Security group %1").arg(sg.tier)));
        for (const SecurityGroupRule &rule : sg.rules) {
            const QString peer = !rule.peerGroup.isEmpty() ? rule.peerGroup : (rule.cidrBlocks + rule.ipv6CidrBlocks).join(QStringLiteral(", "));
            const QString ports = rule.fromPort == rule.toPort ? QString::number(rule.fromPort)
                                                               : QStringLiteral("%1–%2").arg(rule.fromPort).arg(rule.toPort);
            html += QStringLiteral("<li>%1 %2 %3 %4 %5</li>")
                        .arg(esc(directionName(rule.direction)), esc(rule.protocol), ports,
                             rule.direction == SecurityGroupRule::Direction::Ingress ? esc(tr("from")) : esc(tr("to")), esc(peer));
        }
        html += QStringLiteral("</ul>");
    }

    if (const ComponentCost *cost = estimate.component(id)) {
        html += QStringLiteral("<b>%1</b> %2 (min %3, max %4)<table>")
                    .arg(esc(tr("Monthly cost")), money(cost->total.desired()), money(cost->total.minimum()), money(cost->total.maximum()));
        for (const LineItem &item : cost->items)
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(esc(item.labelText.translated()), money(item.amount.desired()));
        html += QStringLiteral("</table>");
    }

    const PoolCalculation &pools = derived.pools();
    for (const PoolContribution &p : pools.contributions) {
        if (p.componentId != id)
            continue;
        // One count per string, so each takes its own plural form.
        html += tr("<b>Pool</b>: %1; %2 → %3, at maximum %4 → %5<br>")
                    .arg(tr("%n connection(s) per task", nullptr, p.perTask), tr("%n task(s)", nullptr, p.desiredTasks),
                         tr("%n connection(s)", nullptr, p.desiredConnections), tr("%n task(s)", nullptr, p.maxTasks),
                         tr("%n connection(s)", nullptr, p.maxConnections));
    }
    if (pools.databaseId == id) {
        html += tr("<b>Connections reaching the database</b>: %1 desired, %2 maximum; default limit %3, max_connections %4<br>")
                    .arg(pools.desired.databaseConnections)
                    .arg(pools.maximum.databaseConnections)
                    .arg(pools.instanceDefaultLimit)
                    .arg(pools.maxConnectionsSetting);
    }
    if (pools.pgbouncerId == id) {
        html += tr("<b>pgBouncer</b>: default_pool_size %1, max_client_conn %2, reserve %3<br>")
                    .arg(pools.pgbouncerDefaultPoolSize)
                    .arg(pools.pgbouncerMaxClientConn)
                    .arg(pools.pgbouncerReservePoolSize);
    }
    html += capacityFacts(id);
    return html;
}

} // namespace Infra
