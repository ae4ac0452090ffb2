#include "package/PayloadCopier.h"

#include "common/ParallelJobs.h"
#include "package/ArchiveSink.h"
#include "package/HashingCopier.h"

#include <QFileInfo>

#include <algorithm>
#include <mutex>
#include <numeric>

PayloadCopier::PayloadCopier(const std::atomic_bool *cancel, Progress progress, int threads,
                             bool fingerprints)
    : m_cancel(cancel), m_progress(std::move(progress)), m_threads(threads), m_fingerprints(fingerprints)
{
}

// The order in which the sources are copied: as listed, or in parallel the largest first, so that no large
// file is left to run alone on one core at the end while the others have nothing left to do (one file's
// SHA-256 cannot be split between cores).
static QList<int> copyOrder(const QList<PayloadCopier::Source> &sources, bool parallel)
{
    QList<int> order(sources.size());
    std::iota(order.begin(), order.end(), 0);
    if (!parallel)
        return order;
    QList<qint64> sizes;
    for (const PayloadCopier::Source &source : sources)
        sizes.append(QFileInfo(source.path).size());
    std::stable_sort(order.begin(), order.end(),
                     [&sizes](int a, int b) { return sizes.at(a) > sizes.at(b); });
    return order;
}

// One loop for both ways: on one thread per core, each file through a writer of its own; or, where the sink
// has no parallelWriter(), in order on this thread through the sink itself (ParallelJobs runs jobs in order
// with one thread).
bool PayloadCopier::copy(const QList<Source> &sources, ArchiveSink &sink, QList<Copied> *copied,
                         QString *error)
{
    copied->clear();
    copied->resize(sources.size());
    const bool parallel = m_threads > 1 && sources.size() > 1 && sink.parallelWriter();
    std::mutex reporting;
    const auto report = [&](const QString &bagPath, qint64 bytes) {
        if (!m_progress)
            return;
        std::lock_guard guard(reporting);
        m_progress(bagPath, bytes);
    };
    // A stop flag of the copy as a whole: set by cancel or by another file's failure.
    std::atomic_bool stopAll = false;
    const QList<int> order = copyOrder(sources, parallel);
    const auto job = [&](int job, const std::atomic_bool &stop, QString *jobError) {
        const int index = order.at(job);
        const Source &source = sources.at(index);
        std::unique_ptr<ArchiveSink> own = parallel ? sink.parallelWriter() : nullptr;
        ArchiveSink &writer = own ? *own : sink;
        report(source.bagPath, 0);
        HashingCopier copier(&stopAll, [&](qint64 bytes) {
            if (stop.load() || (m_cancel && m_cancel->load()))
                stopAll = true;
            report(source.bagPath, bytes);
        });
        copier.setFingerprinting(m_fingerprints);
        Copied &out = (*copied)[index];
        if (copier.copy(source.path, writer, source.bagPath, &out, jobError))
            return true;
        if (own)
            own->abort();
        return false;
    };
    const bool ok = ParallelJobs::run(int(sources.size()), parallel ? m_threads : 1, job, m_cancel,
                                      tr("cancelled"), error);
    if (!ok && m_cancel && m_cancel->load() && error)
        *error = tr("cancelled");
    return ok;
}
