#pragma once

#include <QSortFilterProxyModel>

// Sorting and filtering over ResourceTableModel: a search text matched against title and media file
// name (case-insensitive, every word must appear), and a status filter (rows whose status is not known
// yet pass only "all"; they enter as the background check reports them).
class ResourceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum StatusFilter { AllResources, WithErrors, Complete };

    explicit ResourceFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    StatusFilter m_status = AllResources;
};
