#include "findingsdelegate.h"

#include "findingsmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

namespace Infra {

FindingsDelegate::FindingsDelegate(QHeaderView *header, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_header(header)
{
}

void FindingsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = Qt::AlignLeft | Qt::AlignTop;
    option->decorationAlignment = Qt::AlignLeft | Qt::AlignTop;
    option->features |= QStyleOptionViewItem::WrapText;
    if (index.column() == FindingsModel::MessageColumn) {
        const QString fix = index.siblingAtColumn(FindingsModel::FixColumn).data().toString();
        if (!fix.isEmpty())
            option->text += QChar(QChar::LineSeparator) + FindingsModel::tr("Fix: %1").arg(fix);
    }
}

QSize FindingsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const int width = m_header->sectionSize(index.column());
    if (width <= 0 || opt.text.isEmpty())
        return hint;
    // The margins the style leaves around an item's text (QCommonStyle's view item layout).
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, opt.widget) + 1;
    int textWidth = width - 2 * margin;
    if (!opt.icon.isNull())
        textWidth -= opt.decorationSize.width() + 2 * margin;
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, std::max(textWidth, 1), 1 << 20),
                                                    Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, opt.text);
    return {hint.width(), std::max(hint.height(), text.height() + 2 * margin + 2)};
}

} // namespace Infra
