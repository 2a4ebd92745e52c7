#pragma once

#include "diagrampainter.h"
#include "diagramscene.h"

#include <QByteArray>
#include <QHash>
#include <QImage>

namespace Infra {

class Design;
class DerivedModel;

// Renders a whole design headlessly to SVG or PNG through the same DiagramPainter and
// DiagramScene the canvas uses. Needs a QGuiApplication (fonts), not a QML engine:
//
//     DiagramRenderer renderer(design);          // derives connections and findings itself
//     renderer.saveSvg(QStringLiteral("docs/architecture/diagram.svg"), &error);
//     renderer.savePng(QStringLiteral("docs/architecture/diagram.png"), &error, 2.0);
class DiagramRenderer
{
public:
    explicit DiagramRenderer(const Design &design);
    DiagramRenderer(const Design &design, const DerivedModel &derived);

    // Monthly cost per component id, shown on the nodes ("$412/mo").
    void setCosts(const QHash<QString, QString> &costs) { m_costs = costs; }
    void setTitle(const QString &title) { m_title = title; }

    QRectF sceneRect() const;                   // bounds plus margin, in scene units
    void render(QPainter *painter) const;       // paints sceneRect() at the painter's origin

    QByteArray toSvg() const;
    QImage toImage(qreal scale = 2.0) const;
    bool saveSvg(const QString &path, QString *error = nullptr) const;
    bool savePng(const QString &path, QString *error = nullptr, qreal scale = 2.0) const;

private:
    void init(const Design &design, const DerivedModel &derived);

    DiagramPainter m_painter;
    DiagramScene m_scene;
    std::vector<NodeVisual> m_nodes;
    QHash<QString, QString> m_costs;
    QString m_title;
};

} // namespace Infra
