#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationReport.h"
#include "profile/Profile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QList>

#include <functional>

class Workspace;
struct Resource;

// One check of a whole batch, meant for a worker thread: it opens its own connection to the workspace
// file read-only (a connection belongs to the thread that opened it; WAL lets it read while the window
// writes; the check writes nothing into the file),
// reads the batch, validates it with BatchValidator and hands over each resource's status in chunks,
// so that a list can show statuses as they come. The profile is copied: the job owns what it reads.
class BatchValidationJob
{
    Q_DECLARE_TR_FUNCTIONS(BatchValidationJob)
public:
    // What a resource list shows of ResourceValidator's findings for one resource.
    struct Status
    {
        qint64 resourceId = 0;
        int errors = 0;
        int warnings = 0;
        int missing = 0;    // errors that are only "required field empty"
        int notChecked = 0; // media or links not checked yet (info "not_checked"): not complete either
    };
    // Findings about a resource beyond its metadata (the technical check's, from the package module),
    // called on the job's thread with its read-only workspace; they count in the status and the report.
    using ExtraFindings =
        std::function<QList<ValidationMessage>(Workspace &workspace, const Resource &resource)>;
    void setExtraFindings(ExtraFindings findings) { m_extra = std::move(findings); }
    static Status statusOf(qint64 resourceId, const ValidationReport &report);

    // context.taxonomy is pointed at the job's own copy of the profile.
    BatchValidationJob(const QString &workspacePath, qint64 batchId, const Profile &profile,
                       const ValidationContext &context, int chunkSize = 500);

    // May be called from any thread; run() stops at the next resource and returns false.
    void cancel() { m_canceled.storeRelaxed(1); }
    bool isCanceled() const { return m_canceled.loadRelaxed() != 0; }

    // Runs on the calling thread. onChunk receives the statuses in the batch's list order (position, id),
    // chunkSize at a time (the last chunk may be shorter). report receives the whole batch report.
    // False when canceled or when the workspace cannot be read (error says why).
    using ChunkCallback = std::function<void(const QList<Status> &statuses)>;
    bool run(const ChunkCallback &onChunk, ValidationReport *report, QString *error);

private:
    QString m_path;
    qint64 m_batchId;
    Profile m_profile;
    ValidationContext m_context;
    int m_chunkSize;
    QAtomicInt m_canceled;
    ExtraFindings m_extra;
};
