#include "common/ParallelJobs.h"

#include <QThread>

#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

namespace ParallelJobs {

int defaultThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 8);
}

namespace {

// What the threads share: the next job to take, whether to stop, and the first failure. The first in time,
// not the lowest-numbered: jobs that stop because another failed fail after it.
struct Shared
{
    const Job &job;
    const std::atomic_bool *cancel;
    int count;
    std::atomic_int next{0};
    std::atomic_bool stop{false};
    std::mutex lock;
    int failedIndex = -1;
    QString failure;

    void fail(int index, const QString &message)
    {
        std::lock_guard guard(lock);
        if (failedIndex < 0) {
            failedIndex = index;
            failure = message;
        }
        stop = true;
    }
    bool cancelled() const { return cancel && cancel->load(); }

    void work()
    {
        for (;;) {
            if (stop.load() || cancelled())
                return;
            const int index = next.fetch_add(1);
            if (index >= count)
                return;
            QString message;
            if (!job(index, stop, &message))
                fail(index, message);
        }
    }
};

} // namespace

bool run(int count, int threads, const Job &job, const std::atomic_bool *cancel, const QString &cancelMessage,
         QString *error)
{
    Shared shared{job, cancel, count};
    const int used = std::clamp(threads, 1, std::max(count, 1));
    if (used == 1) {
        shared.work();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(size_t(used));
        for (int i = 0; i < used; ++i)
            pool.emplace_back([&shared] { shared.work(); });
        for (std::thread &t : pool)
            t.join();
    }
    if (shared.failedIndex >= 0) {
        if (error)
            *error = shared.failure;
        return false;
    }
    if (shared.cancelled()) {
        if (error)
            *error = cancelMessage;
        return false;
    }
    return true;
}

} // namespace ParallelJobs
