#pragma once

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QTreeView;

namespace Infra {

class Document;

// The review checklist of the open design — the playbook's quality standards and
// self-verification checklist with their evidence — as `infra-studio-cli check` prints it and
// the review report shows it: one row per item of the document's DerivedModel::review().
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ResultColumn, GroupColumn, ItemColumn, EvidenceColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, ItemIdRole };

    explicit ReviewModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12 passed, 2 failed, 1 not evaluated"
    QString summary() const;

private:
    Document *m_document;
};

// The Review tab beside the findings: the summary line and the checklist.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(Document *document, QWidget *parent = nullptr);

    ReviewModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summary() const;

private:
    ReviewModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
};

} // namespace Infra
