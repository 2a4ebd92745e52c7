#pragma once

#include "derive/finding.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

#include <vector>

namespace Infra {

class Document;

// The findings of the live derived model as a table: severity (with icon), rule id,
// component, message and fix hint. Follows the document's derivedChanged.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, ComponentColumn, MessageColumn, FixColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, ComponentIdRole };

    explicit FindingsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Finding &finding(int row) const { return m_findings[size_t(row)]; }
    int count(Finding::Severity severity) const;
    static QIcon severityIcon(Finding::Severity severity);

Q_SIGNALS:
    void countsChanged();

private:
    void refresh();

    Document *m_document;
    std::vector<Finding> m_findings;
    // severityIcon() per severity, made on first use: the style decodes image files on every
    // call and the view asks on every paint.
    mutable QIcon m_icons[3];
};

// Shows the findings of the severities switched on.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);
    bool isSeverityShown(Finding::Severity severity) const { return m_shown[int(severity)]; }
    void setSeverityShown(Finding::Severity severity, bool shown);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_shown[3] = {true, true, true};
};

} // namespace Infra
