// Notes (issue 18 item 3): typed in the inspector as one undoable edit, for a component and for
// the design, and shown as a badge on the canvas node (hidden without a note, back after undo).
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "componentcommands.h"
#include "document.h"
#include "inspectorpanel.h"
#include "nodemodel.h"
#include "noteeditor.h"

#include <QQuickItem>
#include <QQuickWidget>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Infra;

class TestNotes : public QObject
{
    Q_OBJECT

    static void load(Document &doc)
    {
        QStringList errors;
        QVERIFY2(doc.load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void componentNoteIsOneUndoableEdit()
    {
        Document doc;
        load(doc);
        InspectorPanel inspector(&doc);
        inspector.resize(440, 800);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        doc.setSelectedIds({QStringLiteral("web")});
        NoteEditor *editor = inspector.noteEditor();
        QVERIFY(editor);
        QCOMPARE(editor->componentId(), QStringLiteral("web"));
        QCOMPARE(editor->toPlainText(), QString());
        const int steps = doc.undoStack()->count();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Ask <ops> & Ana"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("second line"));
        QCOMPARE(doc.design().noteOf(QStringLiteral("web")), QString()); // not yet: still typing
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc.design().noteOf(QStringLiteral("web")), QStringLiteral("Ask <ops> & Ana\nsecond line"));
        QCOMPARE(doc.undoStack()->count(), steps + 1); // the whole text is one step
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Edit Note of web"));
        QVERIFY(doc.isModified());
        // Ctrl+Return again without a change pushes nothing.
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc.undoStack()->count(), steps + 1);

        doc.undoStack()->undo();
        QCOMPARE(doc.design().noteOf(QStringLiteral("web")), QString());
        QCOMPARE(editor->toPlainText(), QString()); // the field follows the undo
        doc.undoStack()->redo();
        QCOMPARE(editor->toPlainText(), QStringLiteral("Ask <ops> & Ana\nsecond line"));

        // Typing, then selecting another component, keeps what was typed (as leaving the field would).
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("replaced"));
        doc.setSelectedIds({QStringLiteral("db")});
        QCOMPARE(doc.design().noteOf(QStringLiteral("web")), QStringLiteral("replaced"));
        QCOMPARE(inspector.noteEditor()->componentId(), QStringLiteral("db"));
        // Several components selected: no note field.
        doc.setSelectedIds({QStringLiteral("web"), QStringLiteral("db")});
        QVERIFY(!inspector.noteEditor());
    }

    void designNoteWithNothingSelected()
    {
        Document doc;
        load(doc);
        InspectorPanel inspector(&doc);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        doc.setSelectedIds({});
        NoteEditor *editor = inspector.noteEditor();
        QVERIFY(editor);
        QCOMPARE(editor->componentId(), QString());
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Reviewed 3 Dec"));
        QVERIFY(editor->commit());
        QCOMPARE(doc.design().note(), QStringLiteral("Reviewed 3 Dec"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Edit Design Note"));
        // Clearing the text removes the note (white space only is no note).
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("   "));
        QVERIFY(editor->commit());
        QCOMPARE(doc.design().note(), QString());
        doc.undoStack()->undo();
        QCOMPARE(doc.design().note(), QStringLiteral("Reviewed 3 Dec"));
    }

    void badgeOnTheCanvasNode()
    {
        Document doc;
        load(doc);
        CanvasWidget canvas(&doc);
        canvas.resize(1200, 800);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QVERIFY(canvas.quickWidget()->rootObject());
        NodeModel *nodes = canvas.controller()->nodes();
        const int row = nodes->rowOf(QStringLiteral("web"));
        QVERIFY(row >= 0);
        // Through the visual tree: the Repeater's delegates need not be QObject children.
        // Nodes: the items with a componentId; a badge is made for a node with a note only.
        auto items = [&](const char *property, const QString &objectName) {
            QList<QQuickItem *> found;
            QList<QQuickItem *> todo{canvas.quickWidget()->rootObject()};
            while (!todo.isEmpty()) {
                QQuickItem *item = todo.takeLast();
                if (property ? !item->property(property).toString().isEmpty() : item->objectName() == objectName)
                    found.append(item);
                todo += item->childItems();
            }
            return found;
        };
        auto badges = [&] {
            const QList<QQuickItem *> found = items(nullptr, QStringLiteral("noteBadge"));
            return std::make_pair(int(found.size()), int(std::count_if(found.cbegin(), found.cend(), [](QQuickItem *b) { return b->isVisible(); })));
        };
        QTRY_COMPARE(int(items("componentId", {}).size()), int(doc.design().components().size()));
        QCOMPARE(badges(), std::make_pair(0, 0)); // no notes in the reference design
        QSignalSpy changed(nodes, &QAbstractItemModel::dataChanged);
        doc.undoStack()->push(new ChangeNote(&doc, QStringLiteral("web"), QStringLiteral("keep two tasks")));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(nodes->data(nodes->index(row), NodeModel::NoteRole).toString(), QStringLiteral("keep two tasks"));
        QTRY_COMPARE(badges(), std::make_pair(1, 1));
        // On the web node's card, its top-right corner, and it carries the note for hovering.
        QQuickItem *badge = items(nullptr, QStringLiteral("noteBadge")).constFirst();
        QQuickItem *web = nullptr;
        for (QQuickItem *node : items("componentId", {}))
            if (node->property("componentId").toString() == QLatin1String("web"))
                web = node;
        QVERIFY(web);
        const QRectF badgeRect = badge->mapRectToItem(web, QRectF(0, 0, badge->width(), badge->height()));
        QVERIFY(badgeRect.width() >= 14);
        QVERIFY2(badgeRect.center().x() > web->width() * 0.75 && badgeRect.center().y() < web->height() * 0.25,
                 qPrintable(QStringLiteral("%1,%2 in %3x%4").arg(badgeRect.center().x()).arg(badgeRect.center().y()).arg(web->width()).arg(web->height())));
        QCOMPARE(badge->property("note").toString(), QStringLiteral("keep two tasks"));
        // Hovering it shows the note, the card raised above its neighbours.
        QCOMPARE(web->z(), 0.0);
        QTest::mouseMove(canvas.quickWidget(), badge->mapToScene(QPointF(badge->width() / 2, badge->height() / 2)).toPoint());
        QTRY_VERIFY(badge->property("hovered").toBool());
        QCOMPARE(web->z(), 1.0);
        doc.undoStack()->undo();
        QTRY_COMPARE(badges(), std::make_pair(0, 0));
    }
};

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
