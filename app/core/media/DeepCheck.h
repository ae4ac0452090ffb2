#pragma once

#include "media/CheckReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// The optional deep check: decodes every video frame and audio packet of a file and reports decode
// errors with their time. Video decoders run frame-threaded; progress and cancel as in every long job.
// Bounded for files we did not make: only decoders on a whitelist are opened (a stream in any other
// codec is refused by name, not decoded); the whole check has a time limit relative to the file's
// duration (a clear "timed out" result, not a decode error); and the decoders' frame memory is bounded
// by a budget per check (a stream whose pictures would not fit is refused, and each decoder's
// max_pixels stops a bitstream that claims larger pictures than its container).
//
// It runs in the calling process, not in a child process: see the commit "Deep check: codec
// whitelist, time limit, memory budget" for why.
class DeepCheck
{
    Q_DECLARE_TR_FUNCTIONS(DeepCheck)
public:
    struct DecodeError
    {
        double time = -1; // seconds from the start, -1 when unknown
        int stream = -1;
        QString message;
    };
    struct Result
    {
        qint64 videoFrames = 0;
        qint64 audioFrames = 0;
        double decodedUntil = 0; // seconds: the last timestamp decoded
        int errorCount = 0;      // all errors; `errors` keeps the first maxErrorsListed
        QList<DecodeError> errors;
        bool cancelled = false;
        bool timedOut = false;       // the time limit ended the check (decodedUntil tells how far it got)
        double timeLimitSeconds = 0; // the limit this check had (0 = none)
        QStringList refusedCodecs;   // streams not decoded: codec not on the whitelist, or over the budget
        int videoThreads = 0;        // threads of the (last) video decoder, as libav opened it
        QJsonObject toJson() const;
    };
    struct Options
    {
        int threads = 0; // per video decoder; 0 = as many as cores
        // Time limit for the whole check: minTimeLimitMs + timeLimitFactor × the duration the container
        // declares. timeLimitFactor <= 0: no limit (cancel still works).
        double timeLimitFactor = 4.0;
        int minTimeLimitMs = 60000;
        // Decoders that may be opened (libav names); empty = defaultCodecWhitelist().
        QStringList codecWhitelist;
        // Frame memory of all decoders of one check (bytes).
        qint64 memoryBudget = qint64(1) << 30;
        int maxErrorsListed = 50;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(double fraction)> progress; // 0…1, called from the working thread
    };

    // The codecs the profile's technical section accepts plus those of common wrong files (HEVC, MPEG-4,
    // VP9, AC-3, PCM …), so that a wrong file is still decoded and named, not refused as exotic.
    static QStringList codecWhitelist(const QJsonObject &technical);
    static QStringList defaultCodecWhitelist();

    // False when the file cannot be opened (error says why), the run was cancelled or timed out.
    static bool run(const QString &path, Result *result, QString *error, const Options &options);
    // Puts the result into the report's "integrity" check and its facts ("deep").
    static void apply(const Result &result, CheckReport *report);
};
