#pragma once

#include "model/componentkind.h"

#include <QColor>
#include <QFont>
#include <QSizeF>

namespace Infra {

// The look of the diagram, shared by the canvas and the exported SVG/PNG: sizes in scene
// units (1 unit = 1 px at 100 % zoom), colours and fonts.
struct DiagramStyle
{
    QSizeF nodeSize{224, 96};
    qreal cornerRadius = 8;
    qreal iconSize = 40;
    qreal padding = 10;
    qreal gridSize = 20;

    QColor background{0xf6, 0xf7, 0xf9};
    QColor gridDot{0xd5, 0xd9, 0xe0};
    QColor nodeFill{0xff, 0xff, 0xff};
    QColor nodeBorder{0xc3, 0xc9, 0xd2};
    QColor selection{0x1f, 0x6f, 0xeb};
    QColor text{0x1d, 0x23, 0x2b};
    QColor secondaryText{0x5b, 0x65, 0x72};
    QColor edge{0x7d, 0x87, 0x96};
    QColor explicitEdge{0x1f, 0x6f, 0xeb};
    QColor labelFill{0xff, 0xff, 0xff, 0xe8};
    QColor error{0xd1, 0x24, 0x2f};
    QColor warning{0xbf, 0x87, 0x00};
    QColor info{0x3b, 0x82, 0xc4};

    QFont nameFont;
    QFont detailFont;
    QFont labelFont;

    QColor tierColor(Tier tier) const;

    // The default light style with the application's UI font family (exports always use it).
    static DiagramStyle standard();
    // The canvas under a dark application palette: same geometry and fonts, dark surfaces.
    static DiagramStyle dark();
    bool isDark() const { return background.lightness() < 128; }
};

} // namespace Infra
