#pragma once

#include "metadata/BatchValidationJob.h"
#include "metadata/ValidationReport.h"
#include "profile/FieldSpec.h"
#include "workspace/Entities.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class WorkspaceController;

// The resources of one batch as a table: position, type, title, media file, status.
// Opening a batch costs the same whatever its size: the first page of rows is read at once with
// ResourceStore::listSummaries (id, type, position, title, url, first media file, never the full
// resources), the rest in pages from the event loop (or when a view asks, canFetchMore/fetchMore).
// Statuses come from a BatchValidationJob on a worker thread with its own connection; until a
// resource's status is known it shows "checking…". The job's batch report is kept for the report dock.
// A changed resource (Workspace::resourceChanged) is reloaded and validated on its own at once, and the
// whole batch is checked again in the background shortly after (for the report).
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PositionColumn, TypeColumn, TitleColumn, FileColumn, StatusColumn, ColumnCount };
    enum Role {
        ResourceIdRole = Qt::UserRole + 1,
        ErrorCountRole,   // int; invalid while the status is not known yet
        WarningCountRole, // int; invalid while the status is not known yet
        SortRole,         // the value the column sorts by (unknown statuses last)
        SearchTextRole,   // title and file name, for the search box
        StatusKnownRole,  // bool
        NotCheckedRole,   // int: media files or links not checked yet (not complete, not an error)
    };
    // Rows read synchronously when a batch is opened (more than a screen), and per page afterwards.
    static constexpr int FirstPageRows = 200;
    static constexpr int PageRows = 2000;

    explicit ResourceTableModel(WorkspaceController &controller, QObject *parent = nullptr);
    ~ResourceTableModel() override; // cancels the background check and waits for it

    // Shows the batch (0 = none): its first page of rows now, the rest and the statuses soon after.
    void setBatch(qint64 batchId);
    qint64 batchId() const { return m_batchId; }
    // Reads the batch again (resources added, removed or reordered; the unit changed).
    void reload();

    // The rows read so far. Summaries: id, batchId, type, position, the values of the fields with the
    // roles title and course_url and the
    // first media file only, except rows edited since, which hold the whole resource.
    const QList<Resource> &resources() const { return m_resources; }
    // Reads the rest of the list first when resourceId is not among the rows read so far.
    int rowOf(qint64 resourceId) const;
    qint64 resourceIdAt(int row) const;
    // Milliseconds the last open of the batch took until its first page was in the model.
    qint64 lastLoadMs() const { return m_lastLoadMs; }
    bool allRowsLoaded() const { return !m_moreRows; }
    // Reads every remaining page now.
    void fetchAll();

    // True while a background check of the batch runs or is about to (after an edit).
    bool isChecking() const { return m_checking || m_revalidateTimer.isActive(); }
    // Whether every row's status is known (the first background check of this batch completed).
    bool statusesKnown() const { return m_hasReport && !m_moreRows; }
    // The last completed background check of the batch (BatchValidator over the whole batch).
    bool hasBatchReport() const { return m_hasReport; }
    const ValidationReport &batchReport() const { return m_report; }
    // Milliseconds from opening the batch until every status was known (0 while not yet).
    qint64 lastCheckMs() const { return m_lastCheckMs; }
    // Checks the whole batch again in the background (cancels a check under way).
    void revalidate();
    // Checks the batch again shortly (a media check finished: the statuses take its result in).
    void scheduleRevalidate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Called on QEvent::LanguageChange: labels and headers are read again.
    void retranslate();
    // The longest texts the type and status columns can show in today's language and profile, so the view
    // sizes them to fit and leaves the rest of its width to the title.
    QStringList widestTexts(int column) const;

signals:
    // After statuses became known (a chunk of the background check, an edited resource) or rows arrived.
    void statusesChanged();
    // After a background check of the batch completed, or the batch changed (no report then).
    void batchReportChanged();
    // The rows could not be read (busy, I/O): the list shows what was read before.
    void readFailed(const QString &error);

private:
    using Status = BatchValidationJob::Status;
    void appendRows(int limit);
    void cancelCheck();
    void applyStatuses(quint64 generation, const QList<Status> &statuses);
    void finishCheck(quint64 generation, bool ok, const ValidationReport &report, const QString &error);
    void updateResource(qint64 resourceId);
    QString typeLabel(const QString &code) const;
    QString fileName(const Resource &resource) const;
    QString roleValue(const Resource &resource, FieldRole role) const;
    QStringList summaryFieldIds() const;
    QString statusText(const Status &status) const;

    WorkspaceController &m_controller;
    qint64 m_batchId = 0;
    QList<Resource> m_resources;
    QHash<qint64, int> m_rowById;
    QHash<qint64, Status> m_statusById;
    bool m_moreRows = false;
    QTimer m_pageTimer;       // reads the next page from the event loop
    QTimer m_revalidateTimer; // debounces the background check after edits

    QThreadPool m_pool; // one worker: a new check queues behind the cancelled one
    std::shared_ptr<BatchValidationJob> m_job;
    quint64 m_generation = 0;
    QSet<qint64> m_editedDuringCheck; // validated here since the running check read the batch
    bool m_checking = false;
    bool m_hasReport = false;
    ValidationReport m_report;

    QHash<QString, QString> m_typeLabels;
    QIcon m_okIcon, m_warningIcon, m_errorIcon;
    qint64 m_lastLoadMs = 0;
    qint64 m_lastCheckMs = 0;
    QElapsedTimer m_openClock; // since setBatch
};
