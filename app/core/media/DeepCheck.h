#pragma once

#include "media/CheckReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

// The optional deep check: decodes every video frame and audio packet of a file and reports decode
// errors with their time. Video decoders run frame-threaded; progress and cancel as in every long job.
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
        QJsonObject toJson() const;
    };
    struct Options
    {
        int threads = 0;   // per video decoder; 0 = as many as cores
        int timeoutMs = 0; // 0 = none (cancel still works)
        int maxErrorsListed = 50;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(double fraction)> progress; // 0…1, called from the working thread
    };

    // False when the file cannot be opened (error says why) or the run was cancelled.
    static bool run(const QString &path, Result *result, QString *error, const Options &options);
    // Puts the result into the report's "integrity" check and its facts ("deep").
    static void apply(const Result &result, CheckReport *report);
};
