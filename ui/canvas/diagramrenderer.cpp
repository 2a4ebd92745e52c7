#include "diagramrenderer.h"

#include "cost/costengine.h"
#include "io/atomicfile.h"
#include "derive/derivedmodel.h"
#include "model/design.h"
#include "pngwriter.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Infra {

namespace {
constexpr qreal kMargin = 32;
// A PNG larger than this many pixels is drawn at a smaller scale: at scale 2 a 2,000-component
// design in rows (26,000 x 8,000 scene units) would be an 840-megapixel, 3.4 GB image that no
// viewer opens (Qt's own image reader refuses more than 128 MB by default); the SVG is the
// scalable picture. 30 megapixels is 120 MB while drawing.
constexpr qreal kMaxPngPixels = 30e6;
}

DiagramRenderer::DiagramRenderer(const Design &design)
    : m_design(design)
{
    init(design, DerivedModel::derive(design));
}

DiagramRenderer::DiagramRenderer(const Design &design, const DerivedModel &derived)
    : m_design(design)
{
    init(design, derived);
}

void DiagramRenderer::init(const Design &design, const DerivedModel &derived)
{
    m_allEdges = DiagramEdge::fromDerived(design, derived);
    m_accessEdges = int(std::count_if(m_allEdges.cbegin(), m_allEdges.cend(), [](const DiagramEdge &e) { return e.api; }));
    rebuildScene();
    // In English whatever the UI language, like the exported documents: the diagram goes into
    // a repository, and a German and an English teammate must export the same file.
    const NodeVisual::SourceTexts english;
    for (const Component &c : design.components())
        m_nodes.push_back(NodeVisual::of(c, &derived));
    // The estimate the derivation was given (the document's, priced once per change), else
    // totals only.
    CostEstimate own;
    if (!derived.cost())
        own = CostEngine().estimate(design, {}, CostEngine::Detail::TotalsOnly);
    for (const ComponentCost &c : (derived.cost() ? *derived.cost() : own).components)
        m_costs.insert(c.id, NodeVisual::costLabel(c.total.desired()));
    m_title = design.name();
}

void DiagramRenderer::rebuildScene()
{
    std::vector<DiagramEdge> shown;
    for (const DiagramEdge &e : m_allEdges) {
        if (m_showAccessEdges || !e.api)
            shown.push_back(e);
    }
    m_scene.rebuild(m_design, std::move(shown));
}

void DiagramRenderer::setShowAccessEdges(bool on)
{
    if (on == m_showAccessEdges)
        return;
    m_showAccessEdges = on;
    rebuildScene();
}

QString DiagramRenderer::footnote() const
{
    // English, as the node texts (see init()).
    QStringList parts;
    if (!m_costs.isEmpty())
        parts << QStringLiteral("Costs: USD per month at desired scale.");
    if (const int hidden = hiddenAccessEdges(); hidden > 0)
        parts << QStringLiteral("Not drawn: %1 IAM-only access %2 from tasks to AWS APIs (S3, Secrets Manager, ECR, CloudWatch).")
                     .arg(hidden)
                     .arg(hidden == 1 ? QStringLiteral("path") : QStringLiteral("paths"));
    return parts.join(QLatin1Char(' '));
}

QRectF DiagramRenderer::sceneRect() const
{
    QRectF r = m_scene.boundingRect();
    if (r.isEmpty())
        r = QRectF(0, 0, 200, 100);
    const qreal titleHeight = m_title.isEmpty() ? 0 : 28;
    const qreal footHeight = footnote().isEmpty() ? 0 : 22;
    return r.adjusted(-kMargin, -kMargin - titleHeight, kMargin, kMargin + footHeight);
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
    if (const QString note = footnote(); !note.isEmpty()) {
        painter->setFont(m_painter.style().detailFont);
        painter->setPen(m_painter.style().secondaryText);
        painter->drawText(QRectF(rect.left() + kMargin, rect.bottom() - kMargin / 2 - 22, rect.width() - 2 * kMargin, 20),
                          Qt::AlignLeft | Qt::AlignVCenter, note);
    }
    painter->restore();
}

namespace {

// QSvgGenerator (Qt 6.4) writes the document title and description into <title> and <desc>
// as they are, so a design named "Sales & Billing" made the SVG ill-formed and a "<script>"
// in a name landed in it as markup; the texts it draws it escapes. Whether this Qt escapes
// the title is found out once, so a fixed Qt is not escaped twice.
bool generatorEscapesTitle()
{
    static const bool escapes = [] {
        QBuffer probe;
        probe.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&probe);
        generator.setSize(QSize(1, 1));
        generator.setTitle(QStringLiteral("&"));
        QPainter painter(&generator);
        painter.end();
        return probe.data().contains("&amp;");
    }();
    return escapes;
}

} // namespace

QByteArray DiagramRenderer::toSvg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QRectF rect = sceneRect();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(rect.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    generator.setTitle(generatorEscapesTitle() ? m_title : m_title.toHtmlEscaped());
    generator.setDescription(QStringLiteral("Infra Studio architecture diagram"));
    QPainter painter(&generator);
    render(&painter);
    painter.end();
    return buffer.data();
}

QImage DiagramRenderer::toImage(qreal scale) const
{
    return paintImage(scale, QImage::Format_ARGB32_Premultiplied);
}

qreal DiagramRenderer::pngScale(qreal scale) const
{
    const QSizeF size = sceneRect().size();
    const qreal pixels = size.width() * size.height() * scale * scale;
    return pixels > kMaxPngPixels ? scale * std::sqrt(kMaxPngPixels / pixels) : scale;
}

QImage DiagramRenderer::paintImage(qreal scale, QImage::Format format) const
{
    const QRectF rect = sceneRect();
    QImage image((rect.size() * scale).toSize(), format);
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
    QString reason;
    if (AtomicFile::write(path, data, &reason))
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
    return false;
}

bool DiagramRenderer::saveSvg(const QString &path, QString *error) const
{
    return writeAtomically(path, toSvg(), error);
}

QByteArray DiagramRenderer::toPng(qreal scale) const
{
    // The background is opaque: drawn without alpha, written as RGB.
    return PngWriter::encode(paintImage(pngScale(scale), QImage::Format_RGB32));
}

EmittedFiles DiagramRenderer::exportedFiles() const
{
    EmittedFiles files{{QStringLiteral("docs/architecture/diagram.svg"), QStringLiteral("svg"), toSvg()}};
    if (QByteArray png = toPng(2.0); !png.isEmpty())
        files.append({QStringLiteral("docs/architecture/diagram.png"), QStringLiteral("png"), std::move(png)});
    return files;
}

bool DiagramRenderer::savePng(const QString &path, QString *error, qreal scale) const
{
    const QByteArray data = toPng(scale);
    if (data.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: could not encode PNG").arg(path);
        return false;
    }
    return writeAtomically(path, data, error);
}

} // namespace Infra
