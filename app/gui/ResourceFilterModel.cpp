#include "ResourceFilterModel.h"

#include "ResourceTableModel.h"

ResourceFilterModel::ResourceFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ResourceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows edited in place move to their sorted place and leave or enter the filter.
    setDynamicSortFilter(true);
}

void ResourceFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ResourceFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

bool ResourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status != AllResources) {
        // A status still being checked is neither "with errors" nor "complete" yet.
        if (!index.data(ResourceTableModel::StatusKnownRole).toBool())
            return false;
        const int errors = index.data(ResourceTableModel::ErrorCountRole).toInt();
        const int notChecked = index.data(ResourceTableModel::NotCheckedRole).toInt();
        if (m_status == WithErrors && errors == 0)
            return false;
        if (m_status == Complete && (errors > 0 || notChecked > 0)) // complete means ready to export
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(ResourceTableModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}
