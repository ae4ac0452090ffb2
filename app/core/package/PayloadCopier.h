#pragma once

#include "package/HashingCopier.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class ArchiveSink;

// Copies an export's payload files into its sink, hashing each on the way (HashingCopier). Where the sink
// takes several files at once (a folder, a zip), files are copied on one thread per core, the largest first
// (a zip's entries are in that order); a sink without parallelWriter() takes them in order. Results come back
// in the order of the sources, whatever order the copies finished in.
class PayloadCopier
{
    Q_DECLARE_TR_FUNCTIONS(PayloadCopier)
public:
    struct Source
    {
        QString path;    // the file on disk
        QString bagPath; // where it goes in the bag
    };
    using Copied = HashingCopier::Copied;
    // Called (from any copying thread, one call at a time) with the file being copied and the bytes just
    // copied of it (0 when it starts).
    using Progress = std::function<void(const QString &bagPath, qint64 bytes)>;

    // With `fingerprints`, each copy also takes its ContentFingerprint (HashingCopier).
    PayloadCopier(const std::atomic_bool *cancel, Progress progress, int threads, bool fingerprints = false);
    bool copy(const QList<Source> &sources, ArchiveSink &sink, QList<Copied> *copied, QString *error);

private:
    const std::atomic_bool *m_cancel;
    Progress m_progress;
    int m_threads;
    bool m_fingerprints;
};
