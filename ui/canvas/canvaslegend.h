#pragma once

#include "model/componentkind.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace Infra {

class CanvasController;

// The canvas's legend: the kinds of component in the design (icon and name, in the palette's
// order) and the styles of the edges drawn now (network connection, link drawn by hand, IAM
// access), each drawn with the canvas's own painter. It lists only what the picture shows.
class CanvasLegend : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Infra::CanvasController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QStringList entries READ entries NOTIFY entriesChanged)

public:
    explicit CanvasLegend(QQuickItem *parent = nullptr);

    CanvasController *controller() const { return m_controller; }
    void setController(CanvasController *controller);
    // The rows as shown, top to bottom ("ECS web service", …, "Network connection").
    QStringList entries() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();
    void entriesChanged();

private:
    enum class EdgeStyle { Connection, ExplicitLink, Access };
    struct Entry
    {
        std::optional<ComponentKind> kind;
        EdgeStyle edge = EdgeStyle::Connection;
        QString text;
    };
    void rebuild();
    QFont font() const;

    QPointer<CanvasController> m_controller;
    QList<Entry> m_entries;
    QList<QColor> m_colours; // of the style the entries were last painted in
};

} // namespace Infra
