#include "comparedialog.h"

#include "canvascontroller.h"
#include "canvaswidget.h"
#include "compare/gitrevision.h"
#include "document.h"
#include "io/designreader.h"
#include "mainwindow.h"
#include "panels/localmoney.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Infra {

namespace {

constexpr int ComponentIdRole = Qt::UserRole + 1;

QString statusText(DesignDiff::Status status)
{
    switch (status) {
    case DesignDiff::Status::Added:
        return CompareDialog::tr("added");
    case DesignDiff::Status::Removed:
        return CompareDialog::tr("removed");
    case DesignDiff::Status::Changed:
        break;
    }
    return CompareDialog::tr("changed");
}

QColor statusColor(DesignDiff::Status status)
{
    switch (status) {
    case DesignDiff::Status::Added:
        return QColor(0x1a, 0x7f, 0x37);
    case DesignDiff::Status::Removed:
        return QColor(0xcf, 0x22, 0x2e);
    case DesignDiff::Status::Changed:
        break;
    }
    return QColor(0x9a, 0x67, 0x00);
}

QString orUnset(const QString &value)
{
    return value.isEmpty() ? CompareDialog::tr("(unset)") : value;
}

QString signedMoney(double usd)
{
    const double cents = std::round(usd * 100) / 100;
    if (cents == 0)
        return localDollars(0);
    return (cents > 0 ? QStringLiteral("+") : QStringLiteral("−")) + localDollars(std::abs(cents));
}

} // namespace

CompareDialog::CompareDialog(const Design &before, const QString &beforeLabel, const Design &after, const QString &afterLabel,
                             QWidget *parent)
    : QDialog(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Designs"));
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_diff = DesignDiff::compare(before, after);
        QApplication::restoreOverrideCursor();
    }
    m_diff.beforeLabel = beforeLabel;
    m_diff.afterLabel = afterLabel;

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("compareChanges"));
    m_tree->setHeaderLabels({tr("Change"), tr("Before"), tr("After")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tabs->addTab(m_tree, tr("Changes"));

    m_cost = new QTableWidget(this);
    m_cost->setObjectName(QStringLiteral("compareCost"));
    m_cost->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cost->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cost->verticalHeader()->hide();
    m_tabs->addTab(m_cost, tr("Cost"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_files = new QListWidget(split);
    m_files->setObjectName(QStringLiteral("compareFiles"));
    m_patch = new QPlainTextEdit(split);
    m_patch->setObjectName(QStringLiteral("comparePatch"));
    m_patch->setReadOnly(true);
    m_patch->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_patch->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->setStretchFactor(1, 3);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_patch->document());
    m_highlighter->setDefinition(m_repository->definitionForName(QStringLiteral("Diff")));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(m_repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                            : KSyntaxHighlighting::Repository::LightTheme));
    m_tabs->addTab(split, tr("Emitted Files"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_files, &QListWidget::currentRowChanged, this, &CompareDialog::showFile);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, ComponentIdRole).toString().isEmpty())
            Q_EMIT componentActivated(item->data(0, ComponentIdRole).toString());
    });

    m_summary->setText(summaryText());
    populateChanges();
    populateCost();
    populateFiles();
    resize(960, 640);
}

CompareDialog::~CompareDialog() = default;

QString CompareDialog::summaryText() const
{
    if (m_diff.isEmpty())
        return tr("%1 → %2: no differences.").arg(m_diff.beforeLabel, m_diff.afterLabel);
    const double desired = m_diff.totalAfter[1] - m_diff.totalBefore[1];
    const double maximum = m_diff.totalAfter[2] - m_diff.totalBefore[2];
    return tr("%1 → %2: %n change(s). Monthly cost at desired scale %3 → %4 (%5), at maximum %6 → %7 (%8).", nullptr,
              m_diff.changeCount())
        .arg(m_diff.beforeLabel, m_diff.afterLabel, localDollars(m_diff.totalBefore[1]), localDollars(m_diff.totalAfter[1]),
             signedMoney(desired), localDollars(m_diff.totalBefore[2]), localDollars(m_diff.totalAfter[2]), signedMoney(maximum));
}

void CompareDialog::populateChanges()
{
    auto section = [this](const QString &title, int count) {
        auto *item = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        return item;
    };
    auto leaf = [](QTreeWidgetItem *parent, const QString &text, DesignDiff::Status status, const QString &before = {},
                   const QString &after = {}) {
        auto *item = new QTreeWidgetItem(parent, {text, before, after});
        item->setForeground(0, statusColor(status));
        item->setToolTip(0, text);
        return item;
    };

    if (m_diff.isEmpty()) {
        new QTreeWidgetItem(m_tree, {tr("No differences")});
        return;
    }
    if (!m_diff.settings.empty()) {
        QTreeWidgetItem *s = section(tr("Design settings"), int(m_diff.settings.size()));
        for (const auto &v : m_diff.settings)
            leaf(s, v.key, DesignDiff::Status::Changed, orUnset(v.before), orUnset(v.after));
    }
    if (!m_diff.components.empty()) {
        QTreeWidgetItem *s = section(tr("Components"), int(m_diff.components.size()));
        for (const auto &c : m_diff.components) {
            QTreeWidgetItem *item = leaf(s, QStringLiteral("%1 (%2, %3) — %4").arg(c.name, c.id, c.kind, statusText(c.status)), c.status);
            if (c.status != DesignDiff::Status::Removed)
                item->setData(0, ComponentIdRole, c.id);
            for (const auto &v : c.values)
                leaf(item, v.key, DesignDiff::Status::Changed, orUnset(v.before), orUnset(v.after))
                    ->setData(0, ComponentIdRole, c.status != DesignDiff::Status::Removed ? c.id : QString());
            item->setExpanded(true);
        }
    }
    auto facts = [&](const QString &title, const std::vector<DesignDiff::FactChange> &list) {
        if (list.empty())
            return;
        QTreeWidgetItem *s = section(title, int(list.size()));
        for (const auto &f : list)
            leaf(s, (f.status == DesignDiff::Status::Added ? QStringLiteral("+ ") : QStringLiteral("− ")) + f.text, f.status);
    };
    facts(tr("Links"), m_diff.links);
    facts(tr("Celery routes"), m_diff.routes);
    if (m_diff.routesReordered)
        leaf(section(tr("Celery routes"), 1), tr("The same routes in another order (the first match wins)"), DesignDiff::Status::Changed);
    facts(tr("Connections"), m_diff.connections);
    facts(tr("Security-group rules"), m_diff.securityRules);
    facts(tr("Findings"), m_diff.findings);
    if (!m_diff.review.empty()) {
        QTreeWidgetItem *s = section(tr("Review"), int(m_diff.review.size()));
        for (const auto &r : m_diff.review)
            leaf(s, r.title, DesignDiff::Status::Changed, orUnset(r.before), orUnset(r.after));
    }
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
}

void CompareDialog::populateCost()
{
    const QStringList headers{tr("Component"), tr("Line"), tr("Desired before"), tr("Desired after"), tr("Change"),
                              tr("Change at maximum")};
    m_cost->setColumnCount(int(headers.size()));
    m_cost->setHorizontalHeaderLabels(headers);
    m_cost->setRowCount(int(m_diff.cost.size()) + 1);
    int row = 0;
    auto cell = [this](int r, int c, const QString &text, bool number) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(text);
        m_cost->setItem(r, c, item);
        return item;
    };
    for (const auto &c : m_diff.cost) {
        cell(row, 0, c.componentName, false)->setForeground(statusColor(c.status));
        cell(row, 1, c.label, false);
        cell(row, 2, localDollars(c.before[1]), true);
        cell(row, 3, localDollars(c.after[1]), true);
        cell(row, 4, signedMoney(c.delta(1)), true);
        cell(row, 5, signedMoney(c.delta(2)), true);
        ++row;
    }
    QTableWidgetItem *total = cell(row, 0, tr("Total"), false);
    QFont bold = total->font();
    bold.setBold(true);
    total->setFont(bold);
    cell(row, 2, localDollars(m_diff.totalBefore[1]), true)->setFont(bold);
    cell(row, 3, localDollars(m_diff.totalAfter[1]), true)->setFont(bold);
    cell(row, 4, signedMoney(m_diff.totalAfter[1] - m_diff.totalBefore[1]), true)->setFont(bold);
    cell(row, 5, signedMoney(m_diff.totalAfter[2] - m_diff.totalBefore[2]), true)->setFont(bold);
    m_cost->resizeColumnsToContents();
    m_cost->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void CompareDialog::populateFiles()
{
    for (const auto &f : m_diff.files) {
        QString text = QStringLiteral("%1  %2").arg(f.status == DesignDiff::Status::Added     ? QStringLiteral("+")
                                                    : f.status == DesignDiff::Status::Removed ? QStringLiteral("−")
                                                                                              : QStringLiteral("~"),
                                                    f.path);
        if (f.linesAdded || f.linesRemoved)
            text += QStringLiteral("  (+%1 −%2)").arg(f.linesAdded).arg(f.linesRemoved);
        auto *item = new QListWidgetItem(text, m_files);
        item->setForeground(statusColor(f.status));
    }
    if (!m_diff.filesError.isEmpty())
        m_patch->setPlainText(tr("No line differences: %1").arg(m_diff.filesError));
    else if (m_diff.files.empty())
        m_patch->setPlainText(tr("The emitted files are the same."));
    else
        m_files->setCurrentRow(0);
}

void CompareDialog::showFile(int row)
{
    if (row < 0 || row >= int(m_diff.files.size()))
        return;
    const auto &f = m_diff.files[size_t(row)];
    m_patch->setPlainText(f.patch.isEmpty() ? tr("%1 is %2 (binary, or no line differences).").arg(f.path, statusText(f.status)) : f.patch);
}

CompareDialog *CompareDialog::show(MainWindow *window, const Design &before, const QString &beforeLabel)
{
    Document *doc = window->document();
    const QString afterLabel = doc->fileName().isEmpty() ? tr("the open design")
                                                         : tr("%1 (open)").arg(QFileInfo(doc->fileName()).fileName());
    auto *dialog = new CompareDialog(before, beforeLabel, doc->design(), afterLabel, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::componentActivated, doc, [doc](const QString &id) {
        if (doc->design().component(id))
            doc->setSelectedIds({id});
    });
    // The canvas overlay: added and changed components (moves included) are outlined while the
    // comparison is open; removed ones exist only in the other version and are listed here.
    QHash<QString, QString> marks;
    for (const auto &c : dialog->diff().components) {
        if (c.status != DesignDiff::Status::Removed)
            marks.insert(c.id, c.status == DesignDiff::Status::Added ? QStringLiteral("added") : QStringLiteral("changed"));
    }
    QPointer<CanvasController> controller = window->canvas()->controller();
    controller->setCompareMarks(marks);
    connect(dialog, &QObject::destroyed, controller, [controller] {
        if (controller)
            controller->setCompareMarks({});
    });
    dialog->QDialog::show();
    return dialog;
}

CompareDialog *CompareDialog::compareWithFile(MainWindow *window, const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString dir = window->document()->fileName().isEmpty() ? QString() : QFileInfo(window->document()->fileName()).absolutePath();
        path = QFileDialog::getOpenFileName(window, tr("Compare with Design"), dir, tr("Infra Studio designs (*.infra.yaml *.yaml)"));
        if (path.isEmpty())
            return nullptr;
    }
    const DesignReader::Result read = DesignReader::readFile(path);
    if (!read.ok()) {
        QMessageBox::warning(window, tr("Compare with File"), read.displayErrorStrings().mid(0, 10).join(QLatin1Char('\n')));
        return nullptr;
    }
    return show(window, *read.design, QFileInfo(path).fileName());
}

CompareDialog *CompareDialog::compareWithRevision(MainWindow *window, const QString &givenRevision)
{
    const QString file = window->document()->fileName();
    if (file.isEmpty()) {
        QMessageBox::information(window, tr("Compare with Git Revision"),
                                 tr("Save the design first: a git revision is looked up for the design's file."));
        return nullptr;
    }
    QString revision = givenRevision;
    if (revision.isEmpty()) {
        bool ok = false;
        revision = QInputDialog::getText(window, tr("Compare with Git Revision"),
                                         tr("Revision (a branch, tag, commit, or HEAD~1):"), QLineEdit::Normal, QStringLiteral("HEAD"), &ok);
        if (!ok || revision.trimmed().isEmpty())
            return nullptr;
        revision = revision.trimmed();
    }
    QString error;
    const std::optional<QByteArray> bytes = readGitRevision(file, revision, &error);
    if (!bytes) {
        QMessageBox::warning(window, tr("Compare with Git Revision"), error);
        return nullptr;
    }
    const QString label = gitRevisionLabel(QFileInfo(file).fileName(), revision);
    const DesignReader::Result read = DesignReader::readData(*bytes, label);
    if (!read.ok()) {
        QMessageBox::warning(window, tr("Compare with Git Revision"), read.displayErrorStrings().mid(0, 10).join(QLatin1Char('\n')));
        return nullptr;
    }
    return show(window, *read.design, label);
}

} // namespace Infra
