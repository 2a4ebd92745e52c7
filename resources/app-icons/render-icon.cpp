// Build-time helper: renders the application icon SVG into one square PNG, so the
// hicolor PNG sizes always match the SVG they come from (no committed binaries).
// Usage: infra-render-icon INPUT.svg SIZE OUTPUT.png
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QTextStream err(stderr);
    if (argc != 4) {
        err << "usage: infra-render-icon INPUT.svg SIZE OUTPUT.png\n";
        return 2;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&ok);
    const QString output = QString::fromLocal8Bit(argv[3]);
    if (!ok || size <= 0) {
        err << "infra-render-icon: bad size '" << argv[2] << "'\n";
        return 2;
    }
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        err << "infra-render-icon: cannot read " << input << "\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
    }
    if (!image.convertToFormat(QImage::Format_ARGB32).save(output, "PNG")) {
        err << "infra-render-icon: cannot write " << output << "\n";
        return 1;
    }
    return 0;
}
