#pragma once

#include "fix/FfmpegProcess.h"

#include <QCoreApplication>
#include <QString>

// EBU R128 loudness normalisation in two passes with ffmpeg's loudnorm filter: the first pass measures,
// the second applies one linear gain computed from the measurement. loudnorm falls back to dynamic
// compression when a linear gain would break the true-peak or range target; the second pass's own report
// says which it did, and the caller is told.
class Loudness
{
    Q_DECLARE_TR_FUNCTIONS(Loudness)
public:
    static constexpr double targetLufs = -23.0;
    static constexpr double truePeak = -1.0;
    static constexpr double range = 20.0;

    struct Measurement
    {
        QString integrated, truePeak, range, threshold, offset; // as loudnorm printed them
    };
    // Pass 1 on the first audio stream of `input`.
    static bool measure(const QString &input, const FfmpegProcess::Options &options, Measurement *out,
                        QString *error);
    // The pass-2 filter for -af.
    static QString secondPassFilter(const Measurement &m);
    // After pass 2: true when loudnorm reported a linear normalisation in this stderr.
    static bool stayedLinear(const QByteArray &errorOutput);
    // The last JSON object loudnorm printed to stderr, or an empty object.
    static QJsonObject report(const QByteArray &errorOutput);
};
