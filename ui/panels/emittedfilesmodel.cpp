#include "emittedfilesmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Infra {

EmittedFilesModel::EmittedFilesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

EmittedFilesModel::~EmittedFilesModel() = default;

void EmittedFilesModel::setFiles(const EmittedFiles &files)
{
    bool samePaths = files.size() == m_files.size();
    for (qsizetype i = 0; samePaths && i < files.size(); ++i)
        samePaths = files[i].path == m_files[i].path;
    if (samePaths) {
        m_files = files; // the tree (names, paths, file indices) is unchanged
        return;
    }
    beginResetModel();
    m_files = files;
    rebuildTree();
    endResetModel();
}

bool EmittedFilesModel::updateContents(const QString &prefix, const EmittedFiles &files)
{
    QList<qsizetype> indices;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (m_files[i].path.startsWith(prefix))
            indices << i;
    }
    if (indices.size() != files.size())
        return false;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (m_files[indices[i]].path != files[i].path)
            return false;
    }
    for (qsizetype i = 0; i < files.size(); ++i)
        m_files[indices[i]].content = files[i].content;
    return true;
}

void EmittedFilesModel::rebuildTree()
{
    m_root = std::make_unique<Node>();
    for (int i = 0; i < m_files.size(); ++i) {
        const QStringList parts = m_files[i].path.split(QLatin1Char('/'));
        Node *at = m_root.get();
        QString path;
        for (int p = 0; p < parts.size(); ++p) {
            path = path.isEmpty() ? parts[p] : path + QLatin1Char('/') + parts[p];
            const bool isFile = p == parts.size() - 1;
            Node *child = nullptr;
            if (!isFile) {
                for (const auto &c : at->children) {
                    if (c->fileIndex < 0 && c->name == parts[p])
                        child = c.get();
                }
            }
            if (!child) {
                auto n = std::make_unique<Node>();
                n->name = parts[p];
                n->path = path;
                n->fileIndex = isFile ? i : -1;
                n->parent = at;
                n->row = int(at->children.size());
                child = n.get();
                at->children.push_back(std::move(n));
            }
            at = child;
        }
    }
}

const EmittedFile *EmittedFilesModel::file(const QString &path) const
{
    for (const EmittedFile &f : m_files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QModelIndex EmittedFilesModel::indexOf(const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'));
    QModelIndex at;
    const Node *n = m_root.get();
    for (const QString &part : parts) {
        const Node *found = nullptr;
        for (const auto &c : n->children) {
            if (c->name == part)
                found = c.get();
        }
        if (!found)
            return {};
        at = index(found->row, 0, at);
        n = found;
    }
    return at;
}

EmittedFilesModel::Node *EmittedFilesModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex EmittedFilesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = node(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex EmittedFilesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = node(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int EmittedFilesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int EmittedFilesModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return 1;
}

QVariant EmittedFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = node(index);
    switch (role) {
    case Qt::DisplayRole: return n->name;
    case Qt::ToolTipRole:
    case PathRole: return n->path;
    case LanguageRole: return n->fileIndex >= 0 ? m_files[n->fileIndex].language : QString();
    case Qt::DecorationRole:
        if (m_fileIcon.isNull()) {
            m_fileIcon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
            m_folderIcon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        }
        return n->fileIndex >= 0 ? m_fileIcon : m_folderIcon;
    default: break;
    }
    return {};
}

} // namespace Infra
