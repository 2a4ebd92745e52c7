#include "findingsmodel.h"

#include "document.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Infra {

FindingsModel::FindingsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, [this](const DesignChange &change) {
        // A move, a rename or a note is not derived again (Document::mutate, DerivedModel::update):
        // the findings are the ones shown, and comparing thousands of them on every step of
        // a drag would be wasted.
        if (change.affectsDerivation())
            refresh();
    });
    refresh();
}

void FindingsModel::refresh()
{
    const std::vector<Finding> &now = m_document->derived().findings();
    if (now == m_findings)
        return;
    beginResetModel();
    m_findings = now;
    endResetModel();
    Q_EMIT countsChanged();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FindingsModel::count(Finding::Severity severity) const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(), [&](const Finding &f) { return f.severity == severity; }));
}

QIcon FindingsModel::severityIcon(Finding::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Finding::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Severity::Info: break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings[size_t(index.row())];
    if (role == SeverityRole)
        return int(f.severity);
    if (role == ComponentIdRole)
        return f.componentId;
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        QIcon &icon = m_icons[int(f.severity)];
        if (icon.isNull())
            icon = severityIcon(f.severity);
        return icon;
    }
    if (role == Qt::ToolTipRole) {
        const QString fix = f.displayFixHint();
        return fix.isEmpty() ? f.displayMessage() : f.displayMessage() + QLatin1Char('\n') + tr("Fix: %1").arg(fix);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case SeverityColumn:
        switch (f.severity) {
        case Finding::Severity::Error: return tr("Error");
        case Finding::Severity::Warning: return tr("Warning");
        case Finding::Severity::Info: return tr("Note");
        }
        return {};
    case RuleColumn: return f.ruleId;
    case ComponentColumn: {
        const Component *c = m_document->design().component(f.componentId);
        return c ? c->name : f.componentId;
    }
    // In the user's language; the JSON and the exported documents keep the English texts.
    case MessageColumn: return f.displayMessage();
    case FixColumn: return f.displayFixHint();
    case ColumnCount: break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case ComponentColumn: return tr("Component");
    case MessageColumn: return tr("Message");
    case FixColumn: return tr("Fix");
    case ColumnCount: break;
    }
    return {};
}

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void FindingsFilterModel::setSeverityShown(Finding::Severity severity, bool shown)
{
    if (m_shown[int(severity)] == shown)
        return;
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int severity = index.data(FindingsModel::SeverityRole).toInt();
    return severity >= 0 && severity < 3 && m_shown[severity];
}

} // namespace Infra
