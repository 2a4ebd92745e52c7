#pragma once

#include "emit/emittedfile.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>
#include <vector>

namespace Infra {

// The emitted repository as a tree of folders and files ("terraform/rds.tf" under
// "terraform"). setFiles() keeps the tree when only contents changed, so views keep their
// selection and expansion while the design is edited.
class EmittedFilesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole + 1, LanguageRole };

    explicit EmittedFilesModel(QObject *parent = nullptr);
    ~EmittedFilesModel() override;

    void setFiles(const EmittedFiles &files);
    // Replaces the contents of the files under `prefix` ("terraform/") with `files`; false,
    // changing nothing, when the paths under it differ (then setFiles() is needed).
    bool updateContents(const QString &prefix, const EmittedFiles &files);
    const EmittedFiles &files() const { return m_files; }
    // The file at `path`, nullptr when there is none.
    const EmittedFile *file(const QString &path) const;
    QModelIndex indexOf(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString name;
        QString path;      // files: the file's path; folders: the folder's path
        int fileIndex = -1; // index in m_files, -1 for folders
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    void rebuildTree();
    Node *node(const QModelIndex &index) const;

    EmittedFiles m_files;
    std::unique_ptr<Node> m_root;
    // The style's icons, made once: QStyle::standardIcon() decodes image files on every call,
    // and the tree asks for them on every paint.
    mutable QIcon m_fileIcon;
    mutable QIcon m_folderIcon;
};

} // namespace Infra
