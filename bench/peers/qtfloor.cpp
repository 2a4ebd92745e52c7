// qtfloor STAGE [OUT.png]: the least a process does on the way to drawing any diagram with Qt,
// for scripts/bench-peers to time beside `dot -Tsvg` (issue 19). It links Qt Gui and nothing of
// ours, so what it measures is the platform's floor, not our code:
//   linked  returns at once: starting a process that links Qt Gui (the dynamic loader maps and
//           relocates Qt Gui and the ~50 libraries it needs)
//   app     creates the QGuiApplication on the offscreen platform, as infra-studio-cli does
//           before it draws (the platform plugin, the runtime paths)
//   text    also draws one card name in the diagram's name font (the system's default family,
//           13 px, demibold: fontconfig's configuration and the font file loaded) into a small
//           image and saves it as OUT.png
// A full export draws dozens of texts, a 3,000 x 1,900 pixel PNG and writes ~45 files on top.
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    const char *stage = argc > 1 ? argv[1] : "";
    if (std::strcmp(stage, "linked") == 0)
        return 0;
    if (std::strcmp(stage, "app") != 0 && (std::strcmp(stage, "text") != 0 || argc < 3)) {
        std::fputs("usage: qtfloor linked | app | text OUT.png\n", stderr);
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (std::strcmp(stage, "app") == 0)
        return 0;
    QImage image(240, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font = QGuiApplication::font();
    font.setPixelSize(13);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.drawText(8, 26, QStringLiteral("web (ECS service)"));
    painter.end();
    return image.save(QString::fromLocal8Bit(argv[2]), "PNG") ? 0 : 1;
}
