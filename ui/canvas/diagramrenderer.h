#pragma once

#include "diagrampainter.h"
#include "diagramscene.h"
#include "emit/emittedfile.h"

#include <QByteArray>
#include <QHash>
#include <QImage>

#include <functional>
#include <future>

namespace Infra {

class Design;
class DerivedModel;

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

    // Monthly cost per component id, shown on the nodes ("$412/mo"). The constructors fill
    // it from the cost engine at desired scale; an empty map draws no costs.
    void setCosts(const QHash<QString, QString> &costs) { m_costs = costs; }
    const QHash<QString, QString> &costs() const { return m_costs; }
    // IAM-only access paths (tasks → S3, Secrets Manager, ECR, CloudWatch) are left out of
    // the picture by default, as on the canvas, and counted in a footnote instead.
    void setShowAccessEdges(bool on);
    int hiddenAccessEdges() const { return m_showAccessEdges ? 0 : m_accessEdges; }
    void setTitle(const QString &title) { m_title = title; }

    QRectF sceneRect() const;                   // bounds plus margin, in scene units
    void render(QPainter *painter) const;       // paints sceneRect() at the painter's origin

    QByteArray toSvg() const;
    QImage toImage(qreal scale = 2.0) const;
    // Empty when encoding fails. Drawn at a smaller scale than asked when the image would pass
    // 30 megapixels (pngScale()). Painted and encoded in bands of `bandRows` rows (0:
    // pngBandRows()), which give the same bytes as one band; a band is painted while the one
    // before it is encoded on a second thread.
    QByteArray toPng(qreal scale = 2.0, int bandRows = 0) const;
    // The same bytes as toPng(), painted and encoded on a second thread (its own fonts; the
    // icons are shared under a lock) while the caller writes the SVG or other files. The
    // renderer must outlive the future (whose destructor waits). Qt 6 draws text into a
    // QImage on any thread.
    std::future<QByteArray> toPngInBackground(qreal scale = 2.0) const;
    qreal pngScale(qreal scale) const;
    // The rows of the bands toPng() paints an image of `size` in by default: at least four
    // bands (one is painted while the one before it is encoded), each of at most 32 MB.
    static int pngBandRows(const QSize &size);
    // docs/architecture/diagram.svg and diagram.png (at scale 2), as both exporters write them:
    // the PNG on a second thread while the SVG is written.
    EmittedFiles exportedFiles() const;
    // The same files from the SVG and the PNG bytes the caller got (e.g. from toPngInBackground(2.0)).
    static EmittedFiles exportedFiles(QByteArray svg, QByteArray png);
    bool saveSvg(const QString &path, QString *error = nullptr) const;
    bool savePng(const QString &path, QString *error = nullptr, qreal scale = 2.0) const;

private:
    void setEdges(std::vector<DiagramEdge> edges);
    void initNodes(const Design &design, const DerivedModel &derived);
    void rebuildScene();
    void render(QPainter *painter, const DiagramPainter &diagramPainter, const QRectF &visible) const;
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
    QHash<QString, QString> m_costs;
    QString m_title;
};

} // namespace Infra
