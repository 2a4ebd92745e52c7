#pragma once

#include "model/componentkind.h"

#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

namespace Infra {

// The component icons drawn for this project (resources/icons/<kind>.svg), as vector
// drawings for the diagram and as QIcons for the palette and menus.
class ComponentIcons
{
public:
    static QString resourcePath(ComponentKind kind);   // ":/icons/ecs_web.svg"
    static QIcon icon(ComponentKind kind);
    // Draws the icon as vectors (crisp at any zoom and in SVG export).
    static void paint(QPainter *painter, ComponentKind kind, const QRectF &rect);
};

} // namespace Infra
