#include "previewpanel.h"

#include "accessibletext.h"
#include "document.h"
#include "emittedfilesmodel.h"

#include "emit/emitter.h"
#include "emit/terraformcontext.h"
#include "io/atomicfile.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Infra {

namespace {
// The parts shown: the diagram is an image, not text.
constexpr Emitter::Parts previewParts = Emitter::Parts(Emitter::Part::Terraform) | Emitter::Part::Docs | Emitter::Part::Config;
} // namespace

PreviewPanel::PreviewPanel(Document *document, QWidget *parent, const QString &startPath)
    : QWidget(parent)
    , m_document(document)
    , m_model(new EmittedFilesModel(this))
    , m_tree(new QTreeView(this))
    , m_editor(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
{
    applyTheme();

    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(12);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setObjectName(QStringLiteral("previewEditor"));

    setAccessibleText(m_tree, tr("Emitted files"), tr("The Terraform, document and configuration files the design produces"));
    setAccessibleText(m_editor, tr("File preview"),
                      tr("The selected emitted file, read-only; lines changed by the last edit are marked"));

    auto *copy = new QPushButton(tr("Copy"), this);
    auto *save = new QPushButton(tr("Save As…"), this);
    copy->setToolTip(tr("Copy the shown file to the clipboard"));
    save->setToolTip(tr("Save the shown file under a name of your choice"));
    setAccessibleText(copy, tr("Copy file"), copy->toolTip());
    setAccessibleText(save, tr("Save file as"), save->toolTip());
    connect(copy, &QPushButton::clicked, this, &PreviewPanel::copyAll);
    connect(save, &QPushButton::clicked, this, &PreviewPanel::saveAs);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_editor);
    // The tree keeps the width of its file names; the text takes what the dock adds.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({165, 300});
    splitter->setChildrenCollapsible(false);
    m_tree->setMinimumWidth(90);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(save);
    m_problems->setObjectName(QStringLiteral("previewProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_problems);
    layout->addWidget(splitter);
    layout->addLayout(buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(15);
    connect(m_debounce, &QTimer::timeout, this, &PreviewPanel::refresh);
    connect(document, &Document::changed, this, [this](const DesignChange &change) {
        using K = DesignChange::Kind;
        if (change.kind == K::Reset || change.kind == K::ComponentsAdded || change.kind == K::ComponentsRemoved
            || change.kind == K::ComponentRenamed || change.kind == K::LinksChanged)
            m_structural = true;
        if (change.kind != K::ComponentsMoved)
            m_debounce->start();
    });
    connect(document, &Document::selectionChanged, this, &PreviewPanel::onSelectionChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString path = current.data(EmittedFilesModel::PathRole).toString();
        if (m_model->file(path))
            showFile(path);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        const QModelIndex index = m_model->indexOf(m_path);
        if (index.isValid())
            m_tree->setCurrentIndex(index);
    });
    m_startPath = startPath;
    refresh();
    // Built after the design was opened (MainWindow::PanelStart::AfterFirstFrame): the
    // selected component's block, as if the panel had been there when it was selected.
    onSelectionChanged();
}

PreviewPanel::~PreviewPanel() = default;

QString PreviewPanel::definitionName(const QString &language)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("terraform"), QStringLiteral("Terraform")}, {QStringLiteral("markdown"), QStringLiteral("Markdown")},
        {QStringLiteral("yaml"), QStringLiteral("YAML")},           {QStringLiteral("ini"), QStringLiteral("INI Files")},
        {QStringLiteral("python"), QStringLiteral("Python")},
    };
    return names.value(language);
}

void PreviewPanel::refresh()
{
    m_debounce->stop();
    bool updated = false;
    if (!m_structural && !m_path.isEmpty()) {
        const QString prefix = m_path.section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
        const Emitter::Part part = prefix == QLatin1String("terraform/") ? Emitter::Part::Terraform
                                   : prefix == QLatin1String("config/")  ? Emitter::Part::Config
                                                                         : Emitter::Part::Docs;
        QList<Text> problems;
        updated = m_model->updateContents(prefix, Emitter::emit(m_document->design(), m_document->derived(), part, &problems));
        m_stale = m_stale || updated;
        if (updated && part == Emitter::Part::Terraform)
            showProblems(problems);
    }
    if (!updated) {
        QList<Text> problems;
        m_model->setFiles(Emitter::emit(m_document->design(), m_document->derived(), previewParts, &problems));
        showProblems(problems);
        m_structural = false;
        m_stale = false;
    }
    if (m_path.isEmpty() || !m_model->file(m_path)) {
        // Start with the file asked for, else the first Terraform file, else the first file.
        const EmittedFile *start = m_path.isEmpty() ? m_model->file(m_startPath) : nullptr;
        for (const EmittedFile &f : m_model->files()) {
            if (!start && f.path.startsWith(QLatin1String("terraform/")))
                start = &f;
        }
        if (!start && !m_model->files().isEmpty())
            start = &m_model->files().front();
        if (start)
            showFile(start->path);
        return;
    }
    updateText(QString::fromUtf8(m_model->file(m_path)->content), true);
}

void PreviewPanel::showProblems(const QList<Text> &problems)
{
    m_problemLines.clear();
    for (const Text &t : problems)
        m_problemLines.append(t.translated());
    m_problems->setText(m_problemLines.isEmpty() ? QString()
                                                 : tr("This Terraform cannot be applied; the export refuses it:") + QLatin1Char('\n')
                                                       + m_problemLines.join(QLatin1Char('\n')));
    m_problems->setVisible(!m_problemLines.isEmpty());
}

void PreviewPanel::showFile(const QString &path)
{
    const EmittedFile *file = m_model->file(path);
    if (!file)
        return;
    const bool changed = path != m_path;
    if (changed && m_stale) {
        // Other parts were not re-emitted since the last change.
        m_stale = false;
        QList<Text> problems;
        m_model->setFiles(Emitter::emit(m_document->design(), m_document->derived(), previewParts, &problems));
        showProblems(problems);
        file = m_model->file(path);
        if (!file)
            return;
    }
    m_path = path;
    if (changed) {
        m_language = file->language;
        m_highlighter->setDefinition(m_repository.definitionForName(definitionName(m_language)));
        m_editor->setPlainText(QString::fromUtf8(file->content));
        m_changedLines.clear();
        m_editor->setExtraSelections({});
        const QModelIndex index = m_model->indexOf(path);
        if (index.isValid() && m_tree->currentIndex() != index)
            m_tree->setCurrentIndex(index);
    }
}

void PreviewPanel::updateText(const QString &text, bool markChanges)
{
    QTextDocument *doc = m_editor->document();
    const QString old = doc->toPlainText();
    if (old == text) {
        if (markChanges && !m_changedLines.isEmpty()) {
            m_changedLines.clear();
            m_editor->setExtraSelections({});
        }
        return;
    }
    const QStringList a = old.split(QLatin1Char('\n'));
    const QStringList b = text.split(QLatin1Char('\n'));
    // Common head and tail: only the lines between them are replaced, so the highlighter
    // redoes little and the view does not jump.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;

    QScrollBar *v = m_editor->verticalScrollBar();
    QScrollBar *h = m_editor->horizontalScrollBar();
    const int vPos = v->value();
    const int hPos = h->value();

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    const QTextBlock first = doc->findBlockByNumber(int(head));
    const qsizetype oldEnd = a.size() - tail; // exclusive
    cursor.setPosition(first.position());
    if (oldEnd > head) {
        const QTextBlock last = doc->findBlockByNumber(int(oldEnd - 1));
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    }
    QStringList middle = b.mid(head, b.size() - tail - head);
    QString insert = middle.join(QLatin1Char('\n'));
    if (oldEnd == head && !middle.isEmpty()) {
        // Pure insertion before line `head`.
        insert += QLatin1Char('\n');
    } else if (oldEnd > head && middle.isEmpty()) {
        // Pure removal: take the line break too.
        if (oldEnd < a.size())
            cursor.setPosition(cursor.position() + 1, QTextCursor::KeepAnchor);
        else if (head > 0) {
            const int end = cursor.position();
            cursor.setPosition(first.position() - 1);
            cursor.setPosition(end, QTextCursor::KeepAnchor);
        }
    }
    cursor.insertText(insert);
    cursor.endEditBlock();
    v->setValue(vPos);
    h->setValue(hPos);

    if (!markChanges)
        return;
    m_changedLines.clear();
    QList<QTextEdit::ExtraSelection> selections;
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(60);
    for (qsizetype line = head; line < b.size() - tail; ++line) {
        m_changedLines << int(line);
        QTextEdit::ExtraSelection sel;
        sel.format.setBackground(tint);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.cursor = QTextCursor(doc->findBlockByNumber(int(line)));
        selections << sel;
    }
    m_editor->setExtraSelections(selections);
}

void PreviewPanel::onSelectionChanged()
{
    const QStringList ids = m_document->selectedIds();
    if (ids.size() == 1)
        jumpToComponent(ids.first());
}

bool PreviewPanel::jumpToComponent(const QString &id)
{
    if (m_debounce->isActive())
        refresh();
    // The component's main resource (its ECS service, DB instance, … named after it), else
    // any resource named after it ("db" subnet group), else one whose name starts with it.
    static const QString mainTypes = QStringLiteral(
        "aws_ecs_service|aws_db_instance|aws_elasticache_replication_group|aws_cloudfront_distribution|aws_lb|"
        "aws_s3_bucket|aws_ecr_repository|aws_secretsmanager_secret|aws_sqs_queue");
    const QString name = QRegularExpression::escape(TerraformContext::tfName(id));
    const QString patterns[] = {
        QStringLiteral("^resource \"(") + mainTypes + QStringLiteral(")\" \"") + name + QLatin1Char('"'),
        QStringLiteral("^(resource|module|data) \"[^\"]+\" \"") + name + QLatin1Char('"'),
        QStringLiteral("^(resource|module|data) \"[^\"]+\" \"") + name + QLatin1Char('_'),
    };
    for (const QString &pattern : patterns) {
        const QRegularExpression block(pattern, QRegularExpression::MultilineOption);
        for (const EmittedFile &f : m_model->files()) {
            if (f.language != QLatin1String("terraform"))
                continue;
            const QString text = QString::fromUtf8(f.content);
            const QRegularExpressionMatch match = block.match(text);
            if (!match.hasMatch())
                continue;
            showFile(f.path);
            const int line = int(text.left(match.capturedStart()).count(QLatin1Char('\n')));
            m_editor->setTextCursor(QTextCursor(m_editor->document()->findBlockByNumber(line)));
            // Scroll to the end first so that the block ends up at the top of the view.
            m_editor->verticalScrollBar()->setValue(m_editor->verticalScrollBar()->maximum());
            m_editor->ensureCursorVisible();
            return true;
        }
    }
    return false;
}

void PreviewPanel::copyAll()
{
    QApplication::clipboard()->setText(m_editor->toPlainText());
}

void PreviewPanel::saveAs()
{
    const EmittedFile *file = m_model->file(m_path);
    if (!file)
        return;
    const QString name = m_path.section(QLatin1Char('/'), -1);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Preview As"), name);
    if (path.isEmpty())
        return;
    QString reason;
    if (!AtomicFile::write(path, file->content, &reason))
        QMessageBox::warning(this, tr("Save As"), tr("Could not write %1: %2").arg(path, reason));
}

void PreviewPanel::applyTheme()
{
    // The highlighting theme matches the light or dark palette of the application.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
}

void PreviewPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        m_highlighter->rehighlight();
    }
}

} // namespace Infra
