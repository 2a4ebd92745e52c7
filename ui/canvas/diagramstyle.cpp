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

} // namespace Infra
