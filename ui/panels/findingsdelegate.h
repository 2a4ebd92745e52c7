#pragma once

#include <QStyledItemDelegate>

class QHeaderView;

namespace Infra {

// Draws the findings list in a narrow dock: the message column wraps and carries the fix
// hint on a line of its own, rows grow to fit the wrapped text of the column's width.
class FindingsDelegate : public QStyledItemDelegate
{
public:
    FindingsDelegate(QHeaderView *header, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QHeaderView *m_header;
};

} // namespace Infra
