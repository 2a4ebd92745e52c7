#include "discoverydialog.h"

#include "documentmanager.h"
#include "io/designwriter.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Infra {

namespace {

enum Column { FactColumn, ValueColumn, EvidenceColumn, ConfidenceColumn };
constexpr int FileRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;

QString valueText(const DiscoveredFact &f)
{
    if (!f.isEnvironmentDependent())
        return f.value;
    const QString def = f.hasEnvDefault ? QCoreApplication::translate("Infra::DiscoveryDialog", "default %1").arg(f.envDefault)
                                        : QCoreApplication::translate("Infra::DiscoveryDialog", "no default");
    return (f.value.isEmpty() ? QString() : f.value + QLatin1Char(' ')) + QStringLiteral("($%1, %2)").arg(f.envVar, def);
}

// The section of the tree a fact belongs to ("celery.broker" → Celery).
QString sectionOf(const QString &key)
{
    const QString head = key.section(QLatin1Char('.'), 0, 0);
    if (head == QLatin1String("dependency") || head == QLatin1String("django"))
        return QCoreApplication::translate("Infra::DiscoveryDialog", "Project and dependencies");
    if (head == QLatin1String("settings") || head == QLatin1String("database") || head == QLatin1String("cache")
        || head == QLatin1String("sessions") || head == QLatin1String("storage") || head == QLatin1String("channels"))
        return QCoreApplication::translate("Infra::DiscoveryDialog", "Settings");
    if (head == QLatin1String("celery"))
        return QCoreApplication::translate("Infra::DiscoveryDialog", "Celery");
    if (head == QLatin1String("terraform"))
        return QCoreApplication::translate("Infra::DiscoveryDialog", "Existing infrastructure");
    return QCoreApplication::translate("Infra::DiscoveryDialog", "Processes and deployment");
}

QTreeWidgetItem *evidenceItem(QTreeWidgetItem *parent, const QStringList &texts, const QString &file, int line)
{
    auto *item = new QTreeWidgetItem(parent, texts);
    item->setData(EvidenceColumn, FileRole, file);
    item->setData(EvidenceColumn, LineRole, line);
    item->setToolTip(EvidenceColumn, DiscoveryDialog::tr("Click to show %1 at line %2").arg(file).arg(line));
    QFont f = item->font(EvidenceColumn);
    f.setUnderline(true);
    item->setFont(EvidenceColumn, f);
    item->setForeground(EvidenceColumn, QApplication::palette().link());
    return item;
}

} // namespace

DiscoveryDialog::DiscoveryDialog(const QString &repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
{
    setWindowTitle(tr("New from Django Project"));
    setObjectName(QStringLiteral("discoveryDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Django project:"), this));
    m_project = new QComboBox(this);
    m_project->setObjectName(QStringLiteral("projectCombo"));
    options->addWidget(m_project, 1);
    m_acceptPostgres = new QCheckBox(tr("Propose PostgreSQL when the project uses another database"), this);
    m_acceptPostgres->setObjectName(QStringLiteral("acceptPostgres"));
    options->addWidget(m_acceptPostgres);
    layout->addLayout(options);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("factTree"));
    m_tree->setHeaderLabels({tr("Fact"), tr("Value"), tr("Evidence"), tr("Confidence")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    auto *viewBox = new QWidget(splitter);
    auto *viewLayout = new QVBoxLayout(viewBox);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    m_viewTitle = new QLabel(tr("Click an evidence to see the file."), viewBox);
    viewLayout->addWidget(m_viewTitle);
    m_view = new QPlainTextEdit(viewBox);
    m_view->setObjectName(QStringLiteral("evidenceView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewLayout->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *create = buttons->addButton(tr("Create Design…"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createDesign"));
    create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int) { itemActivated(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) { itemActivated(item); });
    connect(m_acceptPostgres, &QCheckBox::toggled, this, [this](bool on) { setAcceptPostgres(on); });
    connect(m_project, &QComboBox::activated, this, [this](int) {
        m_options.project = m_project->currentText();
        rediscover();
    });
    resize(1200, 720);
    rediscover();
}

void DiscoveryDialog::setAcceptPostgres(bool accept)
{
    if (m_options.acceptPostgres == accept)
        return;
    m_options.acceptPostgres = accept;
    m_acceptPostgres->setChecked(accept);
    rediscover();
}

void DiscoveryDialog::rediscover()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_result = Discoverer::discover(m_repository, m_options);
    QApplication::restoreOverrideCursor();
    populate();
}

void DiscoveryDialog::populate()
{
    m_project->clear();
    m_project->addItems(m_result.projects);
    m_project->setCurrentText(m_result.project);
    m_project->setEnabled(m_result.projects.size() > 1);
    m_summary->setText(tr("<b>%1</b><br>Read without running any of its code: %2 files listed, %3 read. "
                          "%4 facts, %5 not found, %6 conflicts, %7 files not read.")
                           .arg(m_result.root.toHtmlEscaped())
                           .arg(m_result.filesSeen)
                           .arg(m_result.filesRead)
                           .arg(m_result.facts.size())
                           .arg(m_result.notFound.size())
                           .arg(m_result.conflicts.size())
                           .arg(m_result.skipped.size()));
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> sections;
    auto section = [&](const QString &name) {
        QTreeWidgetItem *&s = sections[name];
        if (!s) {
            s = new QTreeWidgetItem(m_tree, {name});
            QFont f = s->font(0);
            f.setBold(true);
            s->setFont(0, f);
            s->setFirstColumnSpanned(true);
        }
        return s;
    };
    for (const QString &name : {sectionOf(QStringLiteral("django")), sectionOf(QStringLiteral("settings")),
                                sectionOf(QStringLiteral("celery")), sectionOf(QStringLiteral("process")),
                                sectionOf(QStringLiteral("terraform"))})
        section(name);
    for (const DiscoveredFact &f : m_result.facts) {
        QTreeWidgetItem *item = evidenceItem(section(sectionOf(f.key)),
                                             {factDescription(f.key), valueText(f), f.evidence(), confidenceName(f.confidence)},
                                             f.file, f.line);
        QString tip = f.key;
        if (!f.note.isEmpty())
            tip += QStringLiteral("\n") + f.note;
        item->setToolTip(FactColumn, tip);
        item->setToolTip(ValueColumn, valueText(f) + (f.note.isEmpty() ? QString() : QStringLiteral("\n") + f.note));
    }
    QTreeWidgetItem *missing = section(tr("Not found"));
    for (const QString &key : m_result.notFound)
        new QTreeWidgetItem(missing, {factDescription(key), tr("not found")});
    QTreeWidgetItem *conflicts = section(tr("Conflicts"));
    for (const DiscoveryConflict &c : m_result.conflicts) {
        auto *item = new QTreeWidgetItem(conflicts, {c.subject, c.note});
        evidenceItem(item, {tr("one source"), valueText(c.first), c.first.evidence()}, c.first.file, c.first.line);
        evidenceItem(item, {tr("other source"), valueText(c.second), c.second.evidence()}, c.second.file, c.second.line);
        item->setExpanded(true);
    }
    QTreeWidgetItem *design = section(tr("Proposed design"));
    for (const QString &d : m_result.decisions) {
        auto *item = new QTreeWidgetItem(design, {d});
        item->setFirstColumnSpanned(true);
    }
    if (!m_result.skipped.empty()) {
        QTreeWidgetItem *skipped = section(tr("Not read"));
        for (const SkippedFile &s : m_result.skipped)
            new QTreeWidgetItem(skipped, {s.file, s.reason});
    }
    for (QTreeWidgetItem *s : std::as_const(sections))
        s->setExpanded(true);
    m_tree->resizeColumnToContents(FactColumn);
    m_tree->setColumnWidth(FactColumn, qMin(m_tree->columnWidth(FactColumn), 260));
    m_tree->resizeColumnToContents(EvidenceColumn);
}

void DiscoveryDialog::itemActivated(QTreeWidgetItem *item)
{
    const QString file = item->data(EvidenceColumn, FileRole).toString();
    if (!file.isEmpty())
        showEvidence(file, item->data(EvidenceColumn, LineRole).toInt());
}

void DiscoveryDialog::showEvidence(const QString &file, int line)
{
    m_evidenceFile = file;
    m_evidenceLine = line;
    m_viewTitle->setText(QStringLiteral("%1:%2").arg(file).arg(line));
    QFile f(QDir(m_repository).filePath(file));
    // the same bound as discovery: never load a huge file into the viewer
    if (f.size() > (1 << 20) || !f.open(QIODevice::ReadOnly)) {
        m_view->setPlainText(tr("(%1 cannot be shown)").arg(file));
        return;
    }
    m_view->setPlainText(QString::fromUtf8(f.readAll()));
    const QTextBlock block = m_view->document()->findBlockByNumber(qMax(0, line - 1));
    QTextCursor cursor(block);
    m_view->setTextCursor(cursor);
    QTextEdit::ExtraSelection highlight;
    highlight.format.setBackground(QApplication::palette().highlight());
    highlight.format.setForeground(QApplication::palette().highlightedText());
    highlight.format.setProperty(QTextFormat::FullWidthSelection, true);
    highlight.cursor = cursor;
    m_view->setExtraSelections({highlight});
    m_view->centerCursor();
}

bool DiscoveryDialog::writeDesign(const QString &path, QString *error) const
{
    if (!m_result.design) {
        if (error)
            *error = tr("No design was proposed.");
        return false;
    }
    return DesignWriter::writeFile(*m_result.design, path, error) && Discoverer::writeReports(m_result, path, error);
}

void DiscoveryDialog::run(MainWindow *window)
{
    DocumentManager *docs = window->documents();
    if (!docs->maybeSave())
        return;
    const QString folder = QFileDialog::getExistingDirectory(window, tr("Django Project Folder"),
                                                             QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (folder.isEmpty())
        return;
    DiscoveryDialog dialog(folder, window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // saved outside the repository by default: discovery never writes into what it reads
    const QString name = QFileInfo(folder).fileName();
    const QString suggestion = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                   .filePath(name + QStringLiteral(".infra.yaml"));
    const QString path = QFileDialog::getSaveFileName(window, tr("Save the Proposed Design"), suggestion,
                                                      DocumentManager::fileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!dialog.writeDesign(path, &error)) {
        QMessageBox::warning(window, tr("New from Django Project"), error);
        return;
    }
    docs->openFile(path);
}

} // namespace Infra
