#include "reviewpanel.h"

#include "accessibletext.h"
#include "document.h"

#include "derive/derivedmodel.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Infra {

ReviewModel::ReviewModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // The review is part of the derived snapshot: rebuilt after every change that derives.
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &Document::derivedChanged, this, reset);
    connect(document, &Document::changed, this, [reset](const DesignChange &change) {
        if (change.kind == DesignChange::Kind::Reset)
            reset();
    });
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->derived().review().size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewItem &item = m_document->derived().review().at(size_t(index.row()));
    if (role == StatusRole)
        return reviewStatusName(item.status);
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ResultColumn:
            switch (item.status) {
            case ReviewItem::Status::Passed: return tr("passed");
            case ReviewItem::Status::Failed: return tr("FAILED");
            case ReviewItem::Status::NotEvaluated: return tr("n/a");
            }
            return {};
        case GroupColumn:
            return item.group == ReviewItem::Group::QualityStandard ? tr("Quality standard") : tr("Checklist");
        case ItemColumn: return item.displayTitle();
        case EvidenceColumn: return item.displayEvidence().join(QLatin1Char('\n'));
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        switch (item.status) {
        case ReviewItem::Status::Passed: return QBrush(QColor(0x11, 0x63, 0x29));
        case ReviewItem::Status::Failed: return QBrush(QColor(0xa4, 0x0e, 0x26));
        case ReviewItem::Status::NotEvaluated: return {};
        }
    }
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResultColumn: return tr("Result");
    case GroupColumn: return tr("Group");
    case ItemColumn: return tr("Item");
    case EvidenceColumn: return tr("Evidence");
    default: return {};
    }
}

QString ReviewModel::summary() const
{
    int passed = 0, failed = 0, open = 0;
    for (const ReviewItem &i : m_document->derived().review())
        (i.status == ReviewItem::Status::Passed ? passed : i.status == ReviewItem::Status::Failed ? failed : open)++;
    return tr("Review: %1 passed, %2 failed, %3 not evaluated").arg(passed).arg(failed).arg(open);
}

ReviewPanel::ReviewPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new ReviewModel(document, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    layout->addWidget(m_summary);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    m_view->setColumnWidth(ReviewModel::ResultColumn, 70);
    m_view->setColumnWidth(ReviewModel::GroupColumn, 110);
    m_view->setColumnWidth(ReviewModel::ItemColumn, 260);
    layout->addWidget(m_view);
    setAccessibleText(m_view, tr("Review checklist"),
                      tr("The playbook's quality standards and self-verification checklist judged on the design, with evidence"));
    auto update = [this] { m_summary->setText(m_model->summary()); };
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    update();
}

QString ReviewPanel::summary() const
{
    return m_summary->text();
}

} // namespace Infra
