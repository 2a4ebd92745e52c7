#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStringList>
#include <QStyle>
#include <QStyleFactory>

namespace Infra::Appearance {

namespace {

struct Original
{
    bool saved = false;
    QString styleName;
    QPalette palette;
};

Original &original()
{
    static Original o;
    if (!o.saved) {
        o.saved = true;
        o.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        o.palette = QApplication::palette();
    }
    return o;
}

QString &currentChoice()
{
    static QString choice = QStringLiteral("system");
    return choice;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2f, 0x35), base(0x1f, 0x23, 0x28), text(0xe6, 0xe9, 0xed);
    const QColor disabledText(0x7d, 0x85, 0x90), highlight(0x2f, 0x81, 0xf7);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2b, 0x31));
    p.setColor(QPalette::ToolTipBase, QColor(0x32, 0x37, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x34, 0x39, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4b, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x40, 0x47));
    p.setColor(QPalette::Mid, QColor(0x24, 0x28, 0x2d));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1b, 0x1f));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0e, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x4a, 0x52));
    return p;
}

} // namespace

QStringList choices()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString current()
{
    return currentChoice();
}

void apply(const QString &requested)
{
    const Original &o = original();
    const QString choice = choices().contains(requested) ? requested : QStringLiteral("system");
    if (choice == QLatin1String("system")) {
        if (currentChoice() != choice) {
            if (!o.styleName.isEmpty())
                QApplication::setStyle(QStyleFactory::create(o.styleName));
            QApplication::setPalette(o.palette);
        }
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(choice == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
    }
    currentChoice() = choice;
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace Infra::Appearance
