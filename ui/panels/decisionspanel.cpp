#include "decisionspanel.h"

#include "accessibletext.h"
#include "applydecisiondialog.h"
#include "cost/costengine.h"
#include "decide/decisionengine.h"
#include "decisioncommands.h"
#include "document.h"
#include "localmoney.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace Infra {

namespace {

QString signedDollars(double usd)
{
    return (usd >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + localDollars(std::abs(usd));
}

} // namespace

DecisionsPanel::DecisionsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_refresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_cards = new QVBoxLayout(m_content);
    m_cards->setContentsMargins(6, 6, 6, 6);
    m_cards->setSpacing(10);
    // The content is as tall as its cards need (word-wrapped labels, fixed-height tables); the
    // scroll area scrolls instead of squeezing them.
    m_cards->setSizeConstraint(QLayout::SetMinimumSize);
    scroll->setWidget(m_content);
    layout->addWidget(scroll);
    setAccessibleText(scroll, tr("Decisions"),
                      tr("The playbook's five decision tables evaluated on the design: factors, recommendation, what the "
                         "design does, and Apply where they differ"));

    // Edits come in bursts (a slider, a drag): evaluate once the event loop is idle.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &DecisionsPanel::refresh);
    connect(m_document, &Document::changed, this, [this](const DesignChange &change) {
        if (change.affectsDerivation())
            m_refresh->start();
    });
    refresh();
}

void DecisionsPanel::refresh()
{
    const CostEngine costs;
    m_decisions = DecisionEngine::evaluate(m_document->design(), &costs);
    // Deleted now, not later: a card left until the next event loop pass would still be drawn
    // (and found by name) over the new ones. refresh() never runs inside a card's own handler.
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // What needs attention first: the decisions whose recommendation the design does not follow,
    // then the others, each group in the playbook's order.
    for (const bool proposed : {true, false}) {
        for (const Decision &d : m_decisions) {
            if (d.differs() == proposed)
                m_cards->addWidget(makeCard(d));
        }
    }
    m_cards->addStretch(1);
}

QWidget *DecisionsPanel::makeCard(const Decision &d)
{
    auto *card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("decision-") + d.id);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);

    const QString status = !d.isApplicable() ? tr("Not applicable") : (d.differs() ? tr("Proposed") : tr("Accepted"));
    auto *title = new QLabel(QStringLiteral("<b>%1</b> &nbsp; <small>%2</small>")
                                 .arg(d.title.translated().toHtmlEscaped(), d.adr),
                             card);
    layout->addWidget(title);
    auto *statusLabel = new QLabel(card);
    statusLabel->setObjectName(QStringLiteral("status-") + d.id);
    statusLabel->setWordWrap(true);
    const QString colour = !d.isApplicable() ? QStringLiteral("palette(mid)")
                                             : (d.differs() ? QStringLiteral("#b36b00") : QStringLiteral("#2e7d32"));
    statusLabel->setText(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> — %3")
                             .arg(colour, status.toHtmlEscaped(),
                                  tr("recommended: %1").arg(d.options[size_t(d.recommended)].translated()).toHtmlEscaped()));
    layout->addWidget(statusLabel);
    auto *current = new QLabel(tr("The design: %1").arg(d.currentText.translated()), card);
    current->setObjectName(QStringLiteral("design-") + d.id);
    current->setWordWrap(true);
    layout->addWidget(current);

    auto *table = new QTableWidget(int(d.factors.size()), 4, card);
    table->setObjectName(QStringLiteral("factors-") + d.id);
    table->setHorizontalHeaderLabels({tr("Factor"), tr("This design"), tr("Threshold"), tr("Points to")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line a row; the full texts and the source are in the tooltips.
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    for (int row = 0; row < int(d.factors.size()); ++row) {
        const DecisionFactor &f = d.factors[size_t(row)];
        const QString side =
            f.side == DecisionFactor::Side::Neither ? tr("either") : d.options[size_t(f.side)].translated();
        const QString tip = tr("Source: %1").arg(f.source.translated());
        const QString cells[] = {f.label.translated(), f.value.translated(), f.threshold.translated(), side};
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == 2 ? tip : cells[column] + QStringLiteral("\n") + tip);
            if (column == 3 && f.side != DecisionFactor::Side::Neither && int(f.side) == d.recommended) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(row, column, item);
        }
    }
    int height = header->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
    setAccessibleText(table, tr("%1 factors").arg(d.title.translated()),
                      tr("Each factor of the decision table: this design's value, the threshold and the option it points to"));
    layout->addWidget(table);

    QStringList reasons;
    for (const Text &r : d.reasons) {
        const QString text = r.translated();
        reasons.append(text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.'));
    }
    auto *why = new QLabel(reasons.join(QLatin1Char(' ')), card);
    why->setObjectName(QStringLiteral("reasons-") + d.id);
    why->setWordWrap(true);
    layout->addWidget(why);

    auto *bottom = new QHBoxLayout;
    auto *cost = new QLabel(card);
    cost->setObjectName(QStringLiteral("cost-") + d.id);
    cost->setWordWrap(true);
    if (d.isApplicable() && d.cost) {
        const int other = 1 - d.current;
        cost->setText(tr("With %1: %2 a month at desired scale (%3)")
                          .arg(d.options[size_t(other)].translated(), localDollars(d.cost->alternative[1]),
                               signedDollars(d.cost->delta(1))));
    } else if (d.isApplicable() && !d.costNote.isEmpty()) {
        cost->setText(tr("Cost delta: %1").arg(d.costNote.translated()));
    }
    bottom->addWidget(cost, 1);
    if (d.differs()) {
        auto *apply = new QPushButton(tr("Apply…"), card);
        apply->setObjectName(QStringLiteral("apply-") + d.id);
        apply->setEnabled(d.canApply());
        apply->setToolTip(d.canApply() ? tr("Preview the cost, findings and Terraform delta, then convert the design")
                                       : d.conversionBlocked.translated());
        const QString id = d.id;
        connect(apply, &QPushButton::clicked, this, [this, id] { requestApply(id); });
        bottom->addWidget(apply, 0, Qt::AlignRight | Qt::AlignBottom);
        if (!d.canApply()) {
            auto *blocked = new QLabel(d.conversionBlocked.translated(), card);
            blocked->setWordWrap(true);
            layout->addWidget(blocked);
        }
    }
    layout->addLayout(bottom);
    return card;
}

QTableWidget *DecisionsPanel::factorTable(const QString &id) const
{
    return m_content->findChild<QTableWidget *>(QStringLiteral("factors-") + id);
}

QPushButton *DecisionsPanel::applyButton(const QString &id) const
{
    return m_content->findChild<QPushButton *>(QStringLiteral("apply-") + id);
}

void DecisionsPanel::showFirstProposed()
{
    if (m_refresh->isActive()) {
        m_refresh->stop();
        refresh();
    }
    m_cards->activate();
    for (const Decision &d : m_decisions) {
        if (d.differs()) {
            if (QWidget *card = m_content->findChild<QWidget *>(QStringLiteral("decision-") + d.id))
                m_scroll->verticalScrollBar()->setValue(card->y());
            return;
        }
    }
}

ApplyDecisionDialog *DecisionsPanel::applyDialog() const
{
    return m_dialog.data();
}

QLabel *DecisionsPanel::statusLabel(const QString &id) const
{
    return m_content->findChild<QLabel *>(QStringLiteral("status-") + id);
}

QLabel *DecisionsPanel::reasonsLabel(const QString &id) const
{
    return m_content->findChild<QLabel *>(QStringLiteral("reasons-") + id);
}

void DecisionsPanel::requestApply(const QString &id)
{
    const Decision *decision = nullptr;
    for (const Decision &d : m_decisions) {
        if (d.id == id)
            decision = &d;
    }
    if (!decision || !decision->canApply())
        return;
    auto command = std::make_unique<ApplyConversion>(m_document, decision->conversion);
    if (command->isObsolete())
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ApplyDecisionDialog(*decision, m_document->design(), command->converted(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = decision->conversion;
    connect(m_dialog, &QDialog::accepted, this, [this, name] {
        auto apply = std::make_unique<ApplyConversion>(m_document, name);
        if (!apply->isObsolete())
            m_document->undoStack()->push(apply.release());
    });
    m_dialog->open();
}

} // namespace Infra
