#include "exportdialog.h"

#include "diagramrenderer.h"
#include "document.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace Infra {

ExportDialog::ExportDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_folderEdit(new QLineEdit(this))
    , m_terraform(new QCheckBox(tr("&Terraform (terraform/*.tf)"), this))
    , m_docs(new QCheckBox(tr("&Documents (docs/…)"), this))
    , m_config(new QCheckBox(tr("&Configs (config/…)"), this))
    , m_diagram(new QCheckBox(tr("D&iagram (docs/architecture/diagram.svg, .png)"), this))
    , m_planView(new QTreeWidget(this))
    , m_planSummary(new QLabel(this))
    , m_result(new QLabel(this))
    , m_exportButton(nullptr)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    auto *layout = new QVBoxLayout(this);

    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folderEdit);
    m_folderEdit->setObjectName(QStringLiteral("folderEdit"));
    m_folderEdit->setPlaceholderText(tr("Folder to export into"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(browseButton);
    layout->addLayout(folderRow);

    auto *partsBox = new QGroupBox(tr("Parts"), this);
    auto *partsLayout = new QVBoxLayout(partsBox);
    for (QCheckBox *box : {m_terraform, m_docs, m_config, m_diagram}) {
        box->setChecked(true);
        partsLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::refreshFiles);
    }
    layout->addWidget(partsBox);

    m_planView->setObjectName(QStringLiteral("planView"));
    m_planView->setColumnCount(2);
    m_planView->setHeaderLabels({tr("File"), tr("Action")});
    m_planView->setRootIsDecorated(false);
    m_planView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_planView->header()->setStretchLastSection(false);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_planView, 1);
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    m_planSummary->setWordWrap(true);
    layout->addWidget(m_planSummary);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &ExportDialog::refreshPlan);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportFiles(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_document, &Document::changed, this, &ExportDialog::refreshFiles);

    resize(640, 520);
    refreshFiles();
}

QString ExportDialog::folder() const
{
    return m_folderEdit->text().trimmed();
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folderEdit->setText(folder);
}

Emitter::Parts ExportDialog::parts() const
{
    Emitter::Parts parts;
    parts.setFlag(Emitter::Part::Terraform, m_terraform->isChecked());
    parts.setFlag(Emitter::Part::Docs, m_docs->isChecked());
    parts.setFlag(Emitter::Part::Config, m_config->isChecked());
    parts.setFlag(Emitter::Part::Diagram, m_diagram->isChecked());
    return parts;
}

void ExportDialog::setParts(Emitter::Parts parts)
{
    const QSignalBlocker b1(m_terraform), b2(m_docs), b3(m_config), b4(m_diagram);
    m_terraform->setChecked(parts.testFlag(Emitter::Part::Terraform));
    m_docs->setChecked(parts.testFlag(Emitter::Part::Docs));
    m_config->setChecked(parts.testFlag(Emitter::Part::Config));
    m_diagram->setChecked(parts.testFlag(Emitter::Part::Diagram));
    refreshFiles();
}

namespace {
std::atomic<quint64> g_filesMade{0};
} // namespace

quint64 ExportDialog::filesMade()
{
    return g_filesMade.load(std::memory_order_relaxed);
}

EmittedFiles ExportDialog::filesFor(const Design &design, const DerivedModel &derived, Emitter::Parts parts,
                                    QList<Text> *errors)
{
    g_filesMade.fetch_add(1, std::memory_order_relaxed);
    EmittedFiles files;
    if (errors)
        errors->clear();
    const Emitter::Parts textParts = parts & ~Emitter::Parts(Emitter::Part::Diagram);
    if (textParts)
        files = Emitter::emit(design, derived, textParts, errors);
    if (parts.testFlag(Emitter::Part::Diagram)) {
        const EmittedFiles diagram = DiagramRenderer(design, derived).exportedFiles();
        for (const EmittedFile &file : diagram) {
            // The renderer's bytes replace anything the core emitter may produce for the same path.
            files.erase(std::remove_if(files.begin(), files.end(), [&](const EmittedFile &f) { return f.path == file.path; }),
                        files.end());
            files.append(file);
        }
        std::sort(files.begin(), files.end(), [](const EmittedFile &a, const EmittedFile &b) { return a.path < b.path; });
    }
    return files;
}

EmittedFiles ExportDialog::files() const
{
    return filesFor(m_document->design(), m_document->derived(), parts());
}

QList<ExportDialog::PlanEntry> ExportDialog::planFor(const EmittedFiles &files, const QString &folder)
{
    QList<PlanEntry> plan;
    const QList<Exporter::PlanEntry> entries = Exporter::plan(files, folder);
    plan.reserve(entries.size());
    for (const Exporter::PlanEntry &e : entries) {
        const Status status = e.status == Exporter::Status::Create   ? Status::Create
                              : e.status == Exporter::Status::Change ? Status::Change
                                                                     : Status::Unchanged;
        plan.append(PlanEntry{e.path, status, e.editedByHand});
    }
    return plan;
}

QStringList ExportDialog::problems() const
{
    QStringList list;
    for (const Text &t : m_problems)
        list.append(t.translated());
    return list;
}

void ExportDialog::makeFiles()
{
    m_files = filesFor(m_document->design(), m_document->derived(), parts(), &m_problems);
    m_filesRevision = m_document->revision();
    m_filesParts = parts();
}

void ExportDialog::refreshFiles()
{
    makeFiles();
    refreshPlan();
}

void ExportDialog::refreshPlan()
{
    const QString dir = folder();
    const EmittedFiles &emitted = m_files;
    m_plan = dir.isEmpty() ? QList<PlanEntry>() : planFor(emitted, dir);

    m_planView->clear();
    int created = 0, changed = 0, unchanged = 0;
    for (const PlanEntry &entry : std::as_const(m_plan)) {
        QString action;
        switch (entry.status) {
        case Status::Create: action = tr("create"); ++created; break;
        case Status::Change:
            action = entry.editedByHand ? tr("change (edited by hand since the last export)") : tr("change");
            ++changed;
            break;
        case Status::Unchanged: action = tr("unchanged"); ++unchanged; break;
        }
        auto *item = new QTreeWidgetItem(m_planView, {entry.path, action});
        item->setData(1, Qt::UserRole, static_cast<int>(entry.status));
    }
    if (dir.isEmpty())
        m_planSummary->setText(tr("Choose a folder to see what the export will write."));
    else if (emitted.isEmpty())
        m_planSummary->setText(tr("Nothing to export: choose at least one part."));
    else
        m_planSummary->setText(tr("%1 to create, %2 to change, %3 unchanged.").arg(created).arg(changed).arg(unchanged));
    if (!m_problems.isEmpty())
        m_planSummary->setText(tr("The design cannot be exported as it is:") + QLatin1Char('\n') + problems().join(QLatin1Char('\n')));
    m_exportButton->setEnabled(!dir.isEmpty() && !emitted.isEmpty() && m_problems.isEmpty());
}

Exporter::Report ExportDialog::exportFiles()
{
    Exporter::Report report;
    const QString dir = folder();
    if (dir.isEmpty()) {
        report.errors.append(tr("No folder chosen"));
    } else if (!QDir().mkpath(dir)) {
        report.errors.append(tr("%1: could not create the folder").arg(dir));
    } else {
        // The preview's files are made when the dialog opens and again on every change of the
        // design or the parts, while the user reads the plan: the click writes them and does
        // not make them again (the diagram's painting and deflating are off its path). They are
        // made here only if they are not what the design and the parts give now.
        if (m_filesRevision != m_document->revision() || m_filesParts != parts())
            makeFiles();
        if (!m_problems.isEmpty()) {
            report.errors = problems();
            m_result->setText(tr("Export refused: nothing was written.") + QLatin1Char('\n') + report.errors.join(QLatin1Char('\n')));
            refreshPlan();
            return report;
        }
        QStringList edited;
        for (const PlanEntry &entry : planFor(m_files, dir)) {
            if (entry.editedByHand)
                edited.append(entry.path);
        }
        HandEditsAnswer answer = edited.isEmpty() ? HandEditsAnswer::Overwrite : m_handEditsAnswer;
        if (answer == HandEditsAnswer::Ask) {
            QMessageBox box(QMessageBox::Warning, tr("Files Edited by Hand"),
                            tr("%n generated file(s) changed on disk since the last export:", nullptr, int(edited.size()))
                                + QLatin1Char('\n') + edited.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                                + tr("Overwrite them with the design's version, or keep them as they are?"),
                            QMessageBox::Cancel, this);
            QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
            QPushButton *keep = box.addButton(tr("&Keep Them"), QMessageBox::AcceptRole);
            box.setDefaultButton(keep);
            box.exec();
            answer = box.clickedButton() == overwrite ? HandEditsAnswer::Overwrite
                     : box.clickedButton() == keep    ? HandEditsAnswer::Keep
                                                      : HandEditsAnswer::Cancel;
        }
        if (answer == HandEditsAnswer::Cancel) {
            m_result->setText(tr("Export cancelled: nothing was written."));
            return report;
        }
        report = Exporter::write(m_files, dir,
                                 answer == HandEditsAnswer::Keep ? Exporter::HandEdits::Keep : Exporter::HandEdits::Overwrite);
    }

    QString text = tr("Export to %1: %2 created, %3 changed, %4 unchanged.")
                       .arg(QDir::toNativeSeparators(dir))
                       .arg(report.written.size())
                       .arg(report.changed.size())
                       .arg(report.unchanged.size());
    if (!report.kept.isEmpty())
        text += QLatin1Char('\n') + tr("Kept as edited by hand: %1").arg(report.kept.join(QStringLiteral(", ")));
    if (!report.ok())
        text += QLatin1Char('\n') + tr("Errors:") + QLatin1Char('\n') + report.errors.join(QLatin1Char('\n'));
    m_result->setText(text);
    refreshPlan();
    return report;
}

QString ExportDialog::summary() const
{
    return m_result->text();
}

void ExportDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export To Folder"), folder());
    if (!dir.isEmpty())
        setFolder(dir);
}

void ExportDialog::run(MainWindow *window)
{
    ExportDialog dialog(window->document(), window);
    dialog.exec();
}

} // namespace Infra
