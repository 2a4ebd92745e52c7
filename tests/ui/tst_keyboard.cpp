// The main flows without a mouse, as issue "A good desktop citizen" asks: add a component
// from the palette, select nodes on the canvas, edit the selection in the inspector, save,
// export. Every step is a key press on the widget that has the focus.
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "document.h"
#include "documentmanager.h"
#include "mainwindow.h"
#include "palettemodel.h"
#include "palettewidget.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QQuickWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Infra;

class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    Document *doc() const { return m_window->document(); }
    QWidget *focus() const { return QApplication::focusWidget(); }
    bool focusInside(QWidget *container) const { return focus() && (focus() == container || container->isAncestorOf(focus())); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("infra-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
        qputenv("INFRA_STUDIO_RECOVERY_DIR", m_dir.filePath(QStringLiteral("recovery")).toLocal8Bit());
        QSettings().clear();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->documents()->setQuiet(true);
        m_window->documents()->setPromptAnswer(DocumentManager::Answer::Discard);
        QVERIFY(m_window->documents()->openFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml")));
        QString error;
        QVERIFY(doc()->save(m_dir.filePath(QStringLiteral("design.infra.yaml")), &error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup()
    {
        m_window->close();
        m_window.reset();
    }

    void paletteEnterAddsComponent()
    {
        auto *palette = m_window->findChild<PaletteWidget *>();
        QVERIFY(palette);
        palette->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(palette->hasFocus());
        // Down to the last kind (MemoryDB since the kinds of issue 17), then Enter.
        QTest::keyClick(palette, Qt::Key_End);
        QCOMPARE(palette->currentIndex().data(PaletteModel::KindRole).toString(), QStringLiteral("memorydb"));
        const size_t before = doc()->design().components().size();
        QTest::keyClick(palette, Qt::Key_Return);
        QCOMPARE(doc()->design().components().size(), before + 1);
        const QStringList selected = doc()->selectedIds();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(doc()->design().component(selected.first())->kind, ComponentKind::MemoryDb);
        // A second one does not land on top of the first.
        QTest::keyClick(palette, Qt::Key_Return);
        const QString second = doc()->selectedIds().first();
        const CanvasController *canvas = m_window->canvas()->controller();
        QVERIFY(!canvas->scene().nodeRect(second).intersects(canvas->scene().nodeRect(selected.first())));
        QCOMPARE(doc()->undoStack()->count(), 2);
    }

    void tabWalksNodesAndEnterEditsInInspector()
    {
        QQuickWidget *quick = m_window->canvas()->quickWidget();
        quick->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(quick->hasFocus());
        const auto &components = doc()->design().components();
        QTest::keyClick(quick, Qt::Key_Tab);
        QCOMPARE(doc()->selectedIds(), QStringList{components.at(0).id});
        QTest::keyClick(quick, Qt::Key_Tab);
        QCOMPARE(doc()->selectedIds(), QStringList{components.at(1).id});
        QTest::keyClick(quick, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(doc()->selectedIds(), QStringList{components.at(0).id});
        QTest::keyClick(quick, Qt::Key_Escape);
        QVERIFY(doc()->selectedIds().isEmpty());
        // Select the load balancer and press Enter: the inspector's name field has the focus.
        QTest::keyClick(quick, Qt::Key_Tab);
        QTest::keyClick(quick, Qt::Key_Tab);
        const QString id = doc()->selectedIds().first();
        QTest::keyClick(quick, Qt::Key_Return);
        QDockWidget *inspector = m_window->dock(MainWindow::Panel::Inspector);
        QTRY_VERIFY(focusInside(inspector));
        auto *name = qobject_cast<QLineEdit *>(focus());
        QVERIFY2(name, focus() ? focus()->metaObject()->className() : "no focus");
        QCOMPARE(name->text(), doc()->design().component(id)->name);
        // Type a new name, confirm with Enter: one undoable rename.
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, QStringLiteral("Public ALB"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(doc()->design().component(id)->name, QStringLiteral("Public ALB"));
        // Ctrl+S saves to the open file.
        QVERIFY(m_window->isWindowModified());
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isWindowModified());
        QFile saved(doc()->fileName());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("name: Public ALB"));
    }

    void tabLeavesTheCanvasAfterTheLastNode()
    {
        QQuickWidget *quick = m_window->canvas()->quickWidget();
        quick->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(quick->hasFocus());
        doc()->setSelectedIds({doc()->design().components().back().id});
        QTest::keyClick(quick, Qt::Key_Tab);
        QVERIFY(doc()->selectedIds().isEmpty());
        QTRY_VERIFY(!quick->hasFocus()); // no keyboard trap
    }

    void nodesAreNamedForScreenReaders()
    {
        // The QML canvas through the accessibility tree: a pane with one button per node. A
        // screen reader is running (the platform's bridge says so): the nodes are described.
        QAccessible::setActive(true);
        QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(m_window->canvas()->quickWidget());
        QVERIFY(canvas);
        QStringList names;
        QString dbDescription;
        std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node, int depth) {
            if (!node || depth > 8)
                return;
            if (node->role() == QAccessible::Button) {
                names << node->text(QAccessible::Name);
                if (node->text(QAccessible::Name) == QStringLiteral("PostgreSQL"))
                    dbDescription = node->text(QAccessible::Description);
            }
            for (int i = 0; i < node->childCount(); ++i)
                walk(node->child(i), depth + 1);
        };
        walk(canvas, 0);
        QVERIFY2(names.contains(QStringLiteral("PostgreSQL")), qPrintable(names.join(QStringLiteral(", "))));
        QCOMPARE(names.size(), int(doc()->design().components().size()));
        QVERIFY2(dbDescription.contains(QStringLiteral("RDS PostgreSQL")), qPrintable(dbDescription));
        QVERIFY2(dbDescription.contains(QStringLiteral("/mo")), qPrintable(dbDescription));
        QAccessible::setActive(false);
    }

    void exportByKeyboard()
    {
        QAction *exportAction = m_window->action(QStringLiteral("actionExport"));
        QVERIFY(!exportAction->shortcut().isEmpty());
        const QString target = m_dir.filePath(QStringLiteral("repo"));
        bool exported = false;
        // The dialog is modal: drive it from inside its event loop, keys only.
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
            QVERIFY(folder);
            folder->setFocus(Qt::TabFocusReason);
            QTest::keyClicks(folder, target);
            QTest::keyClick(folder, Qt::Key_Return); // the default button: Export
            exported = QFile::exists(target + QStringLiteral("/terraform/main.tf")) ||
                       QFile::exists(target + QStringLiteral("/terraform/versions.tf"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keySequence(m_window.get(), exportAction->shortcut());
        QVERIFY(exported);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
