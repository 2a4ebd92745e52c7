#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Infra {

class Document;
struct DesignChange;

// The components of a document as a list for the canvas's Repeater: one row per component
// in design order, with its scene position and a revision that changes whenever what the
// node shows changes (name, parameters, findings, selection), and its note (a badge). Reads the document; owns
// nothing of the design.
class NodeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CanvasController")

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, SceneXRole, SceneYRole, SelectedRole, RevisionRole, NoteRole };

    explicit NodeModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    // Marks nodes as needing a repaint (findings changed, selection changed…).
    void touch(const QStringList &ids, const QList<int> &roles = {});

private:
    void onChanged(const DesignChange &change);
    void sync();
    void indexRows();

    Document *m_document;
    QStringList m_ids;
    QHash<QString, int> m_rows; // id → row of m_ids
    QHash<QString, int> m_revisions;
    QSet<QString> m_selected;
    bool m_justReset = false; // the last change was a reset (its derived delta needs no touch)
};

} // namespace Infra
