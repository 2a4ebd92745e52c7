#pragma once

#include "diagrampainter.h"
#include "diagramscene.h"
#include "emit/emittedfile.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QThreadPool>

#include <exception>
#include <functional>
#include <future>
#include <mutex>
#include <type_traits>

namespace Infra {

class Design;
class DerivedModel;
class SvgWriter;

// Runs `work` on a thread of Qt's global thread pool, like std::async(std::launch::async): the
// future's destructor waits for it (a plain thread waits for the pooled one). Painting into a
// QImage from any thread outside that pool, Qt 6.4's raster engine splits every fill of more
// than ~96 spans (a card, a long edge) into tasks for the pool and waits for them; from a thread
// of the pool it fills on that thread (qdrawhelper.cpp, QThreadPool::contains). With the other
// core busy (an export writes its text files and SVG there) the hand-offs cost more than they
// gained: a 2,000-component export's PNG took 0.3-0.4 s more CPU, most of it system time.
// `work` must not wait for other tasks of the global pool.
template <typename Work>
std::future<std::invoke_result_t<Work &>> runOnGlobalPoolThread(Work work)
{
    using Result = std::invoke_result_t<Work &>;
    return std::async(std::launch::async, [work = std::move(work)]() mutable {
        std::promise<Result> done;
        std::future<Result> result = done.get_future();
        QThreadPool::globalInstance()->start([&] {
            try {
                if constexpr (std::is_void_v<Result>) {
                    work();
                    done.set_value();
                } else {
                    done.set_value(work());
                }
            } catch (...) {
                done.set_exception(std::current_exception());
            }
        });
        return result.get();
    });
}

// Renders a whole design headlessly to SVG or PNG through the same DiagramPainter and
// DiagramScene the canvas uses. Needs a QGuiApplication (fonts), not a QML engine:
//
//     DiagramRenderer renderer(design);          // derives connections and findings itself
//     renderer.saveSvg(QStringLiteral("docs/architecture/diagram.svg"), &error);
//     renderer.savePng(QStringLiteral("docs/architecture/diagram.png"), &error, 2.0);
//
// The renderer keeps a reference to `design`, which must outlive it. Its texts are English
// whatever the UI language (NodeVisual::SourceTexts), as the exported documents are.
class DiagramRenderer
{
public:
    explicit DiagramRenderer(const Design &design);
    DiagramRenderer(const Design &design, const DerivedModel &derived);
    // With the caller's derivation: `derive` (which must return the model of `design`, kept
    // alive by the caller) runs on this thread while the routes, which need only the
    // connections, are laid out on a second one. The same diagram as with derive()'s result.
    DiagramRenderer(const Design &design, const std::function<const DerivedModel &()> &derive);
    ~DiagramRenderer();
    DiagramRenderer(const DiagramRenderer &) = delete;
    DiagramRenderer &operator=(const DiagramRenderer &) = delete;

    // Loads, on a second thread, what every render needs and no design changes: the pricing
    // catalog (the cards' costs) and the font database with the diagram's fonts (the cards' and
    // the labels' texts). A process that renders starts it before it reads the design, which
    // keeps its first thread busy meanwhile; the renderer then finds both ready. Needs the
    // QGuiApplication. The future's destructor waits for it.
    static std::future<void> prepareInBackground();

    // Monthly cost per component id, shown on the nodes ("$412/mo"). The constructors fill
    // it from the cost engine at desired scale; an empty map draws no costs.
    void setCosts(const QHash<QString, QString> &costs) { m_costs = costs; }
    const QHash<QString, QString> &costs() const { return m_costs; }
    // IAM-only access paths (tasks → S3, Secrets Manager, ECR, CloudWatch) are left out of
    // the picture by default, as on the canvas, and counted in a footnote instead.
    void setShowAccessEdges(bool on); // waits for the routes
    int hiddenAccessEdges() const { return m_showAccessEdges ? 0 : m_accessEdges; }
    void setTitle(const QString &title) { m_title = title; }

    QRectF sceneRect() const;                   // bounds plus margin, in scene units
    void render(QPainter *painter) const;       // paints sceneRect() at the painter's origin

    QByteArray toSvg() const;
    QImage toImage(qreal scale = 2.0) const;
    // Empty when encoding fails. Drawn at a smaller scale than asked when the image would pass
    // 30 megapixels (pngScale()). Painted and encoded in bands of `bandRows` rows (0:
    // pngBandRows()), which give the same bytes as one band; a band is painted while the one
    // before it is deflated in blocks on worker threads (PngWriter).
    QByteArray toPng(qreal scale = 2.0, int bandRows = 0) const;
    // The same bytes as toPng(), painted and encoded on a second thread (its own fonts; the
    // icons are shared under a lock; a thread of Qt's global pool, runOnGlobalPoolThread())
    // while the caller writes the SVG or other files. The
    // renderer must outlive the future (whose destructor waits). Qt 6 draws text into a
    // QImage on any thread.
    std::future<QByteArray> toPngInBackground(qreal scale = 2.0) const;
    qreal pngScale(qreal scale) const;
    // The rows of the bands toPng() paints an image of `size` in by default: at least four
    // bands (one is painted while the one before it is deflated), each of at most 32 MB.
    static int pngBandRows(const QSize &size);
    // docs/architecture/diagram.svg and diagram.png (at scale 2), as both exporters write them:
    // the PNG on a second thread while the SVG is written.
    EmittedFiles exportedFiles() const;
    // The same files from the SVG and the PNG bytes the caller got (e.g. from toPngInBackground(2.0)).
    static EmittedFiles exportedFiles(QByteArray svg, QByteArray png);
    // Each of them alone: docs/architecture/diagram.svg; diagram.png, none when `png` is empty
    // (encoding failed).
    static EmittedFile exportedSvg(QByteArray svg);
    static EmittedFiles exportedPng(QByteArray png);
    // toSvg()'s bytes, written into the file as they are drawn (atomically: AtomicFile).
    bool saveSvg(const QString &path, QString *error = nullptr) const;
    bool savePng(const QString &path, QString *error = nullptr, qreal scale = 2.0) const;

private:
    void setEdges(std::vector<DiagramEdge> edges);
    void initNodes(const Design &design, const DerivedModel &derived);
    void rebuildScene();
    // The constructors given only the design lay the routes out on a second thread and return
    // before they are done (the SVG's cards are drawn meanwhile, see writeSvg()); whatever
    // needs the scene's routes or bounds waits for them here first. Rethrows what the routing
    // threw.
    void waitForRoutes() const;
    void render(QPainter *painter, const DiagramPainter &diagramPainter, const QRectF &visible) const;
    // What render() paints, at scene coordinates; with `cards` (a part of the same painter's
    // cards, drawn before) put in instead of painting the cards again.
    void paintScene(QPainter *painter, const DiagramPainter &diagramPainter, const QRectF &visible,
                    const QRectF &sceneRect, SvgWriter *cards) const;
    void paintCards(QPainter *painter, const DiagramPainter &diagramPainter, const QRectF &visible) const;
    // Draws the cards into a part of an SVG (they need only the nodes' places, not the routes),
    // then waits for the routes and writes the document into `output` (or returns it).
    QByteArray writeSvg(const std::function<bool(QByteArrayView)> &output) const;
    QImage paintImage(qreal scale, QImage::Format format, const DiagramPainter &diagramPainter) const;
    QByteArray encodePng(qreal scale, const DiagramPainter &diagramPainter, int bandRows) const;
    QString footnote() const;

    const Design &m_design;
    std::vector<DiagramEdge> m_allEdges;
    bool m_showAccessEdges = false;
    int m_accessEdges = 0;
    DiagramPainter m_painter;
    DiagramScene m_scene;
    std::vector<NodeVisual> m_nodes;
    QHash<QString, QRectF> m_nodeRects; // as the scene places them, known before the routes
    mutable std::future<void> m_routing;
    mutable std::once_flag m_routed;
    mutable std::exception_ptr m_routingError;
    QHash<QString, QString> m_costs;
    QString m_title;
};

} // namespace Infra
