#include "canvaslegend.h"

#include "canvascontroller.h"
#include "componenticons.h"
#include "document.h"
#include "schematext.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <cmath>

namespace Infra {

namespace {
constexpr qreal pad = 8;
constexpr qreal sample = 28; // the icon or edge sample column
constexpr qreal gap = 14;    // between columns
// Two columns past eight rows, so a full palette stays a short box in a corner.
int columnsFor(qsizetype entries)
{
    return entries > 8 ? 2 : 1;
}
}

CanvasLegend::CanvasLegend(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void CanvasLegend::setController(CanvasController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &CanvasController::edgesChanged, this, &CanvasLegend::rebuild);
        connect(m_controller->nodes(), &QAbstractItemModel::modelReset, this, &CanvasLegend::rebuild);
        connect(m_controller->nodes(), &QAbstractItemModel::rowsInserted, this, &CanvasLegend::rebuild);
        connect(m_controller->nodes(), &QAbstractItemModel::rowsRemoved, this, &CanvasLegend::rebuild);
        connect(m_controller->document(), &Document::selectionChanged, this, &CanvasLegend::rebuild);
    }
    Q_EMIT controllerChanged();
    rebuild();
}

QStringList CanvasLegend::entries() const
{
    QStringList list;
    for (const Entry &e : m_entries)
        list.append(e.text);
    return list;
}

QFont CanvasLegend::font() const
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(12);
    return f;
}

void CanvasLegend::rebuild()
{
    QList<Entry> entries;
    if (m_controller) {
        const Design &design = m_controller->document()->design();
        for (ComponentKind kind : allComponentKinds) {
            if (design.hasKind(kind))
                entries.append({kind, EdgeStyle::Connection, schemaText(kindDisplayName(kind))});
        }
        bool connection = false, link = false, access = false;
        for (const DiagramScene *scene : {&m_controller->scene(), &m_controller->accessScene()}) {
            for (const DiagramEdge &e : scene->edges()) {
                connection = connection || (!e.explicitLink && !e.api);
                link = link || e.explicitLink;
                access = access || e.api;
            }
        }
        if (connection)
            entries.append({std::nullopt, EdgeStyle::Connection, tr("Network connection (port · purpose)")});
        if (link)
            entries.append({std::nullopt, EdgeStyle::ExplicitLink, tr("Link drawn in the design")});
        if (access)
            entries.append({std::nullopt, EdgeStyle::Access, tr("AWS API access (IAM)")});
    }
    const bool changed = entries.size() != m_entries.size()
                         || !std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(),
                                        [](const Entry &a, const Entry &b) { return a.text == b.text; });
    // Asked on every selection change and edge update (each mouse step of a drag): nothing to
    // measure or paint again unless the rows or the colours changed.
    const DiagramStyle *style = m_controller ? &m_controller->painter().style() : nullptr;
    const QList<QColor> colours = style ? QList<QColor>{style->nodeFill, style->nodeBorder, style->text, style->edge,
                                                        style->explicitEdge, style->background}
                                        : QList<QColor>{};
    if (!changed && colours == m_colours && m_controller)
        return;
    m_colours = colours;
    m_entries = entries;
    const QFontMetricsF fm(font());
    qreal textWidth = 0;
    for (const Entry &e : std::as_const(m_entries))
        textWidth = std::max(textWidth, fm.horizontalAdvance(e.text));
    const qreal row = std::max<qreal>(18, fm.height() + 4);
    const int columns = columnsFor(m_entries.size());
    const qsizetype rows = (m_entries.size() + columns - 1) / columns;
    setImplicitWidth(m_entries.isEmpty() ? 0 : std::ceil(2 * pad + columns * (sample + 6 + textWidth) + (columns - 1) * gap));
    setImplicitHeight(m_entries.isEmpty() ? 0 : std::ceil(2 * pad + row * rows));
    if (changed)
        Q_EMIT entriesChanged();
    update();
}

void CanvasLegend::paint(QPainter *painter)
{
    if (!m_controller || m_entries.isEmpty())
        return;
    const DiagramPainter &dp = m_controller->painter();
    const DiagramStyle &style = dp.style();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = style.nodeFill;
    fill.setAlpha(235);
    painter->setPen(QPen(style.nodeBorder, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(0.5, 0.5, width() - 1, height() - 1), 6, 6);

    const QFont f = font();
    const QFontMetricsF fm(f);
    const qreal row = std::max<qreal>(18, fm.height() + 4);
    const int columns = columnsFor(m_entries.size());
    const qsizetype rows = (m_entries.size() + columns - 1) / columns;
    const qreal columnWidth = (width() - 2 * pad - (columns - 1) * gap) / columns;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const qreal x = pad + qreal(i / rows) * (columnWidth + gap);
        const qreal y = pad + qreal(i % rows) * row;
        const QRectF sampleRect(x, y, sample, row);
        if (e.kind) {
            const qreal icon = row - 2;
            ComponentIcons::paint(painter, *e.kind, QRectF(sampleRect.center().x() - icon / 2, y + 1, icon, icon));
        } else {
            DiagramEdge edge;
            edge.explicitLink = e.edge == EdgeStyle::ExplicitLink;
            edge.api = e.edge == EdgeStyle::Access;
            EdgeRoute route;
            route.points << QPointF(sampleRect.left(), sampleRect.center().y()) << QPointF(sampleRect.right(), sampleRect.center().y());
            dp.paintEdge(painter, route, edge);
        }
        painter->setFont(f);
        painter->setPen(style.text);
        painter->drawText(QRectF(sampleRect.right() + 6, y, x + columnWidth - sampleRect.right() - 6, row), Qt::AlignLeft | Qt::AlignVCenter,
                          e.text);
    }
}

} // namespace Infra
