#pragma once

#include "media/CheckReport.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>

// One file through the whole technical check: MediaProbe, MediaPolicy and, when asked, DeepCheck; a
// "document" (a PDF) goes through DocumentCheck instead.
// Blocking and thread-safe (no shared state); the CLI and MediaCheckService run it in a thread pool.
class MediaCheck
{
    Q_DECLARE_TR_FUNCTIONS(MediaCheck)
public:
    struct Options
    {
        QString kind; // "video", "audio", "document", or "" to guess from the content
        bool deep = false;
        int deepThreads = 0; // per video decoder in the deep check; 0 = as many as cores
        // The deep check's limits (DeepCheck::Options): time = min + factor × duration; frame memory.
        double deepTimeLimitFactor = 4.0;
        int deepMinTimeLimitMs = 60000;
        qint64 deepMemoryBudget = qint64(1) << 30;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(double fraction)> progress; // 0…1, from the working thread
    };

    // Decoder threads per deep-checked file when `filesInParallel` files are checked at once on `cores`
    // cores: all files' decoders together stay within cores + 1 threads (libav's own count for one
    // file). 0 (automatic: cores + 1) for a single file.
    static int deepThreadsPerFile(int filesInParallel, int cores);

    static CheckReport checkFile(const QString &path, const QJsonObject &technical, const Options &options);
};
