#include "fix/FfmpegProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype maxErrorOutput = 64 * 1024;

// Reads complete "key=value" lines of -progress output and reports time and speed.
void readProgress(QProcess &process, QByteArray *pending, const FfmpegProcess::Options &options)
{
    pending->append(process.readAllStandardOutput());
    qsizetype end;
    double seconds = -1, speed = 0;
    while ((end = pending->indexOf('\n')) >= 0) {
        const QByteArray line = pending->left(end).trimmed();
        pending->remove(0, end + 1);
        if (line.startsWith("out_time_us=")) {
            bool ok = false;
            const qint64 us = line.mid(12).toLongLong(&ok);
            if (ok && us >= 0)
                seconds = double(us) / 1e6;
        } else if (line.startsWith("speed=")) {
            QByteArray value = line.mid(6);
            value.chop(value.endsWith('x') ? 1 : 0);
            speed = value.trimmed().toDouble();
        }
    }
    if (pending->size() > 4096)
        pending->clear(); // no line is that long: not progress output
    if (seconds >= 0 && options.progress)
        options.progress(seconds, speed);
}

void keepTail(QByteArray *buffer, const QByteArray &more)
{
    buffer->append(more);
    if (buffer->size() > maxErrorOutput)
        buffer->remove(0, buffer->size() - maxErrorOutput);
}

void killGroup(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL); // the group: ffmpeg and anything it started
    process.kill();
    process.waitForFinished(10000);
}
} // namespace

QString FfmpegProcess::program()
{
    return QStandardPaths::findExecutable(u"ffmpeg"_s);
}

FfmpegProcess::Result FfmpegProcess::run(const QStringList &args, const Options &options)
{
    Result result;
    const QString ffmpeg = program();
    if (ffmpeg.isEmpty()) {
        result.error = tr("The ffmpeg program is not installed (Debian: apt install ffmpeg).");
        return result;
    }
    QProcess process;
    process.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    process.start(ffmpeg, QStringList{u"-hide_banner"_s, u"-nostdin"_s, u"-y"_s, u"-progress"_s, u"pipe:1"_s,
                                      u"-nostats"_s} +
                              args);
    if (!process.waitForStarted(30000)) {
        result.error = tr("ffmpeg could not be started: %1").arg(process.errorString());
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray pending;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        readProgress(process, &pending, options);
        keepTail(&result.errorOutput, process.readAllStandardError());
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            killGroup(process);
            result.error = tr("Cancelled.");
            return result;
        }
        if (options.timeLimitMs > 0 && clock.elapsed() > options.timeLimitMs) {
            result.timedOut = true;
            killGroup(process);
            result.error =
                tr("ffmpeg did not finish within %1 s and was stopped.").arg(options.timeLimitMs / 1000);
            return result;
        }
    }
    readProgress(process, &pending, options);
    keepTail(&result.errorOutput, process.readAllStandardError());
    result.exitCode = process.exitCode();
    result.ok = process.exitStatus() == QProcess::NormalExit && result.exitCode == 0;
    if (!result.ok) {
        const QList<QByteArray> lines = result.errorOutput.trimmed().split('\n');
        result.error = tr("ffmpeg failed (exit %1): %2")
                           .arg(result.exitCode)
                           .arg(QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last()));
    }
    return result;
}
