// Benchmark (issue 17.2): does the window stay responsive while a batch's media are checked?
// The real MainWindow (offscreen) opens a workspace of 200 resources whose media are short real files
// (made with the ffmpeg CLI here). A second thread posts an event to the GUI thread every 20 ms; the
// latency is the time from posting to handling, what a key press or click waits before the window sees it.
// Phases, each printing median, p95 and max of the latencies and how many cores the process used:
//   opening the workspace opening: its first screens, and the checks that start by themselves (info);
//   idle    nothing running: the peer, measured in the same run;
//   quick   Batch > Check All Media (actionCheckAllMedia) with the cache emptied: every file probed;
//   deep    a deep check of every file, queued at once through the window's MediaCheckService.
// Target: p95 <= 50 ms while checking.
// Usage: bench_check_latency [FILES=200] [WORKDIR]   (QT_QPA_PLATFORM defaults to offscreen)

#include "BenchData.h"
#include "MainWindow.h"
#include "MediaCheckController.h"
#include "WorkspaceController.h"
#include "media/MediaCheckService.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace BenchData;

namespace {
using Clock = std::chrono::steady_clock;
const QEvent::Type kProbeEvent = QEvent::Type(QEvent::User + 17);

struct ProbeEvent : QEvent
{
    explicit ProbeEvent(Clock::time_point at) : QEvent(kProbeEvent), postedAt(at) {}
    Clock::time_point postedAt;
};

// Receives the probe events on the GUI thread and keeps their latencies (ms).
class LatencyProbe : public QObject
{
public:
    void start()
    {
        m_samples.clear();
        m_running = true;
        m_thread = std::thread([this] {
            auto next = Clock::now();
            while (m_running) {
                QCoreApplication::postEvent(this, new ProbeEvent(Clock::now()));
                next += std::chrono::milliseconds(20);
                std::this_thread::sleep_until(next);
            }
        });
    }
    std::vector<double> stop()
    {
        m_running = false;
        m_thread.join();
        QCoreApplication::removePostedEvents(this, kProbeEvent);
        return m_samples;
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() != kProbeEvent)
            return QObject::event(e);
        const auto waited = Clock::now() - static_cast<ProbeEvent *>(e)->postedAt;
        m_samples.push_back(std::chrono::duration<double, std::milli>(waited).count());
        return true;
    }

private:
    std::thread m_thread;
    std::atomic_bool m_running{false};
    std::vector<double> m_samples;
};

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double p95(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[size_t(0.95 * double(samples.size() - 1))];
}

void report(const QString &phase, std::vector<double> samples, double wallS, double cpuS)
{
    if (samples.empty())
        die(phase + u": no latency sample"_s);
    std::sort(samples.begin(), samples.end());
    auto at = [&samples](double q) { return samples[size_t(q * double(samples.size() - 1))]; };
    print(u"%1  %2 samples  latency median %3 ms  p95 %4 ms  max %5 ms   %6 s wall, %7 cores busy"_s
              .arg(phase, -7)
              .arg(samples.size(), 5)
              .arg(at(0.5), 6, 'f', 2)
              .arg(at(0.95), 6, 'f', 2)
              .arg(samples.back(), 7, 'f', 2)
              .arg(wallS, 6, 'f', 2)
              .arg(cpuS / qMax(wallS, 1e-9), 4, 'f', 2));
}

// Runs the probe while `busy` holds (at most 120 s), then reports.
std::vector<double> measure(LatencyProbe &probe, const QString &phase, const std::function<bool()> &busy)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuSeconds();
    probe.start();
    waitUntil([&busy] { return !busy(); }, "the phase to end");
    std::vector<double> samples = probe.stop();
    report(phase, samples, wall.nsecsElapsed() / 1e9, cpuSeconds() - cpu0);
    return samples;
}

void ffmpeg(const QStringList &args)
{
    QProcess p;
    p.start(u"ffmpeg"_s, QStringList{u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s} + args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        die(u"ffmpeg failed: "_s + QString::fromLocal8Bit(p.readAllStandardError()));
}

// Replaces the built workspace's empty media files by real ones: 4 s 640×360 H.264+AAC or 4 s MP3.
void writeMedia(const QString &dir, const QString &mediaDir, QStringList *paths)
{
    const QString video = QDir(dir).filePath(u"seed.mp4"_s), audio = QDir(dir).filePath(u"seed.mp3"_s);
    ffmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=s=640x360:r=25:d=4"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
            u"sine=r=48000:d=4"_s, u"-ac"_s, u"2"_s, u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"ultrafast"_s,
            u"-c:a"_s, u"aac"_s, video});
    ffmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=r=44100:d=4"_s, u"-c:a"_s, u"libmp3lame"_s, audio});
    for (const QString &name : QDir(mediaDir).entryList(QDir::Files)) {
        const QString path = QDir(mediaDir).filePath(name);
        QFile::remove(path);
        if (!QFile::copy(name.endsWith(".mp3"_L1) ? audio : video, path))
            die(u"cannot write "_s + path);
        paths->append(path);
    }
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings go to a test location
    QCoreApplication::setOrganizationName(u"SubmitDeskBench"_s);
    QCoreApplication::setApplicationName(u"SubmitDeskBench"_s);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 200;
    QTemporaryDir tmp(args.size() > 2 ? args.at(2) + u"/sd-bench-latency-XXXXXX"_s : QString());
    if (!tmp.isValid() || count <= 0)
        die(u"usage: bench_check_latency [FILES] [WORKDIR]"_s);
    const QString path = buildWorkspace(tmp.path(), count, writeCover(tmp.path()));
    QStringList media;
    writeMedia(tmp.path(), QDir(tmp.path()).filePath(u"media-1x%1"_s.arg(count)), &media);
    print(u"SubmitDesk GUI latency while checking: %1 resources (4 s media each), %2 cores, an event posted "
          u"every 20 ms"_s.arg(count)
              .arg(QThread::idealThreadCount()));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    LatencyProbe probe;
    QString error;
    if (!window.openWorkspace(path, &error))
        die(error);
    MediaCheckService *service = window.mediaChecks()->service();
    if (!service)
        die(u"no media check service"_s);
    int checked = 0, fromCache = 0;
    QObject::connect(
        service, &MediaCheckService::finished, &probe,
        [&](const QString &, const CheckReport &, bool cached) { ++(cached ? fromCache : checked); });
    // The checks that start by themselves once the batch report lists media not checked yet.
    bool begun = false;
    QElapsedTimer opened;
    opened.start();
    measure(probe, u"opening"_s, [&] {
        begun = begun || service->runningCount() > 0;
        return begun ? service->runningCount() > 0 : opened.elapsed() < 30000;
    });
    if (!begun)
        die(u"the checks did not start by themselves within 30 s"_s);
    print(u"        %1 files checked, %2 answered from the cache"_s.arg(checked).arg(fromCache));
    checked = fromCache = 0;
    QElapsedTimer idle;
    idle.start();
    measure(probe, u"idle"_s, [&] { return idle.elapsed() < 4000; });
    QAction *checkAll = window.findChild<QAction *>(u"actionCheckAllMedia"_s);
    if (!checkAll)
        die(u"no actionCheckAllMedia"_s);
    // Probing 200 files takes a fraction of a second: five rounds, the cache emptied before each.
    std::vector<double> quick;
    for (int round = 0; round < 5; ++round) {
        service->saveResults(); // the last round's results, which would otherwise answer this one
        QSqlQuery clear(window.controller().workspace().database());
        if (!clear.exec(u"DELETE FROM check_results"_s))
            die(clear.lastError().text());
        checkAll->trigger();
        const std::vector<double> samples =
            measure(probe, u"quick"_s, [&] { return service->runningCount() > 0; });
        quick.insert(quick.end(), samples.begin(), samples.end());
    }
    print(u"        %1 files checked, %2 answered from the cache"_s.arg(checked).arg(fromCache));
    checked = fromCache = 0;
    for (const QString &file : std::as_const(media))
        service->check(file, file.endsWith(".mp3"_L1) ? u"audio"_s : u"video"_s, true);
    const std::vector<double> deep = measure(probe, u"deep"_s, [&] { return service->runningCount() > 0; });
    print(u"        %1 files checked, %2 answered from the cache"_s.arg(checked).arg(fromCache));
    const double worst = qMax(p95(quick), p95(deep));
    print(u"p95 latency while checking: %1 ms (target <= 50 ms) %2"_s.arg(worst, 0, 'f', 1)
              .arg(worst <= 50 ? u"ok"_s : u"MISSED"_s));
    return 0;
}
