// Keyboard-only and screen-reader use of the main window, in English and German: every
// menu entry reachable by a unique accelerator, no shortcut bound twice, every toolbar
// button and every focusable widget of the window and its panels with an accessible name,
// every dock titled and its View → Panels toggle with an accelerator.
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "componentcommands.h"
#include "document.h"
#include "mainwindow.h"
#include "translation.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QDockWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QQuickWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <functional>

using namespace Infra;

namespace {

QChar accelerator(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    const qsizetype at = t.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < t.size() ? t.at(at + 1).toLower() : QChar();
}

QString accessibleName(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// The canvas's nodes as a screen reader finds them: component id → the node's description.
QHash<QString, QString> nodeDescriptions(QQuickWidget *canvas)
{
    QHash<QString, QString> found;
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node, int depth) {
        if (!node || depth > 8)
            return;
        if (node->role() == QAccessible::Button && node->object())
            found.insert(node->object()->property("componentId").toString(), node->text(QAccessible::Description));
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(canvas), 0);
    return found;
}

QString describe(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
}

// Entries of a menu and its submenus, depth first.
void checkMenu(const QString &path, QMenu *menu, QStringList &problems)
{
    QMap<QChar, QString> used;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString where = path + QStringLiteral(" → ") + action->text();
        if (action->text().isEmpty()) {
            problems.append(path + QStringLiteral(": an entry without text"));
            continue;
        }
        const QChar key = accelerator(action->text());
        if (key.isNull() && qobject_cast<QDockWidget *>(action->parent()))
            problems.append(where + QStringLiteral(": no accelerator (&) on the dock's toggle action"));
        else if (key.isNull())
            problems.append(where + QStringLiteral(": no accelerator (&)"));
        else if (used.contains(key))
            problems.append(where + QStringLiteral(": accelerator '") + key + QStringLiteral("' also used by ") + used.value(key));
        else
            used.insert(key, action->text());
        if (action->menu())
            checkMenu(where, action->menu(), problems);
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_recoveryDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("infra-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        qputenv("INFRA_STUDIO_RECOVERY_DIR", m_recoveryDir.path().toLocal8Bit());
        QSettings().clear();
    }

    void cleanupTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void mainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void mainWindow()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(*qApp, language), language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The reference design, so that the panels show what a user meets (sliders per
        // service, the facts and editors of a selected component).
        QStringList errors;
        QVERIFY2(window.document()->load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QStringList problems;

        // Menus: a unique accelerator for each menu title and each entry in a menu.
        QMap<QChar, QString> titles;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *menuAction : menus) {
            const QChar key = accelerator(menuAction->text());
            if (key.isNull() || titles.contains(key))
                problems.append(QStringLiteral("menu bar: '") + menuAction->text() + QStringLiteral("' has no unique accelerator"));
            titles.insert(key, menuAction->text());
            if (menuAction->menu())
                checkMenu(menuAction->text(), menuAction->menu(), problems);
        }

        // Shortcuts: each key sequence triggers one action only.
        QMap<QString, QString> shortcuts;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (const QAction *action : actions) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString k = key.toString(QKeySequence::PortableText);
                if (shortcuts.contains(k) && shortcuts.value(k) != action->text())
                    problems.append(QStringLiteral("shortcut ") + k + QStringLiteral(" bound to both '") + shortcuts.value(k)
                                    + QStringLiteral("' and '") + action->text() + QLatin1Char('\''));
                shortcuts.insert(k, action->text());
            }
        }

        // Toolbars: every button has a name a screen reader can say, and a tooltip.
        const QList<QToolBar *> toolbars = window.findChildren<QToolBar *>();
        for (QToolBar *toolbar : toolbars) {
            if (toolbar->windowTitle().isEmpty())
                problems.append(QStringLiteral("toolbar ") + toolbar->objectName() + QStringLiteral(" has no title"));
            const QList<QToolButton *> buttons = toolbar->findChildren<QToolButton *>();
            for (QToolButton *button : buttons) {
                if (!button->isVisible() || button->objectName() == QLatin1String("qt_toolbar_ext_button"))
                    continue;
                if (accessibleName(button).isEmpty())
                    problems.append(QStringLiteral("toolbar button without an accessible name: ") + describe(button));
                if (button->toolTip().isEmpty())
                    problems.append(QStringLiteral("toolbar button without a tooltip: ") + describe(button));
            }
        }

        // Docks: titled, so they can be told apart in the Panels menu and by a screen reader.
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        for (const QDockWidget *dock : docks) {
            if (dock->windowTitle().isEmpty())
                problems.append(QStringLiteral("dock without a title: ") + dock->objectName());
        }

        // Every widget that takes keyboard focus says what it is: with nothing selected (the
        // design's settings), with a service and the database selected (their parameter
        // editors and name field), and with the cost view's other tab shown.
        auto checkFocusable = [&](const QString &state) {
            const QList<QWidget *> widgets = window.findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
                    continue;
                if (qobject_cast<QToolButton *>(w) && qobject_cast<QToolBar *>(w->parentWidget()))
                    continue; // checked above
                if (qobject_cast<QAbstractButton *>(w) && !static_cast<QAbstractButton *>(w)->text().isEmpty())
                    continue;
                if (accessibleName(w).isEmpty())
                    problems.append(state + QStringLiteral(": focusable widget without an accessible name: ") + describe(w));
            }
        };
        checkFocusable(QStringLiteral("nothing selected"));
        window.document()->setSelectedIds({QStringLiteral("web")});
        checkFocusable(QStringLiteral("web selected"));
        window.document()->setSelectedIds({QStringLiteral("db")});
        checkFocusable(QStringLiteral("db selected"));
        auto *costTabs = window.dock(MainWindow::Panel::Cost)->findChild<QTabWidget *>();
        QVERIFY(costTabs);
        for (int i = 0; i < costTabs->count(); ++i) {
            costTabs->setCurrentIndex(i);
            checkFocusable(QStringLiteral("cost tab ") + costTabs->tabText(i));
        }

        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // A node's description (kind, key parameters, cost, findings, selection) is made while an
    // assistive technology is active, and only then: when a screen reader starts, every node
    // gets it; it follows edits and the selection; when the screen reader stops, nodes no
    // longer carry it. (Offscreen no screen reader is active at the start; the platform's
    // accessibility bridge announces one through QAccessible::setActive, as done here.)
    void canvasNodesDescribedWhileAnAssistiveTechnologyIsActive()
    {
        if (QAccessible::isActive())
            QSKIP("an assistive technology is active on this display");
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList errors;
        QVERIFY2(window.document()->load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        CanvasController *controller = window.canvas()->controller();
        QQuickWidget *canvas = window.canvas()->quickWidget();
        const int count = int(window.document()->design().components().size());

        QVERIFY(!controller->isDescribing());
        QHash<QString, QString> described = nodeDescriptions(canvas);
        QCOMPARE(described.size(), count);
        for (auto it = described.cbegin(); it != described.cend(); ++it)
            QVERIFY2(it.value().isEmpty(), qPrintable(it.key() + QStringLiteral(": ") + it.value()));

        QAccessible::setActive(true);
        QVERIFY(controller->isDescribing());
        described = nodeDescriptions(canvas);
        QCOMPARE(described.size(), count);
        for (const Component &c : window.document()->design().components()) {
            const QString text = described.value(c.id);
            QCOMPARE(text, controller->accessibleDescription(c.id));
            QVERIFY2(text.contains(QStringLiteral("/mo")), qPrintable(c.id + QStringLiteral(": ") + text));
        }
        QVERIFY2(described.value(QStringLiteral("db")).contains(QStringLiteral("RDS PostgreSQL")), qPrintable(described.value(QStringLiteral("db"))));
        // It follows the node: selected, and a parameter that changes its cost.
        window.document()->setSelectedIds({QStringLiteral("web")});
        QVERIFY(nodeDescriptions(canvas).value(QStringLiteral("web")).endsWith(QStringLiteral("; selected")));
        const QString before = nodeDescriptions(canvas).value(QStringLiteral("web"));
        window.document()->undoStack()->push(new ChangeComponentProperty(window.document(), {QStringLiteral("web")}, QStringLiteral("desired_tasks"), 20));
        const QString after = nodeDescriptions(canvas).value(QStringLiteral("web"));
        QVERIFY2(after != before, qPrintable(after));
        QCOMPARE(after, controller->accessibleDescription(QStringLiteral("web")));

        QAccessible::setActive(false);
        QVERIFY(!controller->isDescribing());
        QVERIFY(nodeDescriptions(canvas).value(QStringLiteral("web")).isEmpty());
        window.document()->setClean();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
