#include "diagramrenderer.h"

#include "cost/costengine.h"
#include "cost/pricingcatalog.h"
#include "io/atomicfile.h"
#include "derive/derivedmodel.h"
#include "model/design.h"
#include "pngwriter.h"
#include "svgwriter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace Infra {

namespace {
constexpr qreal kMargin = 32;
// A PNG larger than this many pixels is drawn at a smaller scale: at scale 2 a 2,000-component
// design in rows (26,000 x 8,000 scene units) would be an 840-megapixel, 3.4 GB image that no
// viewer opens (Qt's own image reader refuses more than 128 MB by default); the SVG is the
// scalable picture. 30 megapixels is 120 MB while drawing.
constexpr qreal kMaxPngPixels = 30e6;
// A PNG is painted and encoded in bands of rows, a band painted while the one before it is
// deflated on worker threads: at least kPngBands bands (the first band's painting is all that
// does not overlap the encoding), each of at most kPngBandBytes of pixels. The reference
// design's 3076 x 1860 diagram (23 MB) in four bands, a 30-megapixel one (120 MB) too.
constexpr int kPngBands = 4;
constexpr qint64 kPngBandBytes = qint64(32) << 20;

// An image whose pixels sit in transparent huge pages where the system offers them. The
// first touch of each 4 KiB page of a fresh image is a page fault, and on a virtual machine
// these dominate the PNG: filling the reference design's 3076 x 1860 image took ~75 ms of
// CPU in 5,600 faults, ~4 ms in 12 huge pages. Elsewhere an ordinary QImage.
QImage newImage(const QSize &size, QImage::Format format)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr size_t kHugePage = size_t(2) << 20;
    const int depth = QImage::toPixelFormat(format).bitsPerPixel();
    const qsizetype bytesPerLine = (qsizetype(size.width()) * depth / 8 + 3) / 4 * 4; // QImage's alignment
    const size_t bytes = size_t(bytesPerLine) * size_t(std::max(0, size.height()));
    if (size.width() > 0 && (depth == 32 || depth == 24) && bytes >= kHugePage) {
        const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        if (void *memory = std::aligned_alloc(kHugePage, rounded)) {
            ::madvise(memory, rounded, MADV_HUGEPAGE); // a hint: without it, ordinary pages
            return QImage(static_cast<uchar *>(memory), size.width(), size.height(), bytesPerLine, format,
                          [](void *m) { std::free(m); }, memory);
        }
    }
#endif
    return QImage(size, format);
}
}

DiagramRenderer::DiagramRenderer(const Design &design)
    : m_design(design)
{
    // The routes need only the connections: they are laid out on a second thread while this
    // one derives the findings (the cards' badges) and prices the design (their costs), which
    // took as long as the routing of a 500-component design; `render` is a whole process, and
    // this machine, like most, has a core to spare. The constructor does not wait for them:
    // an SVG's cards are drawn while they are still being laid out (writeSvg()). Priced once,
    // totals only: the budget rule reads the same estimate instead of pricing the design a
    // second time. The connections are derived once, for the routes and the derivation.
    m_scene.setKeepsReach(false); // drawn once, never moved
    std::vector<Connection> connections = DerivedModel::deriveConnections(design);
    setEdges(DiagramEdge::fromConnections(design, connections));
    m_routing = std::async(std::launch::async, [this] { rebuildScene(); });
    const auto cost = std::make_shared<const CostEstimate>(CostEngine().estimate(design, {}, CostEngine::Detail::TotalsOnly));
    // The cards show the findings; the review report is not drawn (~2 % of a 2,000-component
    // render, ~8 % of a 10,000-component one).
    const DerivedModel derived = DerivedModel::derive(design, FindingRules::standard(), cost, DerivedModel::Parts::WithoutReview,
                                                      std::move(connections));
    initNodes(design, derived);
}

std::future<void> DiagramRenderer::prepareInBackground()
{
    return std::async(std::launch::async, [] {
        (void)PricingCatalog::standard();
        // A text's advance needs the font database and each font's engine: fontconfig's list
        // of families and the font files, read once per process (the engines once per thread).
        const DiagramStyle style = DiagramStyle::standard();
        for (const QFont &font : {style.nameFont, style.detailFont, style.labelFont})
            (void)QFontMetricsF(font).horizontalAdvance(QStringLiteral("Web 443"));
    });
}

DiagramRenderer::DiagramRenderer(const Design &design, const DerivedModel &derived)
    : m_design(design)
{
    m_scene.setKeepsReach(false);
    setEdges(DiagramEdge::fromDerived(design, derived));
    rebuildScene();
    initNodes(design, derived);
}

DiagramRenderer::DiagramRenderer(const Design &design, const std::function<const DerivedModel &()> &derive)
    : m_design(design)
{
    // The connections are the derived model's (DerivedModel::derive starts with them).
    m_scene.setKeepsReach(false);
    setEdges(DiagramEdge::fromConnections(design, DerivedModel::deriveConnections(design)));
    m_routing = std::async(std::launch::async, [this] { rebuildScene(); });
    const DerivedModel &derived = derive();
    initNodes(design, derived);
}

DiagramRenderer::~DiagramRenderer()
{
    try {
        waitForRoutes();
    } catch (...) {
        // Reported to whoever asked for the routes; nothing is drawn any more.
    }
}

void DiagramRenderer::waitForRoutes() const
{
    std::call_once(m_routed, [this] {
        if (!m_routing.valid())
            return;
        try {
            m_routing.get();
        } catch (...) {
            m_routingError = std::current_exception();
        }
    });
    if (m_routingError)
        std::rethrow_exception(m_routingError);
}

void DiagramRenderer::setEdges(std::vector<DiagramEdge> edges)
{
    m_allEdges = std::move(edges);
    m_accessEdges = int(std::count_if(m_allEdges.cbegin(), m_allEdges.cend(), [](const DiagramEdge &e) { return e.api; }));
}

void DiagramRenderer::initNodes(const Design &design, const DerivedModel &derived)
{
    // In English whatever the UI language, like the exported documents: the diagram goes into
    // a repository, and a German and an English teammate must export the same file.
    const NodeVisual::SourceTexts english;
    for (const Component &c : design.components()) {
        m_nodes.push_back(NodeVisual::of(c, &derived));
        m_nodeRects.insert(c.id, m_scene.placeOf(c)); // the routes may still be laid out
    }
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
    waitForRoutes(); // the routing thread reads m_showAccessEdges
    m_showAccessEdges = on;
    rebuildScene();
}

QString DiagramRenderer::footnote() const
{
    // English, as the node texts (see initNodes()).
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
    waitForRoutes();
    QRectF r = m_scene.boundingRect();
    if (r.isEmpty())
        r = QRectF(0, 0, 200, 100);
    const qreal titleHeight = m_title.isEmpty() ? 0 : 28;
    const qreal footHeight = footnote().isEmpty() ? 0 : 22;
    return r.adjusted(-kMargin, -kMargin - titleHeight, kMargin, kMargin + footHeight);
}

void DiagramRenderer::render(QPainter *painter) const
{
    render(painter, m_painter, QRectF());
}

void DiagramRenderer::render(QPainter *painter, const DiagramPainter &diagramPainter, const QRectF &visible) const
{
    const QRectF rect = sceneRect();
    painter->save();
    painter->translate(-rect.topLeft());
    paintScene(painter, diagramPainter, visible, rect, nullptr);
    painter->restore();
}

namespace {

// Whether something whose drawing lies within `bounds` plus `margin` is to be drawn when only
// `visible` is (scene units; all of it when null). The margins hold everything a painter draws
// beyond the shape: pens, a card's shadow and finding badges, an edge's arrow head.
bool shown(const QRectF &visible, const QRectF &bounds, qreal margin)
{
    return visible.isNull() || bounds.adjusted(-margin, -margin, margin, margin).intersects(visible);
}

} // namespace

void DiagramRenderer::paintScene(QPainter *painter, const DiagramPainter &diagramPainter, const QRectF &visible,
                                 const QRectF &rect, SvgWriter *cards) const
{
    // With `visible` (scene units), what lies wholly outside it is left out: a band of a PNG
    // draws only its own part.
    diagramPainter.paintBackground(painter, rect, false);
    if (!m_title.isEmpty()) {
        QFont f = diagramPainter.style().nameFont;
        f.setPixelSize(16);
        painter->setFont(f);
        painter->setPen(diagramPainter.style().text);
        painter->drawText(QRectF(rect.left() + kMargin, rect.top() + kMargin / 2, rect.width() - 2 * kMargin, 24),
                          Qt::AlignLeft | Qt::AlignVCenter, m_title);
    }
    const auto &edges = m_scene.edges();
    const auto &routes = m_scene.routes();
    for (size_t i = 0; i < edges.size(); ++i) {
        if (shown(visible, routes[i].points.boundingRect(), 16))
            diagramPainter.paintEdge(painter, routes[i], edges[i]);
    }
    if (!cards || !SvgWriter::insertPart(painter, *cards))
        paintCards(painter, diagramPainter, visible);
    for (size_t i = 0; i < edges.size(); ++i) {
        if (shown(visible, routes[i].labelRect, 8))
            diagramPainter.paintEdgeLabel(painter, routes[i], edges[i]);
    }
    if (const QString note = footnote(); !note.isEmpty()) {
        painter->setFont(diagramPainter.style().detailFont);
        painter->setPen(diagramPainter.style().secondaryText);
        painter->drawText(QRectF(rect.left() + kMargin, rect.bottom() - kMargin / 2 - 22, rect.width() - 2 * kMargin, 20),
                          Qt::AlignLeft | Qt::AlignVCenter, note);
    }
}

void DiagramRenderer::paintCards(QPainter *painter, const DiagramPainter &diagramPainter, const QRectF &visible) const
{
    // The nodes' places, not the scene's: this may run while the routes are laid out.
    for (const NodeVisual &n : m_nodes) {
        const QRectF nodeRect = m_nodeRects.value(n.id);
        if (!shown(visible, nodeRect, 40))
            continue;
        NodeVisual v = n;
        v.cost = m_costs.value(n.id);
        diagramPainter.paintNode(painter, nodeRect, v);
    }
}

QByteArray DiagramRenderer::writeSvg(const std::function<bool(QByteArrayView)> &output) const
{
    // Written by SvgWriter, not QSvgGenerator: see svgwriter.h. The cards first, into a part of
    // the document: they need only the nodes' places, so they are drawn while the second thread
    // may still be laying the routes out (the cards were ~3/4 of writing a 2,000-component
    // SVG). The document then draws everything else in scene coordinates, its top left corner
    // (which the routes move) written once as the translation of the whole, and takes the
    // cards between the edges and their labels, where render() paints them.
    const std::unique_ptr<SvgWriter> cards = SvgWriter::part();
    {
        QPainter painter(cards.get());
        paintCards(&painter, m_painter, QRectF());
    }
    const QRectF rect = sceneRect(); // waits for the routes
    SvgWriter svg(rect.size());
    svg.setTitle(m_title);
    svg.setDescription(QStringLiteral("Infra Studio architecture diagram"));
    svg.setTopLeft(rect.topLeft());
    if (output)
        svg.setOutput(output);
    QPainter painter(&svg);
    paintScene(&painter, m_painter, QRectF(), rect, cards.get());
    painter.end();
    return output ? QByteArray() : svg.data();
}

QByteArray DiagramRenderer::toSvg() const
{
    return writeSvg({});
}

QImage DiagramRenderer::toImage(qreal scale) const
{
    return paintImage(scale, QImage::Format_ARGB32_Premultiplied, m_painter);
}

qreal DiagramRenderer::pngScale(qreal scale) const
{
    const QSizeF size = sceneRect().size();
    const qreal pixels = size.width() * size.height() * scale * scale;
    return pixels > kMaxPngPixels ? scale * std::sqrt(kMaxPngPixels / pixels) : scale;
}

QImage DiagramRenderer::paintImage(qreal scale, QImage::Format format, const DiagramPainter &diagramPainter) const
{
    const QRectF rect = sceneRect();
    QImage image = newImage((rect.size() * scale).toSize(), format);
    image.fill(diagramPainter.style().background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    render(&painter, diagramPainter, QRectF());
    painter.end();
    return image;
}

int DiagramRenderer::pngBandRows(const QSize &size)
{
    if (size.isEmpty())
        return 1;
    const qint64 rowBytes = qint64(size.width()) * 4;
    const qint64 rows = std::min<qint64>((size.height() + kPngBands - 1) / kPngBands, kPngBandBytes / rowBytes);
    return int(std::clamp<qint64>(rows, 1, size.height()));
}

QByteArray DiagramRenderer::encodePng(qreal scale, const DiagramPainter &diagramPainter, int bandRows) const
{
    // Painted and encoded a band of rows at a time, each band drawn with the painter moved up by
    // the rows above it: the pixels are those of the whole image painted at once
    // (tst_diagramscene), without holding it (a 2,000-component design's is 120 MB). The
    // PngWriter filters each band's rows here and deflates them in blocks on worker threads
    // while the next band is painted; its bytes do not depend on the bands.
    const QRectF rect = sceneRect();
    const QSize size = (rect.size() * scale).toSize();
    if (size.isEmpty())
        return {};
    if (bandRows <= 0)
        bandRows = pngBandRows(size);
    bandRows = std::min(bandRows, size.height());
    PngWriter png(size.width(), size.height());
    QImage band = newImage(QSize(size.width(), bandRows), QImage::Format_RGB32);
    for (int top = 0; top < size.height(); top += bandRows) {
        const int rows = std::min(bandRows, size.height() - top);
        band.fill(diagramPainter.style().background);
        QPainter painter(&band);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.translate(0, -top);
        painter.scale(scale, scale);
        // In scene units: render() puts the scene rectangle's top left corner at the origin.
        render(&painter, diagramPainter, QRectF(rect.left(), rect.top() + top / scale, rect.width(), rows / scale));
        painter.end();
        if (!png.appendRows(band, rows))
            return {};
    }
    return png.finish();
}

static bool writeAtomically(const QString &path, const std::function<void(const AtomicFile::PartWriter &)> &produce, QString *error)
{
    QString reason;
    if (AtomicFile::write(path, produce, &reason))
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
    return false;
}

static bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return writeAtomically(path, [&data](const AtomicFile::PartWriter &writePart) { writePart(data); }, error);
}

bool DiagramRenderer::saveSvg(const QString &path, QString *error) const
{
    // Into the file as it is drawn, in parts: a 2,000-component diagram's 7 MB are not held
    // whole (~7 MB less resident, and as many fewer page faults). The same bytes as toSvg().
    return writeAtomically(
        path,
        [this](const AtomicFile::PartWriter &writePart) { writeSvg(writePart); },
        error);
}

QByteArray DiagramRenderer::toPng(qreal scale, int bandRows) const
{
    // The background is opaque: drawn without alpha, written as RGB.
    return encodePng(pngScale(scale), m_painter, bandRows);
}

namespace {

// A copy of `font` that shares nothing with it. A QFont caches its font engine in data that
// its copies share, unguarded: two threads drawing with copies of one QFont race on it.
// Setting a different size forces the copy to take data of its own.
QFont unshared(const QFont &font)
{
    QFont copy = font;
    if (font.pixelSize() > 0) {
        copy.setPixelSize(font.pixelSize() + 1);
        copy.setPixelSize(font.pixelSize());
    } else {
        copy.setPointSizeF(font.pointSizeF() + 1);
        copy.setPointSizeF(font.pointSizeF());
    }
    return copy;
}

} // namespace

std::future<QByteArray> DiagramRenderer::toPngInBackground(qreal scale) const
{
    DiagramStyle style = m_painter.style();
    style.nameFont = unshared(style.nameFont);
    style.detailFont = unshared(style.detailFont);
    style.labelFont = unshared(style.labelFont);
    DiagramPainter own(std::move(style));
    own.setPresentation(m_painter.isPresentation());
    // On a thread of Qt's global pool: see runOnGlobalPoolThread().
    return runOnGlobalPoolThread([this, scale, own = std::move(own)] { return encodePng(pngScale(scale), own, 0); });
}

EmittedFiles DiagramRenderer::exportedFiles() const
{
    std::future<QByteArray> png = toPngInBackground(2.0);
    QByteArray svg = toSvg();
    return exportedFiles(std::move(svg), png.get());
}

EmittedFiles DiagramRenderer::exportedFiles(QByteArray svg, QByteArray png)
{
    EmittedFiles files{exportedSvg(std::move(svg))};
    files.append(exportedPng(std::move(png)));
    return files;
}

EmittedFile DiagramRenderer::exportedSvg(QByteArray svg)
{
    return {QStringLiteral("docs/architecture/diagram.svg"), QStringLiteral("svg"), std::move(svg)};
}

EmittedFiles DiagramRenderer::exportedPng(QByteArray png)
{
    if (png.isEmpty())
        return {};
    return {{QStringLiteral("docs/architecture/diagram.png"), QStringLiteral("png"), std::move(png)}};
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
