#include "diagramstyle.h"

#include <QGuiApplication>

namespace Infra {

QColor DiagramStyle::tierColor(Tier tier) const
{
    switch (tier) {
    case Tier::Edge: return {0x88, 0x4d, 0xc7};
    case Tier::LoadBalancer: return {0xd9, 0x6c, 0x06};
    case Tier::Service: return {0x1f, 0x6f, 0xeb};
    case Tier::Data: return {0x1a, 0x7f, 0x37};
    case Tier::Platform: return {0x6e, 0x77, 0x81};
    }
    return {0x6e, 0x77, 0x81};
}

DiagramStyle DiagramStyle::standard()
{
    DiagramStyle s;
    QFont base = QGuiApplication::font();
    // Pixel sizes: the diagram is laid out in scene units, independent of screen DPI.
    s.nameFont = base;
    s.nameFont.setPixelSize(13);
    s.nameFont.setWeight(QFont::DemiBold);
    s.detailFont = base;
    s.detailFont.setPixelSize(11);
    s.labelFont = base;
    s.labelFont.setPixelSize(10);
    return s;
}

DiagramStyle DiagramStyle::dark()
{
    DiagramStyle s = standard();
    s.background = QColor(0x1b, 0x1f, 0x24);
    s.gridDot = QColor(0x34, 0x3a, 0x42);
    s.nodeFill = QColor(0x26, 0x2b, 0x32);
    s.nodeBorder = QColor(0x48, 0x50, 0x5b);
    s.selection = QColor(0x58, 0xa6, 0xff);
    s.text = QColor(0xe6, 0xe9, 0xed);
    s.secondaryText = QColor(0xa0, 0xa9, 0xb4);
    s.edge = QColor(0x8b, 0x95, 0xa3);
    s.explicitEdge = QColor(0x58, 0xa6, 0xff);
    s.labelFill = QColor(0x26, 0x2b, 0x32, 0xe8);
    s.error = QColor(0xf8, 0x51, 0x49);
    s.warning = QColor(0xd2, 0x99, 0x22);
    s.info = QColor(0x58, 0xa6, 0xff);
    return s;
}

} // namespace Infra
