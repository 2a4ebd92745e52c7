#include "documentmanager.h"

#include "document.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace Infra {

namespace {
const QLatin1String kRecentKey("recentFiles");
constexpr int kMaxRecent = 10;
} // namespace

DocumentManager::DocumentManager(Document *document, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_window(window)
{
}

QString DocumentManager::fileFilter()
{
    return tr("Infra Studio designs (*.infra.yaml *.yaml *.yml);;All files (*)");
}

bool DocumentManager::maybeSave()
{
    if (!m_document->isModified())
        return true;
    Answer answer = m_answer;
    if (answer == Answer::Ask) {
        const auto button = QMessageBox::warning(
            m_window, tr("Unsaved Changes"),
            tr("“%1” has unsaved changes. Save them before continuing?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        answer = button == QMessageBox::Save ? Answer::Save : button == QMessageBox::Discard ? Answer::Discard : Answer::Cancel;
    }
    switch (answer) {
    case Answer::Save: return save();
    case Answer::Discard: return true;
    default: return false;
    }
}

bool DocumentManager::newDocument()
{
    if (!maybeSave())
        return false;
    m_document->reset(Design());
    return true;
}

bool DocumentManager::open()
{
    if (!maybeSave())
        return false;
    const QString dir = m_document->fileName().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         : QFileInfo(m_document->fileName()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Design"), dir, fileFilter());
    if (path.isEmpty())
        return false;
    return openFile(path);
}

bool DocumentManager::openFile(const QString &path)
{
    return openFile(Document::read(path));
}

bool DocumentManager::openFile(Document::Opened opened)
{
    const QString path = opened.path;
    QStringList errors;
    if (!m_document->load(std::move(opened), &errors)) {
        m_lastErrors = errors;
        showLoadErrors(path, errors);
        return false;
    }
    m_lastErrors.clear();
    addRecentFile(m_document->fileName());
    return true;
}

bool DocumentManager::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->fileName(), &error)) {
        if (!m_quiet)
            QMessageBox::critical(m_window, tr("Save Failed"), error);
        return false;
    }
    addRecentFile(m_document->fileName());
    Q_EMIT saved(m_document->fileName());
    return true;
}

bool DocumentManager::saveAs()
{
    QString suggestion = m_document->fileName();
    if (suggestion.isEmpty()) {
        QString stem = m_document->design().project();
        if (stem.isEmpty())
            stem = QStringLiteral("design");
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + stem
            + QStringLiteral(".infra.yaml");
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Design As"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->save(path, &error)) {
        if (!m_quiet)
            QMessageBox::critical(m_window, tr("Save Failed"), error);
        return false;
    }
    addRecentFile(m_document->fileName());
    Q_EMIT saved(m_document->fileName());
    return true;
}

QStringList DocumentManager::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentManager::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    Q_EMIT recentFilesChanged();
}

void DocumentManager::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    Q_EMIT recentFilesChanged();
}

void DocumentManager::showLoadErrors(const QString &path, const QStringList &errors)
{
    if (m_quiet)
        return;
    QMessageBox box(QMessageBox::Critical, tr("Cannot Open Design"),
                    tr("“%1” could not be opened: %n problem(s) found. The current design is unchanged.", nullptr,
                       int(errors.size()))
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, m_window);
    // Every message with its line and column, in the expandable details.
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.setInformativeText(errors.mid(0, 5).join(QLatin1Char('\n')) + (errors.size() > 5 ? QStringLiteral("\n…") : QString()));
    box.exec();
}

} // namespace Infra
