#pragma once

#include "package/BagWriter.h"
#include "upload/UploadQueue.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class ExportJob;
class Profile;
class Workspace;

// What a receiver gets: the batch's verifiable package, one upload per file of the bag, then a small
// submission.json listing every upload's URL, size and sha256 so that the receiver knows the batch is
// complete. The bag is exported into a folder beside the workspace (<workspace>.uploads/<batch id>/bag);
// when the batch has not changed since (same unit, values and files), the existing export is verified
// instead of written again, so that its files keep their size, mtime and sha256 and resume. When its files
// are still exactly as recorded after the export (BagSnapshot), that verification happens while they are
// sent (StreamVerifier) instead of in a pass of its own before.
class BatchPackage
{
    Q_DECLARE_TR_FUNCTIONS(BatchPackage)
public:
    struct Prepared
    {
        qint64 batchId = 0;
        QString batchName;
        QString folder; // <workspace>.uploads/<batch id>
        QString bagPath;
        bool reused = false;         // the existing export was verified, not written again
        bool verifyInStream = false; // reused unchanged (BagSnapshot): its files are checked as they go
        QHash<QString, QString> fingerprints; // what they are checked against, where known (BagSnapshot)
        QList<QueueEntry> entries;
    };
    // Where preparation stands, for a progress bar: checking the media and links, writing the package
    // (files and bytes), or checking an earlier export again (bytes).
    struct Progress
    {
        enum Stage { Checking, Writing, Verifying, Listing } stage = Checking;
        int filesDone = 0, filesTotal = 0;
        qint64 bytesDone = 0, bytesTotal = 0;
    };
    using ProgressFn = std::function<void(const Progress &)>;

    // What preparing one batch needs, gathered from the workspace beforehand so that build() touches no
    // database and may run on any thread. Holds its own copy of the profile.
    struct Plan
    {
        Plan();
        ~Plan();
        std::shared_ptr<const Profile> profile;
        ExportRequest request;
        ValidationReport report; // the batch's findings; plan() fails when it has errors
        QByteArray stamp;
        std::shared_ptr<ExportJob> job; // runs the technical checks and writes; caches them in finish()
        Prepared prepared;
    };

    // Exports or re-verifies, then lists the files: payload first, largest first (group 0), then the tag
    // files (group 1), the tag manifest last.
    // plan() + build() + finish() on this thread.
    static bool prepare(Workspace &workspace, const Profile &profile, const QString &batchName, Prepared *out,
                        QString *error, const std::atomic_bool *cancel = nullptr);
    // On the workspace's thread: reads and validates the batch (false with `error` when it cannot be read
    // or has errors). Quick: no file is read but the registration form rendered.
    static bool plan(Workspace &workspace, const Profile &profile, const QString &batchName, Plan *out,
                     QString *error);
    // On any thread: verifies the earlier export or writes a new one, then lists the files. A cancel or a
    // failure leaves no new package behind (and no empty folder it made). To stop a running build from
    // another thread, set *cancel and call plan->job->cancel() (the export's own flag).
    static bool build(Plan *plan, QString *error, const std::atomic_bool *cancel = nullptr,
                      const ProgressFn &progress = {});
    // Back on the workspace's thread after build(): caches the new technical check results.
    static void finish(Workspace &workspace, const Plan &plan);
    // Writes submission.json (only when its content changed, so a finished one is not sent twice) and
    // returns its entry: the queue's finaliser for the batch.
    static UploadQueue::Finaliser finaliser(const Prepared &prepared);
    // The Upload-Metadata of a bag file: filename, batch, resource, type, sha256.
    static QList<QPair<QByteArray, QString>> metadataFor(const QString &batchName, const QString &bagPath,
                                                         const QString &sha256);

private:
    static bool stampMatches(const Plan &plan);
    static bool reuseEarlierExport(Plan *plan, const std::atomic_bool *cancel, const ProgressFn &progress);
    static bool writeExport(Plan *plan, QString *error, const std::atomic_bool *cancel,
                            const ProgressFn &progress);
    static bool listFiles(Prepared *out, QString *error);
    static QString snapshotFile(const Prepared &prepared);
    static QString stampFile(const Prepared &prepared);
    static void removeEmptyFolders(const Prepared &prepared);
};
