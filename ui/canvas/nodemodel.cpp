#include "nodemodel.h"

#include "document.h"

#include <algorithm>
#include <vector>

namespace Infra {

NodeModel::NodeModel(Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    for (const Component &c : document->design().components())
        m_ids.append(c.id);
    indexRows();
    const QStringList selected = document->selectedIds();
    m_selected = QSet<QString>(selected.cbegin(), selected.cend());
    connect(document, &Document::changed, this, &NodeModel::onChanged);
    connect(document, &Document::derivedChanged, this, [this](const DerivedDelta &delta) {
        // After a reset every row was made from the derived model as it is now (the document
        // derives before it announces a change): touching them all again would make every
        // delegate re-evaluate and repaint, a fifth of opening a 2,000-component design.
        if (m_justReset)
            return;
        touch(delta.componentsChanged);
    });
    connect(document, &Document::selectionChanged, this, [this] {
        // The nodes selected before or now, not both (a rubber band changes hundreds a step).
        const QStringList ids = m_document->selectedIds();
        QSet<QString> now(ids.cbegin(), ids.cend());
        QStringList affected;
        for (const QString &id : std::as_const(m_selected)) {
            if (!now.contains(id))
                affected.append(id);
        }
        for (const QString &id : ids) {
            if (!m_selected.contains(id))
                affected.append(id);
        }
        m_selected = std::move(now);
        touch(affected, {SelectedRole});
    });
}

int NodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant NodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    const Component *c = m_document->design().component(id);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole: return c->name;
    case IdRole: return id;
    case KindRole: return kindName(c->kind);
    case SceneXRole: return c->position.x();
    case SceneYRole: return c->position.y();
    case SelectedRole: return m_selected.contains(id);
    case RevisionRole: return m_revisions.value(id);
    case NoteRole: return c->note;
    default: return {};
    }
}

QHash<int, QByteArray> NodeModel::roleNames() const
{
    return {{Qt::DisplayRole, "name"}, {IdRole, "componentId"}, {KindRole, "kind"}, {SceneXRole, "sceneX"},
            {SceneYRole, "sceneY"}, {SelectedRole, "selected"}, {RevisionRole, "revision"},
            {NoteRole, "note"}};
}

void NodeModel::touch(const QStringList &ids, const QList<int> &roles)
{
    QList<int> changedRoles = roles;
    changedRoles.append(RevisionRole);
    std::vector<int> rows;
    rows.reserve(size_t(ids.size()));
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        ++m_revisions[id];
        rows.push_back(row);
    }
    // One signal per run of neighbouring rows: the delegate model walks all its items for each
    // signal, and a rubber band step changes hundreds of rows (mostly in runs, design order
    // follows the layout). Only the touched rows are in a run.
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (size_t k = 0; k < rows.size();) {
        size_t end = k + 1;
        while (end < rows.size() && rows[end] == rows[end - 1] + 1)
            ++end;
        Q_EMIT dataChanged(index(rows[k]), index(rows[end - 1]), changedRoles);
        k = end;
    }
}

void NodeModel::onChanged(const DesignChange &change)
{
    using Kind = DesignChange::Kind;
    // Every derivedChanged follows the changed it belongs to.
    m_justReset = change.kind == Kind::Reset;
    switch (change.kind) {
    case Kind::Reset: {
        beginResetModel();
        m_ids.clear();
        m_revisions.clear();
        for (const Component &c : m_document->design().components())
            m_ids.append(c.id);
        indexRows();
        const QStringList selected = m_document->selectedIds();
        m_selected = QSet<QString>(selected.cbegin(), selected.cend());
        endResetModel();
        break;
    }
    case Kind::ComponentsAdded:
    case Kind::ComponentsRemoved:
        sync();
        break;
    case Kind::ComponentsMoved:
        for (const QString &id : change.ids) {
            const int row = rowOf(id);
            if (row >= 0)
                Q_EMIT dataChanged(index(row), index(row), {SceneXRole, SceneYRole});
        }
        break;
    case Kind::ComponentRenamed:
        touch(change.ids, {Qt::DisplayRole});
        break;
    case Kind::ParameterChanged:
        touch(change.ids);
        break;
    case Kind::NoteChanged:
        touch(change.ids, {NoteRole});
        break;
    default:
        break;
    }
}

void NodeModel::sync()
{
    // Remove rows whose component is gone (from the bottom up), then insert new ones in
    // design order: row i of the model always shows component i of the design.
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!m_document->design().component(m_ids.at(row))) {
            beginRemoveRows({}, row, row);
            m_revisions.remove(m_ids.takeAt(row));
            indexRows();
            endRemoveRows();
        }
    }
    const auto &components = m_document->design().components();
    for (int i = 0; i < int(components.size()); ++i) {
        if (i < m_ids.size() && m_ids.at(i) == components[size_t(i)].id)
            continue;
        beginInsertRows({}, i, i);
        m_ids.insert(i, components[size_t(i)].id);
        indexRows();
        endInsertRows();
    }
}

void NodeModel::indexRows()
{
    m_rows.clear();
    m_rows.reserve(m_ids.size());
    for (int row = 0; row < int(m_ids.size()); ++row)
        m_rows.insert(m_ids.at(row), row);
}

} // namespace Infra
