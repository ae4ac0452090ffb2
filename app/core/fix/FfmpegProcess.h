#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// Runs the ffmpeg program to the end, blocking (call it off the GUI thread). The child runs in its own
// process group and dies with the calling thread (PR_SET_PDEATHSIG); on cancel or when its time is up the
// whole group is killed and reaped, so no process is left behind. Progress comes from ffmpeg's
// machine-readable `-progress pipe:1` (out_time_us, speed); stderr is kept, bounded, for the error text.
// Why a child process and not in-process libav: a crash or a hang in a codec cannot take the app down, and
// the ffmpeg program is a runtime dependency on Debian anyway.
class FfmpegProcess
{
    Q_DECLARE_TR_FUNCTIONS(FfmpegProcess)
public:
    struct Options
    {
        const std::atomic_bool *cancel = nullptr;
        qint64 timeLimitMs = 600000;
        // seconds of output written so far, and ffmpeg's speed (× real time; 0 when not known yet)
        std::function<void(double outSeconds, double speed)> progress;
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        bool timedOut = false;
        int exitCode = -1;
        QByteArray errorOutput; // the last 64 KiB of stderr
        QString error;          // translated, when !ok
    };

    // `args` after "ffmpeg"; "-hide_banner -nostdin -y -progress pipe:1 -nostats" are put in front.
    static Result run(const QStringList &args, const Options &options);
    // The ffmpeg program on PATH, or "" when it is missing.
    static QString program();
};
