#pragma once

#include <QString>

#include <atomic>
#include <functional>

// Runs numbered jobs (0 … count-1) on a few threads, each thread taking the next job when it is done with
// one. The first failure stops the rest: jobs not yet started never start, and running ones see `stop` set
// (long jobs poll it). Used where work splits into independent files (hashing a bag's payload, copying an
// export into a folder): one thread per core keeps every core busy without oversubscribing the disk.
namespace ParallelJobs {

// A job: true on success; false with a message in *error.
using Job = std::function<bool(int index, const std::atomic_bool &stop, QString *error)>;

// The default number of threads: the machine's cores, at least 1 and at most 8.
int defaultThreads();

// Runs the jobs; false when one failed (the message of the first to fail in *error: jobs stopped by it fail
// later) or
// when *cancel was set (then *error is `cancelMessage`). With threads <= 1 the jobs run on this thread,
// in order.
bool run(int count, int threads, const Job &job, const std::atomic_bool *cancel, const QString &cancelMessage,
         QString *error);

} // namespace ParallelJobs
