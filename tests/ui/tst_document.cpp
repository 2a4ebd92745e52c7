// The Document and its undo commands, without any view: every edit is one named step on
// the stack, undo restores exactly, a drag merges into one step, and the modified flag
// follows the stack's clean state.
#include "../core/tabletranslator.h"
#include "commandids.h"
#include "componentclipboard.h"
#include "componentcommands.h"
#include "document.h"
#include "derive/derivedjson.h"
#include "documentmanager.h"
#include "io/designreader.h"
#include "linkcommands.h"

#include <QFile>
#include <QJsonArray>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <future>
#include <thread>

using namespace Infra;

namespace {

// Two German sentences of the design-file catalog, without a .qm file.
Testing::TableTranslator germanDesignFile()
{
    return {
        {"Infra::DesignFile", "unknown top-level key %1%2", "unbekannter Schlüssel %1 auf oberster Ebene%2"},
        {"Infra::DesignFile", " (did you mean '%1'?)", " (meinten Sie '%1'?)"},
    };
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private:
    static QString reference() { return QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"); }
    static void load(Document &doc)
    {
        QStringList errors;
        QVERIFY2(doc.load(reference(), &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void addAndUndo()
    {
        Document doc;
        QSignalSpy changed(&doc, &Document::changed);
        QVERIFY(!doc.isModified());
        doc.undoStack()->push(new AddComponents(&doc, {Component::make(ComponentKind::EcsWeb, QStringLiteral("web"), QStringLiteral("Web"))}));
        QVERIFY(doc.design().component(QStringLiteral("web")));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.selectedIds(), QStringList{QStringLiteral("web")});
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add Web"));
        QCOMPARE(changed.last().first().value<DesignChange>().kind, DesignChange::Kind::ComponentsAdded);
        doc.undoStack()->undo();
        QVERIFY(!doc.design().component(QStringLiteral("web")));
        QVERIFY(!doc.isModified());
        QVERIFY(doc.selectedIds().isEmpty());
    }

    void refusedEditLeavesNoStep()
    {
        Document doc;
        doc.undoStack()->push(new AddComponents(&doc, {Component::make(ComponentKind::Alb, QStringLiteral("alb"))}));
        // Same id again: the design refuses it, so no step is recorded.
        doc.undoStack()->push(new AddComponents(&doc, {Component::make(ComponentKind::Alb, QStringLiteral("alb"))}));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.design().components().size(), size_t(1));
    }

    void removeRestoresOrderAndLinks()
    {
        Document doc;
        load(doc);
        const Design before = doc.design();
        Link link;
        link.from = QStringLiteral("worker-long");
        link.to = QStringLiteral("media");
        doc.undoStack()->push(new AddLink(&doc, link));
        const Design withLink = doc.design();
        doc.undoStack()->push(new RemoveComponents(&doc, {QStringLiteral("media"), QStringLiteral("web")}));
        QVERIFY(!doc.design().component(QStringLiteral("web")));
        QVERIFY(doc.design().links().isEmpty()); // the link named a removed component
        doc.undoStack()->undo();
        QVERIFY(doc.design() == withLink);
        doc.undoStack()->undo();
        QVERIFY(doc.design() == before);
    }

    void dragMergesIntoOneStep()
    {
        Document doc;
        load(doc);
        const QPointF start = doc.design().component(QStringLiteral("web"))->position;
        const int serial = 4711;
        for (int i = 1; i <= 10; ++i)
            doc.undoStack()->push(new MoveComponents(&doc, {{QStringLiteral("web"), start + QPointF(10 * i, 5 * i)}}, serial));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.design().component(QStringLiteral("web"))->position, start + QPointF(100, 50));
        // A second drag is a second step.
        doc.undoStack()->push(new MoveComponents(&doc, {{QStringLiteral("web"), start}}, serial + 1));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.design().component(QStringLiteral("web"))->position, start);
        QVERIFY(!doc.isModified());
    }

    void propertyEditsMerge()
    {
        Document doc;
        load(doc);
        for (int tasks : {6, 7, 8})
            doc.undoStack()->push(new ChangeComponentProperty(&doc, {QStringLiteral("web")}, QStringLiteral("desired_tasks"), tasks));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change Desired tasks"));
        QCOMPARE(doc.design().component(QStringLiteral("web"))->intParam(QStringLiteral("desired_tasks")), 8);
        doc.undoStack()->undo();
        QCOMPARE(doc.design().component(QStringLiteral("web"))->intParam(QStringLiteral("desired_tasks")), 5);
        // Out of range: refused, nothing recorded.
        doc.undoStack()->push(new ChangeComponentProperty(&doc, {QStringLiteral("web")}, QStringLiteral("desired_tasks"), -3));
        QCOMPARE(doc.undoStack()->index(), 0);
    }

    void renameMerges()
    {
        Document doc;
        load(doc);
        doc.undoStack()->push(new RenameComponent(&doc, QStringLiteral("db"), QStringLiteral("P")));
        doc.undoStack()->push(new RenameComponent(&doc, QStringLiteral("db"), QStringLiteral("Primary DB")));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.design().component(QStringLiteral("db"))->name, QStringLiteral("Primary DB"));
        doc.undoStack()->undo();
        QCOMPARE(doc.design().component(QStringLiteral("db"))->name, QStringLiteral("PostgreSQL"));
    }

    void explicitLinkAppearsInDerivedGraph()
    {
        Document doc;
        load(doc);
        QVERIFY(!doc.derived().connection(QStringLiteral("beat->media")));
        QSignalSpy derived(&doc, &Document::derivedChanged);
        Link link;
        link.from = QStringLiteral("beat");
        link.to = QStringLiteral("media");
        doc.undoStack()->push(new AddLink(&doc, link));
        const Connection *c = doc.derived().connection(QStringLiteral("beat->media"));
        QVERIFY(c);
        QVERIFY(c->isExplicit());
        QVERIFY(!derived.isEmpty());
        QVERIFY(derived.last().first().value<DerivedDelta>().connectionsAdded.contains(QStringLiteral("beat->media")));
        doc.undoStack()->undo();
        QVERIFY(!doc.derived().connection(QStringLiteral("beat->media")));
    }

    void suppressLinkHidesDerivedEdge()
    {
        Document doc;
        load(doc);
        QVERIFY(doc.derived().connection(QStringLiteral("web->pgbouncer")));
        doc.undoStack()->push(new SuppressLink(&doc, QStringLiteral("web"), QStringLiteral("pgbouncer")));
        QVERIFY(!doc.derived().connection(QStringLiteral("web->pgbouncer")));
        doc.undoStack()->undo();
        QVERIFY(doc.derived().connection(QStringLiteral("web->pgbouncer")));
    }

    void copyPasteGivesNewIdsAndOffsets()
    {
        Document doc;
        load(doc);
        std::unique_ptr<QMimeData> mime(ComponentClipboard::copy(doc, {QStringLiteral("web"), QStringLiteral("redis")}));
        doc.undoStack()->push(ComponentClipboard::paste(&doc, mime.get()));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Paste"));
        const Component *web2 = doc.design().component(QStringLiteral("web-2"));
        const Component *redis2 = doc.design().component(QStringLiteral("redis-2"));
        QVERIFY(web2 && redis2);
        const Component *web = doc.design().component(QStringLiteral("web"));
        QCOMPARE(web2->position, web->position + QPointF(40, 40));
        QCOMPARE(web2->params, web->params); // types survive the JSON round trip
        QCOMPARE(doc.selectedIds(), (QStringList{QStringLiteral("web-2"), QStringLiteral("redis-2")}));
        doc.undoStack()->undo();
        QVERIFY(!doc.design().component(QStringLiteral("web-2")));
    }

    void loadErrorLeavesDocumentUntouched()
    {
        Document doc;
        load(doc);
        doc.undoStack()->push(new RenameComponent(&doc, QStringLiteral("db"), QStringLiteral("Edited")));
        const Design before = doc.design();
        const QString bad = QStringLiteral(INFRA_TEST_DATA_DIR "/ui/broken.infra.yaml");
        QStringList errors;
        QVERIFY(!doc.load(bad, &errors));
        QVERIFY(errors.size() >= 2);
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.contains(QRegularExpression(QStringLiteral("broken\\.infra\\.yaml:\\d+:\\d+: "))), qPrintable(e));
        QVERIFY(doc.design() == before);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.fileName(), reference());
    }

    // The load-error dialog shows what lastErrors() holds: core's messages in the user's
    // language, with the file, line and column, while the reader's own message stays English.
    void loadErrorsInUserLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.infra.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nnmae: shop\n");
        file.close();

        Document doc;
        DocumentManager manager(&doc, nullptr);
        manager.setQuiet(true);
        Testing::TableTranslator german = germanDesignFile();
        QVERIFY(QCoreApplication::installTranslator(&german));
        QVERIFY(!manager.openFile(path));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(
            manager.lastErrors(),
            QStringList{path +
                        QStringLiteral(":2:1: unbekannter Schlüssel 'nmae' auf oberster Ebene (meinten Sie 'name'?)")});
        QCOMPARE(DesignReader::readFile(path).errors.value(0).message,
                 QStringLiteral("unknown top-level key 'nmae' (did you mean 'name'?)"));

        // No catalog: the English sentence, as before.
        QVERIFY(!manager.openFile(path));
        QCOMPARE(manager.lastErrors(),
                 QStringList{path + QStringLiteral(":2:1: unknown top-level key 'nmae' (did you mean 'name'?)")});
    }

    // The studio reads the file it opens with on a second thread while it builds its window
    // (Document::read), then hands it to the document: the same document as load(path) gives,
    // and a file with errors leaves the open document as it is, with the same messages.
    void readOnAnotherThreadThenLoad()
    {
        Document loaded;
        load(loaded);
        std::thread::id readOn;
        std::future<Document::Opened> reading = std::async(std::launch::async, [&readOn] {
            readOn = std::this_thread::get_id();
            return Document::read(reference());
        });
        Document::Opened opened = reading.get();
        QVERIFY(readOn != std::this_thread::get_id());
        QCOMPARE(opened.path, reference());
        QVERIFY(opened.errors.isEmpty());

        Document doc;
        QSignalSpy changed(&doc, &Document::changed);
        QSignalSpy derived(&doc, &Document::derivedChanged);
        QSignalSpy fileName(&doc, &Document::fileNameChanged);
        DocumentManager manager(&doc, nullptr);
        manager.setQuiet(true);
        QVERIFY(manager.openFile(std::move(opened)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<DesignChange>().kind, DesignChange::Kind::Reset);
        QCOMPARE(derived.count(), 1);
        QCOMPARE(fileName.count(), 1);
        QCOMPARE(doc.fileName(), loaded.fileName());
        QVERIFY(!doc.isModified());
        QVERIFY(doc.design() == loaded.design());
        // Priced and derived as load() does: the same estimate, connections and findings.
        QCOMPARE(doc.cost().total.desired(), loaded.cost().total.desired());
        QCOMPARE(doc.cost().components.size(), loaded.cost().components.size());
        QJsonArray connections, loadedConnections;
        for (const Connection &c : doc.derived().connections())
            connections.append(DerivedJson::connection(c));
        for (const Connection &c : loaded.derived().connections())
            loadedConnections.append(DerivedJson::connection(c));
        QVERIFY(!connections.isEmpty());
        QCOMPARE(connections, loadedConnections);
        QVERIFY(!DerivedJson::findings(loaded.derived()).isEmpty());
        QCOMPARE(DerivedJson::findings(doc.derived()), DerivedJson::findings(loaded.derived()));
        QCOMPARE(DerivedJson::review(doc.derived()), DerivedJson::review(loaded.derived()));
        QVERIFY(doc.derived().cost() == &doc.cost()); // one estimate, shared with the derivation

        // A broken file read on another thread: the errors load() gives, the document untouched.
        const QString bad = QStringLiteral(INFRA_TEST_DATA_DIR "/ui/broken.infra.yaml");
        Document::Opened broken = std::async(std::launch::async, &Document::read, bad).get();
        QVERIFY(!broken.design);
        Document other;
        QStringList expected;
        QVERIFY(!other.load(bad, &expected));
        QVERIFY(expected.size() >= 2);
        QVERIFY(!manager.openFile(std::move(broken)));
        QCOMPARE(manager.lastErrors(), expected);
        QVERIFY(doc.design() == loaded.design());
        QCOMPARE(doc.fileName(), loaded.fileName());
    }

    void saveAndReopenRoundTrips()
    {
        Document doc;
        load(doc);
        doc.undoStack()->push(new MoveComponents(&doc, {{QStringLiteral("db"), QPointF(1000, 1000)}}));
        QVERIFY(doc.isModified());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.infra.yaml"));
        QString error;
        QVERIFY2(doc.save(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.fileName(), path);
        Document reopened;
        QStringList errors;
        QVERIFY2(reopened.load(path, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(reopened.design() == doc.design());
        QCOMPARE(reopened.design().component(QStringLiteral("db"))->position, QPointF(1000, 1000));
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
