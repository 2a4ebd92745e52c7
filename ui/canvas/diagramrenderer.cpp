#include "diagramrenderer.h"

#include "derive/derivedmodel.h"
#include "model/design.h"

#include <QBuffer>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Infra {

namespace {
constexpr qreal kMargin = 32;
}

DiagramRenderer::DiagramRenderer(const Design &design)
{
    init(design, DerivedModel::derive(design));
}

DiagramRenderer::DiagramRenderer(const Design &design, const DerivedModel &derived)
{
    init(design, derived);
}

void DiagramRenderer::init(const Design &design, const DerivedModel &derived)
{
    m_scene.rebuild(design, DiagramEdge::fromDerived(design, derived));
    for (const Component &c : design.components())
        m_nodes.push_back(NodeVisual::of(c, &derived));
    m_title = design.name();
}

QRectF DiagramRenderer::sceneRect() const
{
    QRectF r = m_scene.boundingRect();
    if (r.isEmpty())
        r = QRectF(0, 0, 200, 100);
    const qreal titleHeight = m_title.isEmpty() ? 0 : 28;
    return r.adjusted(-kMargin, -kMargin - titleHeight, kMargin, kMargin);
}

void DiagramRenderer::render(QPainter *painter) const
{
    const QRectF rect = sceneRect();
    painter->save();
    painter->translate(-rect.topLeft());
    m_painter.paintBackground(painter, rect, false);
    if (!m_title.isEmpty()) {
        QFont f = m_painter.style().nameFont;
        f.setPixelSize(16);
        painter->setFont(f);
        painter->setPen(m_painter.style().text);
        painter->drawText(QRectF(rect.left() + kMargin, rect.top() + kMargin / 2, rect.width() - 2 * kMargin, 24),
                          Qt::AlignLeft | Qt::AlignVCenter, m_title);
    }
    const auto &edges = m_scene.edges();
    const auto &routes = m_scene.routes();
    for (size_t i = 0; i < edges.size(); ++i)
        m_painter.paintEdge(painter, routes[i], edges[i]);
    for (const NodeVisual &n : m_nodes) {
        NodeVisual v = n;
        v.cost = m_costs.value(n.id);
        m_painter.paintNode(painter, m_scene.nodeRect(n.id), v);
    }
    for (size_t i = 0; i < edges.size(); ++i)
        m_painter.paintEdgeLabel(painter, routes[i], edges[i]);
    painter->restore();
}

QByteArray DiagramRenderer::toSvg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QRectF rect = sceneRect();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(rect.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    generator.setTitle(m_title);
    generator.setDescription(QStringLiteral("Infra Studio architecture diagram"));
    QPainter painter(&generator);
    render(&painter);
    painter.end();
    return buffer.data();
}

QImage DiagramRenderer::toImage(qreal scale) const
{
    const QRectF rect = sceneRect();
    QImage image((rect.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_painter.style().background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    render(&painter);
    painter.end();
    return image;
}

static bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DiagramRenderer::saveSvg(const QString &path, QString *error) const
{
    return writeAtomically(path, toSvg(), error);
}

bool DiagramRenderer::savePng(const QString &path, QString *error, qreal scale) const
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!toImage(scale).save(&buffer, "PNG")) {
        if (error)
            *error = QStringLiteral("%1: could not encode PNG").arg(path);
        return false;
    }
    return writeAtomically(path, data, error);
}

} // namespace Infra
