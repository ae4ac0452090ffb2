#pragma once

#include "workspace/Entities.h"

#include <QAbstractTableModel>
#include <QIcon>

class ValidationReport;
class WorkspaceController;

// The resources of one batch as a table: position, type, title, media file, status.
// The batch is read once with ResourceStore::listInBatch and validated in bulk; data() only reads
// memory. A changed resource (Workspace::resourceChanged) is reloaded and validated on its own.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PositionColumn, TypeColumn, TitleColumn, FileColumn, StatusColumn, ColumnCount };
    enum Role {
        ResourceIdRole = Qt::UserRole + 1,
        ErrorCountRole,   // int
        WarningCountRole, // int
        SortRole,         // the value the column sorts by
        SearchTextRole,   // title and file name, for the search box
    };

    explicit ResourceTableModel(WorkspaceController &controller, QObject *parent = nullptr);

    // Loads the batch (0 = none) and validates every resource.
    void setBatch(qint64 batchId);
    qint64 batchId() const { return m_batchId; }
    // Reads the batch again (resources added, removed or reordered; the unit changed).
    void reload();

    const QList<Resource> &resources() const { return m_resources; }
    int rowOf(qint64 resourceId) const;
    qint64 resourceIdAt(int row) const;
    // Milliseconds the last full load took (read + validate), for the status bar and the report.
    qint64 lastLoadMs() const { return m_lastLoadMs; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Called on QEvent::LanguageChange: labels and headers are read again.
    void retranslate();

signals:
    // After a full load or after one resource was validated again.
    void statusesChanged();

private:
    struct Status
    {
        int errors = 0;
        int warnings = 0;
        int missing = 0; // errors that are only "required field empty"
    };
    static Status statusOf(const ValidationReport &report);
    void updateResource(qint64 resourceId);
    QString typeLabel(const QString &code) const;
    static QString fileName(const Resource &resource);
    QString statusText(const Status &status) const;

    WorkspaceController &m_controller;
    qint64 m_batchId = 0;
    QList<Resource> m_resources;
    QList<Status> m_statuses;
    QHash<qint64, int> m_rowById;
    QHash<QString, QString> m_typeLabels;
    QIcon m_okIcon, m_warningIcon, m_errorIcon;
    qint64 m_lastLoadMs = 0;
};
