#pragma once

#include "upload/UploadQueue.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

class Profile;
class Workspace;

// What a receiver gets: the batch's verifiable package, one upload per file of the bag, then a small
// submission.json listing every upload's URL, size and sha256 so that the receiver knows the batch is
// complete. The bag is exported into a folder beside the workspace (<workspace>.uploads/<batch id>/bag);
// when the batch has not changed since (same unit, values and files), the existing export is verified
// instead of written again, so that its files keep their size, mtime and sha256 and resume.
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
        bool reused = false; // the existing export was verified, not written again
        QList<QueueEntry> entries;
    };
    // Exports or re-verifies, then lists the files: payload first (group 0), tag files (group 1).
    static bool prepare(Workspace &workspace, const Profile &profile, const QString &batchName, Prepared *out,
                        QString *error, const std::atomic_bool *cancel = nullptr);
    // Writes submission.json (only when its content changed, so a finished one is not sent twice) and
    // returns its entry: the queue's finaliser for the batch.
    static UploadQueue::Finaliser finaliser(const Prepared &prepared);
    // The Upload-Metadata of a bag file: filename, batch, resource, type, sha256.
    static QList<QPair<QByteArray, QString>> metadataFor(const QString &batchName, const QString &bagPath,
                                                         const QString &sha256);

private:
    static bool exportOrVerify(Workspace &workspace, const Profile &profile, const QString &batchName,
                               Prepared *out, QString *error, const std::atomic_bool *cancel);
    static bool listFiles(Prepared *out, QString *error);
};
