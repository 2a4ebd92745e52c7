#include "componentcommands.h"
#include "document.h"
#include "exportdialog.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Infra;

class TestExportDialog : public QObject
{
    Q_OBJECT

    static QString reference() { return QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"); }

    static int count(const QList<ExportDialog::PlanEntry> &plan, ExportDialog::Status status)
    {
        return int(std::count_if(plan.begin(), plan.end(), [&](const ExportDialog::PlanEntry &e) { return e.status == status; }));
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList errors;
        QVERIFY2(m_doc.load(reference(), &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void emptyFolderPlansCreations()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportDialog dialog(&m_doc);
        QVERIFY(dialog.plan().isEmpty()); // no folder yet
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());

        dialog.setFolder(dir.path());
        const QList<ExportDialog::PlanEntry> plan = dialog.plan();
        const EmittedFiles files = dialog.files();
        QVERIFY(!plan.isEmpty());
        QCOMPARE(plan.size(), files.size());
        QCOMPARE(count(plan, ExportDialog::Status::Create), plan.size());
        QStringList paths;
        for (const auto &entry : plan)
            paths.append(entry.path);
        QVERIFY(paths.contains(QStringLiteral("docs/architecture/overview.md")));
        QVERIFY(paths.contains(QStringLiteral("docs/architecture/diagram.svg")));
        QVERIFY(paths.contains(QStringLiteral("docs/architecture/diagram.png")));
        QVERIFY(std::any_of(paths.begin(), paths.end(), [](const QString &p) { return p.startsWith(QLatin1String("terraform/")); }));
        QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("planView"))->topLevelItemCount(), plan.size());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        // Previewing wrote nothing.
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void partsFilterThePlan()
    {
        QTemporaryDir dir;
        ExportDialog dialog(&m_doc);
        dialog.setFolder(dir.path());
        dialog.setParts(Emitter::Part::Diagram);
        const QList<ExportDialog::PlanEntry> plan = dialog.plan();
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.at(0).path, QStringLiteral("docs/architecture/diagram.png"));
        QCOMPARE(plan.at(1).path, QStringLiteral("docs/architecture/diagram.svg"));

        dialog.setParts(Emitter::Part::Terraform);
        for (const auto &entry : dialog.plan())
            QVERIFY2(entry.path.startsWith(QLatin1String("terraform/")), qPrintable(entry.path));
    }

    // A design whose Terraform declares a name twice (a bucket named like the access log
    // bucket) cannot be exported: the dialog says why, the button is off, exporting writes
    // nothing; undone, it exports again.
    void refusesAModuleTerraformWouldRefuse()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Document doc;
        QStringList errors;
        QVERIFY(doc.load(reference(), &errors));
        ExportDialog dialog(&doc);
        dialog.setFolder(dir.path());
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
        QVERIFY(button->isEnabled());
        QVERIFY(dialog.problems().isEmpty());

        doc.undoStack()->push(new AddComponents(&doc, {Component::make(ComponentKind::S3Bucket, QStringLiteral("access-logs"))}));
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY2(dialog.problems().first().contains(QStringLiteral("Component access-logs")), qPrintable(dialog.problems().first()));
        QVERIFY(!button->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("planSummary"))->text().contains(QStringLiteral("cannot be exported")));
        const Exporter::Report report = dialog.exportFiles();
        QVERIFY(!report.ok());
        QCOMPARE(report.errors, dialog.problems());
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(dialog.summary().contains(QStringLiteral("nothing was written")));

        doc.undoStack()->undo();
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(button->isEnabled());
        QVERIFY(dialog.exportFiles().ok());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("terraform/s3.tf"))));
    }

    // The files are made when the dialog opens and on every change of the design or the parts;
    // the Export button writes them without making them again, and they are what the design
    // gives at the click.
    void exportWritesThePreviewsFilesWithoutMakingThemAgain()
    {
        Document doc;
        QStringList errors;
        QVERIFY2(doc.load(reference(), &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportDialog dialog(&doc);
        dialog.setHandEditsAnswer(ExportDialog::HandEditsAnswer::Overwrite);
        dialog.setFolder(dir.filePath(QStringLiteral("first")));
        const quint64 made = ExportDialog::filesMade();
        Exporter::Report report = dialog.exportFiles();
        QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(ExportDialog::filesMade(), made);
        const EmittedFiles fresh = ExportDialog::filesFor(doc.design(), doc.derived(), Emitter::allParts());
        QCOMPARE(report.written.size(), fresh.size());
        for (const EmittedFile &f : fresh)
            QVERIFY2(read(dir.filePath(QStringLiteral("first/") + f.path)) == f.content, qPrintable(f.path));

        // A change of the design makes them again, once; the click writes the new ones.
        doc.undoStack()->push(new RenameComponent(&doc, QStringLiteral("web"), QStringLiteral("Storefront web")));
        const quint64 afterEdit = ExportDialog::filesMade();
        QCOMPARE(afterEdit, made + 2); // `fresh` above, and the dialog's own refresh
        dialog.setFolder(dir.filePath(QStringLiteral("second")));
        report = dialog.exportFiles();
        QVERIFY(report.ok());
        QCOMPARE(ExportDialog::filesMade(), afterEdit);
        QVERIFY(read(dir.filePath(QStringLiteral("second/docs/architecture/diagram.svg"))).contains("Storefront web"));

        // Parts toggled: made again for the new parts; the click writes only those.
        dialog.setParts(Emitter::Part::Diagram);
        QCOMPARE(ExportDialog::filesMade(), afterEdit + 1);
        dialog.setFolder(dir.filePath(QStringLiteral("third")));
        report = dialog.exportFiles();
        QCOMPARE(ExportDialog::filesMade(), afterEdit + 1);
        QCOMPARE(report.written.size(), qsizetype(2));
    }

    void exportThenUnchangedThenChanged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A file of the user's own that the export must never touch or delete.
        QDir(dir.path()).mkpath(QStringLiteral("docs/architecture"));
        const QString foreign = dir.filePath(QStringLiteral("docs/architecture/notes.md"));
        {
            QFile file(foreign);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("mine\n");
        }

        ExportDialog dialog(&m_doc);
        dialog.setFolder(dir.path());
        const int total = dialog.plan().size();
        const Exporter::Report report = dialog.exportFiles();
        QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(report.written.size(), total);
        QVERIFY(dialog.summary().contains(QString::number(total)));

        // Diagram files are real SVG and PNG.
        const QByteArray svg = read(dir.filePath(QStringLiteral("docs/architecture/diagram.svg")));
        QVERIFY(svg.contains("<svg"));
        QImage png;
        QVERIFY(png.load(dir.filePath(QStringLiteral("docs/architecture/diagram.png")), "PNG"));
        QVERIFY(png.width() > 100 && png.height() > 100);

        // Same design again: everything unchanged.
        QList<ExportDialog::PlanEntry> plan = dialog.plan();
        QCOMPARE(plan.size(), total);
        QCOMPARE(count(plan, ExportDialog::Status::Unchanged), total);

        // Edit one file on disk: exactly that one is "changed", and edited by hand since the
        // last export (the manifest's checksum).
        const QString edited = QStringLiteral("docs/architecture/overview.md");
        {
            QFile file(dir.filePath(edited));
            QVERIFY(file.open(QIODevice::Append));
            file.write("\nlocal edit\n");
        }
        const QByteArray handEdited = read(dir.filePath(edited));
        dialog.refreshPlan();
        plan = dialog.plan();
        QCOMPARE(count(plan, ExportDialog::Status::Change), 1);
        QCOMPARE(count(plan, ExportDialog::Status::Unchanged), total - 1);
        for (const auto &entry : plan) {
            if (entry.status == ExportDialog::Status::Change) {
                QCOMPARE(entry.path, edited);
                QVERIFY(entry.editedByHand);
            }
        }

        // The user keeps the hand edit: nothing is written; cancelling writes nothing either.
        dialog.setHandEditsAnswer(ExportDialog::HandEditsAnswer::Cancel);
        QVERIFY(dialog.exportFiles().changed.isEmpty());
        QCOMPARE(read(dir.filePath(edited)), handEdited);
        dialog.setHandEditsAnswer(ExportDialog::HandEditsAnswer::Keep);
        const Exporter::Report kept = dialog.exportFiles();
        QVERIFY(kept.ok());
        QCOMPARE(kept.kept, QStringList{edited});
        QVERIFY(kept.changed.isEmpty());
        QCOMPARE(read(dir.filePath(edited)), handEdited);
        QVERIFY(dialog.summary().contains(edited));

        // Then overwrites it.
        dialog.setHandEditsAnswer(ExportDialog::HandEditsAnswer::Overwrite);
        const Exporter::Report again = dialog.exportFiles();
        QVERIFY(again.ok());
        QCOMPARE(again.editedByHand, QStringList{edited});
        QCOMPARE(again.changed, QStringList{edited});
        QCOMPARE(again.written.size(), 0);
        QCOMPARE(count(dialog.plan(), ExportDialog::Status::Unchanged), total);

        // The foreign file survived both exports untouched.
        QCOMPARE(read(foreign), QByteArray("mine\n"));
    }

private:
    Document m_doc;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
