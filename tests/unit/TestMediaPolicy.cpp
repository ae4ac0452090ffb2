// The technical standard on real files: media made with the ffmpeg CLI on both sides of every
// rule's threshold, judged through MediaCheck (probe + policy) with the built-in profile.

#include "MediaFactory.h"
#include "TestSupport.h"

#include "media/DeepCheck.h"
#include "media/MediaCheck.h"
#include "media/MediaPolicy.h"
#include "profile/Profile.h"
#include "profile/ProfileLoader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Status = CheckResult::Status;

Q_DECLARE_METATYPE(CheckResult::Status)

namespace {
// What the check of a file the caller may not read said, and whether the caller could open it at all.
struct LockedCheck
{
    bool ran = false;    // false: `error` says why the check could not be run
    bool opened = false; // the file could be opened for reading
    int verdict = -1;    // CheckReport::Verdict
    QString error;
};

LockedCheck checkHere(const QString &path, const QJsonObject &technical)
{
    LockedCheck out;
    out.ran = true;
    QFile probe(path);
    out.opened = probe.open(QIODevice::ReadOnly);
    const CheckReport report = MediaCheck::checkFile(path, technical, {});
    out.verdict = int(report.verdict());
    out.error = report.error;
    return out;
}

// The same, in a forked child that has dropped root for nobody (uid and gid 65534, no groups). The child
// only reports through a pipe; the assertions stay on the test thread.
LockedCheck checkAsNobody(const QString &path, const QJsonObject &technical)
{
    LockedCheck out;
    int fds[2];
    if (pipe(fds) != 0) {
        out.error = u"pipe: "_s + QString::fromLocal8Bit(strerror(errno));
        return out;
    }
    const pid_t child = fork();
    if (child < 0) {
        out.error = u"fork: "_s + QString::fromLocal8Bit(strerror(errno));
        return out;
    }
    if (child == 0) {
        close(fds[0]);
        QByteArray answer;
        if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0 || geteuid() != 65534) {
            answer = "cannot become nobody: " + QByteArray(strerror(errno));
        } else {
            const LockedCheck here = checkHere(path, technical);
            answer =
                (here.opened ? "1 " : "0 ") + QByteArray::number(here.verdict) + ' ' + here.error.toUtf8();
        }
        qsizetype sent = 0;
        while (sent < answer.size()) {
            const ssize_t n = write(fds[1], answer.constData() + sent, size_t(answer.size() - sent));
            if (n <= 0)
                break;
            sent += n;
        }
        _exit(0);
    }
    close(fds[1]);
    QByteArray answer;
    pollfd readable{fds[0], POLLIN, 0};
    char buffer[4096];
    bool hung = false;
    for (;;) {
        if (poll(&readable, 1, 30000) <= 0) { // a hung child is not waited for longer than 30 s
            hung = true;
            break;
        }
        const ssize_t n = read(fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break; // end of file: the child has exited
        answer.append(buffer, n);
    }
    close(fds[0]);
    if (hung)
        kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    if (hung) {
        out.error = u"the child running as nobody did not finish within 30 s"_s;
        return out;
    }
    const QList<QByteArray> parts = answer.split(' ');
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || parts.size() < 3 ||
        (parts[0] != "0" && parts[0] != "1")) {
        out.error = u"the child running as nobody failed: "_s + QString::fromUtf8(answer);
        return out;
    }
    out.ran = true;
    out.opened = parts[0] == "1";
    out.verdict = parts[1].toInt();
    out.error = QString::fromUtf8(answer.mid(parts[0].size() + parts[1].size() + 2));
    return out;
}
} // namespace

class TestMediaPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void guessesTypeFromContent();
    void portraitByRotation();
    void otherMuxerX264();
    void factsOnlyThresholds_data();
    void factsOnlyThresholds();
    void unknownRuleIsAnError();
    void unreadableDevicesAreErrors();
    void deepCheckKeepsTheQuickDiagnosis();
    void unknownDecodeTimeIsWorded();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    void makeVideo(const QString &name, const MediaFactory::Video &spec);
    void makeAudio(const QString &name, const MediaFactory::Audio &spec);

    QTemporaryDir m_dir;
    Profile m_profile;
};

void TestMediaPolicy::makeVideo(const QString &name, const MediaFactory::Video &spec)
{
    QString error;
    QVERIFY2(MediaFactory::makeVideo(file(name), spec, &error), qPrintable(error));
}

void TestMediaPolicy::makeAudio(const QString &name, const MediaFactory::Audio &spec)
{
    QString error;
    QVERIFY2(MediaFactory::makeAudio(file(name), spec, &error), qPrintable(error));
}

void TestMediaPolicy::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QString error;
    QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &m_profile, &error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    using V = MediaFactory::Video;
    using A = MediaFactory::Audio;
    makeVideo(u"ok.mp4"_s, V{});
    V v;
    v.height = 700;
    makeVideo(u"1280x700.mp4"_s, v);
    v = V{};
    v.width = 720;
    v.height = 1280;
    makeVideo(u"portrait.mp4"_s, v);
    v = V{};
    v.rate = u"24"_s;
    makeVideo(u"24fps.mp4"_s, v);
    v.rate = u"30000/1001"_s;
    makeVideo(u"29.97fps.mp4"_s, v);
    v = V{};
    v.rate = u"30"_s; // 17 of 30 frames kept, spread over the whole second: nominal 30, average 17
    v.videoFilter = u"select='lt(n\\,16)+eq(n\\,29)'"_s;
    v.variableRate = true;
    makeVideo(u"vfr17.mp4"_s, v);
    v = V{};
    v.pixelFormat = u"yuv422p10le"_s;
    makeVideo(u"10bit422.mp4"_s, v);
    v = V{};
    v.format = u"mov"_s;
    makeVideo(u"quicktime.mp4"_s, v);
    v = V{};
    v.faststart = false;
    makeVideo(u"moov-at-end.mp4"_s, v);
    v = V{};
    v.audio = false;
    makeVideo(u"no-audio.mp4"_s, v);
    v = V{};
    v.bitrate = u"1M"_s;
    makeVideo(u"1mbps.mp4"_s, v);
    v = V{};
    v.audioCodec = u"libmp3lame"_s;
    makeVideo(u"mp3-audio.mp4"_s, v);
    v = V{};
    v.codec = u"mpeg4"_s;
    v.bitrate.clear();
    v.extraArgs = {u"-b:v"_s, u"3M"_s};
    makeVideo(u"mpeg4.mp4"_s, v);

    makeAudio(u"ok.mp3"_s, A{});
    A a;
    a.rate = 48000;
    makeAudio(u"48k.mp3"_s, a);
    a.rate = 22050;
    makeAudio(u"22k.mp3"_s, a);
    a.rate = 32000;
    makeAudio(u"32k.mp3"_s, a);
    a = A{};
    a.channels = 1;
    makeAudio(u"mono.mp3"_s, a);
    a = A{};
    a.format = u"wav"_s;
    a.codec = u"pcm_s16le"_s;
    makeAudio(u"wav-named.mp3"_s, a);
    a = A{};
    a.codec = u"aac"_s;
    a.format = u"ipod"_s;
    makeAudio(u"aac-named.mp3"_s, a);
    QVERIFY2(MediaFactory::makeJpeg(file(u"cover.jpg"_s), &error), qPrintable(error));
    a = A{};
    a.coverJpeg = file(u"cover.jpg"_s);
    makeAudio(u"with-cover.mp3"_s, a);

    QVERIFY2(MediaFactory::truncateCopy(file(u"ok.mp4"_s), file(u"truncated.mp4"_s), 150000, &error),
             qPrintable(error));
    QVERIFY2(MediaFactory::truncateCopy(file(u"moov-at-end.mp4"_s), file(u"truncated-no-moov.mp4"_s), 150000,
                                        &error),
             qPrintable(error));
    QVERIFY2(MediaFactory::writeRandom(file(u"random.mp4"_s), 64 * 1024, 7, &error), qPrintable(error));
    QVERIFY2(MediaFactory::writeRandom(file(u"zero.mp4"_s), 0, 1, &error), qPrintable(error));
    for (const QString &name : {u"text.mp4"_s, u"text.mp3"_s}) {
        QFile text(file(name));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("Course notes, chapter 1.\nThis is plain text, renamed.\n").repeated(200));
    }
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.mp4"_s));
    QCOMPARE(TestSupport::run(u"mkfifo"_s, {file(u"fifo.mp4"_s)}).exitCode, 0);
}

void TestMediaPolicy::verdicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Status>("status");

    auto row = [](const char *tag, const char *name, const char *kind, const char *verdict, const char *rule,
                  Status status) {
        QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(kind) << QString::fromUtf8(verdict)
                           << QString::fromUtf8(rule) << status;
    };
    row("1280x720 passes", "ok.mp4", "video", "pass", "resolution", Status::Pass);
    row("1280x720 all rules pass", "ok.mp4", "video", "pass", "container", Status::Pass);
    row("1280x700 fails", "1280x700.mp4", "video", "fail", "resolution", Status::Fail);
    row("portrait 720x1280 warns", "portrait.mp4", "video", "pass", "resolution", Status::Warning);
    row("25 fps passes", "ok.mp4", "video", "pass", "frame_rate", Status::Pass);
    row("24 fps fails", "24fps.mp4", "video", "fail", "frame_rate", Status::Fail);
    row("29.97 fps passes", "29.97fps.mp4", "video", "pass", "frame_rate", Status::Pass);
    row("VFR nominal 30 average 17 fails", "vfr17.mp4", "video", "fail", "frame_rate", Status::Fail);
    row("3 Mbps passes", "ok.mp4", "video", "pass", "bitrate", Status::Pass);
    row("1 Mbps fails", "1mbps.mp4", "video", "fail", "bitrate", Status::Fail);
    row("8-bit 4:2:0 plays in browsers", "ok.mp4", "video", "pass", "browser", Status::Pass);
    row("10-bit 4:2:2 fails browser", "10bit422.mp4", "video", "fail", "browser", Status::Fail);
    row("mov container fails", "quicktime.mp4", "video", "fail", "container", Status::Fail);
    row("moov at end warns", "moov-at-end.mp4", "video", "pass", "browser", Status::Warning);
    row("no audio fails", "no-audio.mp4", "video", "fail", "audio_codec", Status::Fail);
    row("MP3 inside MP4 fails audio_codec", "mp3-audio.mp4", "video", "fail", "audio_codec", Status::Fail);
    row("MPEG-4 part 2 fails video_codec", "mpeg4.mp4", "video", "fail", "video_codec", Status::Fail);
    row("intact file has integrity", "ok.mp4", "video", "pass", "integrity", Status::Pass);
    row("truncated mp4 fails integrity", "truncated.mp4", "video", "fail", "integrity", Status::Fail);
    // Read but not a complete media file: integrity fails (SPEC 4.1), it is not an I/O error.
    row("truncated mp4 without moov fails integrity", "truncated-no-moov.mp4", "video", "fail", "integrity",
        Status::Fail);
    row("random bytes fail integrity", "random.mp4", "video", "fail", "integrity", Status::Fail);
    row("text renamed .mp4 fails integrity", "text.mp4", "video", "fail", "integrity", Status::Fail);
    row("text renamed .mp3 fails integrity", "text.mp3", "audio", "fail", "integrity", Status::Fail);
    row("zero bytes fail integrity", "zero.mp4", "video", "fail", "integrity", Status::Fail);
    // I/O problems: the file could not be read, verdict error.
    row("missing file is an error", "no-such-file.mp4", "video", "error", "integrity", Status::Error);
    row("directory is an error", "folder.mp4", "video", "error", "integrity", Status::Error);
    row("FIFO is an error", "fifo.mp4", "video", "error", "integrity", Status::Error);

    row("MP3 44.1k stereo passes", "ok.mp3", "audio", "pass", "sample_rate", Status::Pass);
    row("MP3 passes container", "ok.mp3", "audio", "pass", "container", Status::Pass);
    row("MP3 bit depth passes", "ok.mp3", "audio", "pass", "bit_depth", Status::Pass);
    row("MP3 48k passes", "48k.mp3", "audio", "pass", "sample_rate", Status::Pass);
    row("MP3 22.05k fails", "22k.mp3", "audio", "fail", "sample_rate", Status::Fail);
    row("MP3 32k fails", "32k.mp3", "audio", "fail", "sample_rate", Status::Fail);
    row("MP3 mono fails", "mono.mp3", "audio", "fail", "channels", Status::Fail);
    row("MP3 stereo passes", "ok.mp3", "audio", "pass", "channels", Status::Pass);
    row("WAV named .mp3 fails container", "wav-named.mp3", "audio", "fail", "container", Status::Fail);
    row("WAV named .mp3 fails codec", "wav-named.mp3", "audio", "fail", "audio_codec", Status::Fail);
    row("M4A named .mp3 fails", "aac-named.mp3", "audio", "fail", "container", Status::Fail);
    row("MP3 with cover art passes", "with-cover.mp3", "audio", "pass", "audio_codec", Status::Pass);
    row("video judged as audio fails", "ok.mp4", "audio", "fail", "container", Status::Fail);
}

void TestMediaPolicy::verdicts()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, verdict);
    QFETCH(QString, rule);
    QFETCH(Status, status);
    MediaCheck::Options options;
    options.kind = kind;
    const CheckReport report = MediaCheck::checkFile(file(name), m_profile.technical, options);
    const QString dump = QString::fromUtf8(QJsonDocument(report.toJson()).toJson());
    QCOMPARE(CheckReport::verdictName(report.verdict()), verdict);
    QVERIFY2(report.status(rule) == status, qPrintable(dump));
    const CheckResult *r = report.find(rule);
    QVERIFY(r);
    QVERIFY2(!r->message.isEmpty(), "every result explains itself");
    if (status == Status::Fail)
        QVERIFY2(!r->hint.isEmpty() && !r->expected.isEmpty() && !r->actual.isEmpty(), qPrintable(dump));
    if (verdict == "error"_L1)
        QVERIFY2(report.error.contains(name), "the error names the file");
    else
        QVERIFY2(report.error.isEmpty(), qPrintable(dump)); // only an I/O problem sets `error`
}

void TestMediaPolicy::unreadableDevicesAreErrors()
{
    // Not regular files: never read (a read of /dev/zero would not end), verdict error.
    for (const QString &path : {u"/dev/zero"_s, u"/dev/null"_s}) {
        const CheckReport report = MediaCheck::checkFile(path, m_profile.technical, {});
        QCOMPARE(report.verdict(), CheckReport::Verdict::Error);
        QVERIFY2(report.error.contains(path), qPrintable(report.error));
    }
    // Permission denied. Root reads everything, so as root (CI) the check runs in a child process that has
    // given root up for nobody, as a user's program would run. The folder lets anyone in: only the file's
    // own permissions stop the read.
    QTemporaryDir reachable;
    QVERIFY(reachable.isValid());
    QVERIFY(QFile::setPermissions(reachable.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                        QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                        QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                        QFileDevice::ExeOther));
    const QString locked = reachable.filePath(u"locked.mp4"_s);
    QVERIFY(QFile::copy(file(u"ok.mp4"_s), locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    const LockedCheck outcome =
        geteuid() == 0 ? checkAsNobody(locked, m_profile.technical) : checkHere(locked, m_profile.technical);
    QVERIFY2(outcome.ran, qPrintable(outcome.error));
    QVERIFY2(!outcome.opened, "the locked file could be opened: nothing to test");
    QCOMPARE(outcome.verdict, int(CheckReport::Verdict::Error));
    QVERIFY2(outcome.error.contains(u"cannot read"_s), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(locked), qPrintable(outcome.error));
}

void TestMediaPolicy::deepCheckKeepsTheQuickDiagnosis()
{
    // The index of truncated.mp4 points past its end: the quick check says exactly where. The deep check
    // finds decode errors too and must add them to that diagnosis, not replace it.
    MediaCheck::Options quickOptions;
    quickOptions.kind = u"video"_s;
    const CheckReport quick =
        MediaCheck::checkFile(file(u"truncated.mp4"_s), m_profile.technical, quickOptions);
    const CheckResult *q = quick.find(u"integrity"_s);
    QVERIFY(q);
    QCOMPARE(q->status, Status::Fail);
    QVERIFY2(q->actual.contains(u"cut short"_s), qPrintable(q->actual));
    MediaCheck::Options deepOptions = quickOptions;
    deepOptions.deep = true;
    const CheckReport deep =
        MediaCheck::checkFile(file(u"truncated.mp4"_s), m_profile.technical, deepOptions);
    const CheckResult *d = deep.find(u"integrity"_s);
    QVERIFY(d);
    const QString dump = QString::fromUtf8(QJsonDocument(deep.toJson()).toJson());
    QCOMPARE(d->status, Status::Fail);
    QVERIFY(deep.deep);
    QVERIFY2(d->actual.startsWith(q->actual), qPrintable(dump));
    QVERIFY2(d->message.startsWith(q->message), qPrintable(dump));
    QCOMPARE(d->hint, q->hint);
    const int errors = deep.facts.value("deep"_L1).toObject().value("error_count"_L1).toInt();
    QVERIFY2(errors > 0, qPrintable(dump)); // decoding the cut file fails too
    QVERIFY2(d->actual.contains(u"decode error"_s), qPrintable(dump));
    QVERIFY2(d->message.contains(u"Decoding the whole file found"_s), qPrintable(dump));
    QVERIFY2(!d->message.contains(u" ?"_s), qPrintable(dump));
    QCOMPARE(deep.verdict(), CheckReport::Verdict::Fail);
}

void TestMediaPolicy::unknownDecodeTimeIsWorded()
{
    DeepCheck::Result result;
    result.errorCount = 1;
    result.errors.append({-1, 0, u"Invalid data found when processing input"_s});
    CheckReport report;
    report.add(CheckResult{u"integrity"_s, Status::Pass, {}, {}, {}, {}});
    DeepCheck::apply(result, &report);
    const CheckResult *r = report.find(u"integrity"_s);
    QCOMPARE(r->status, Status::Fail);
    QVERIFY2(r->message.contains(u"at an unknown time: Invalid data"_s), qPrintable(r->message));
    QVERIFY2(!r->message.contains(u'?'), qPrintable(r->message));
    // A quick-check failure stays first, the decode errors follow.
    CheckReport cut;
    cut.add(CheckResult{u"integrity"_s, Status::Fail, u"x"_s,
                        u"cut short: data up to byte 1177146, file has 784764 bytes"_s,
                        u"The index points past the end."_s, u"Copy again."_s});
    DeepCheck::apply(result, &cut);
    r = cut.find(u"integrity"_s);
    QCOMPARE(r->actual, u"cut short: data up to byte 1177146, file has 784764 bytes; 1 decode error(s)"_s);
    QVERIFY2(r->message.startsWith(u"The index points past the end. Decoding the whole file found"_s),
             qPrintable(r->message));
    QCOMPARE(r->hint, u"Copy again."_s);
}

void TestMediaPolicy::guessesTypeFromContent()
{
    const CheckReport video = MediaCheck::checkFile(file(u"ok.mp4"_s), m_profile.technical, {});
    QCOMPARE(video.type, u"video"_s);
    QCOMPARE(video.checks.size(), 8);
    // a cover picture is not video: the MP3 stays audio
    const CheckReport audio = MediaCheck::checkFile(file(u"with-cover.mp3"_s), m_profile.technical, {});
    QCOMPARE(audio.type, u"audio"_s);
    QCOMPARE(audio.checks.size(), 6);
    QCOMPARE(audio.verdict(), CheckReport::Verdict::Pass);
}

void TestMediaPolicy::portraitByRotation()
{
    const QString path = file(u"rotated.mp4"_s);
    QString error;
    QVERIFY2(QFile::copy(file(u"ok.mp4"_s), path), "copy");
    QVERIFY2(MediaFactory::setRotation(path, 90, &error), qPrintable(error));
    const CheckReport report = MediaCheck::checkFile(path, m_profile.technical, {});
    QCOMPARE(report.status(u"resolution"_s), Status::Warning);
    QVERIFY(report.find(u"resolution"_s)->actual.startsWith(u"720×1280"_s));
    QCOMPARE(report.verdict(), CheckReport::Verdict::Pass);
}

void TestMediaPolicy::otherMuxerX264()
{
    if (!TestSupport::haveProgram(u"x264"_s))
        QSKIP("x264 CLI not installed");
    const QString y4m = file(u"in.y4m"_s);
    const QString mkv = file(u"x264.mkv"_s);
    QString error;
    MediaFactory::Video spec;
    spec.audio = false;
    spec.codec = u"wrapped_avframe"_s;
    spec.bitrate.clear();
    spec.faststart = false;
    spec.format = u"yuv4mpegpipe"_s;
    QVERIFY2(MediaFactory::makeVideo(y4m, spec, &error), qPrintable(error));
    const auto r = TestSupport::run(u"x264"_s, {u"--quiet"_s, u"--preset"_s, u"ultrafast"_s, u"--bitrate"_s,
                                                u"3000"_s, u"-o"_s, mkv, y4m});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const CheckReport report = MediaCheck::checkFile(mkv, m_profile.technical, {});
    QCOMPARE(report.type, u"video"_s);
    QCOMPARE(report.status(u"container"_s), Status::Fail);   // Matroska, not MP4
    QCOMPARE(report.status(u"video_codec"_s), Status::Pass); // but H.264
    QCOMPARE(report.status(u"resolution"_s), Status::Pass);
    QCOMPARE(report.status(u"frame_rate"_s), Status::Pass);
}

void TestMediaPolicy::factsOnlyThresholds_data()
{
    QTest::addColumn<QString>("brand");
    QTest::addColumn<double>("fps");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Status>("status");
    QTest::newRow("isom passes") << u"isom"_s << 25.0 << 40 << u"container"_s << Status::Pass;
    QTest::newRow("mp42 passes") << u"mp42"_s << 25.0 << 40 << u"container"_s << Status::Pass;
    QTest::newRow("M4V warns") << u"M4V "_s << 25.0 << 40 << u"container"_s << Status::Warning;
    QTest::newRow("3gp4 fails") << u"3gp4"_s << 25.0 << 40 << u"container"_s << Status::Fail;
    QTest::newRow("qt fails") << u"qt  "_s << 25.0 << 40 << u"container"_s << Status::Fail;
    QTest::newRow("23.976 fails") << u"isom"_s << 23.976 << 40 << u"frame_rate"_s << Status::Fail;
    QTest::newRow("50 passes") << u"isom"_s << 50.0 << 40 << u"frame_rate"_s << Status::Pass;
    QTest::newRow("level 5.1 passes") << u"isom"_s << 25.0 << 51 << u"browser"_s << Status::Pass;
    QTest::newRow("level 5.2 fails") << u"isom"_s << 25.0 << 52 << u"browser"_s << Status::Fail;
}

void TestMediaPolicy::factsOnlyThresholds()
{
    QFETCH(QString, brand);
    QFETCH(double, fps);
    QFETCH(int, level);
    QFETCH(QString, rule);
    QFETCH(Status, status);
    MediaFacts facts;
    facts.formatName = u"mov,mp4,m4a,3gp,3g2,mj2"_s;
    facts.majorBrand = brand;
    facts.containerFamily = u"mp4"_s;
    facts.indexPosition = u"before"_s;
    MediaFacts::Video v;
    v.codec = u"h264"_s;
    v.profile = u"High"_s;
    v.level = level;
    v.pixelFormat = u"yuv420p"_s;
    v.bitDepth = 8;
    v.chroma = u"4:2:0"_s;
    v.averageFrameRate = fps;
    facts.video.append(v);
    MediaFacts::Audio a;
    a.codec = u"aac"_s;
    a.profile = u"LC"_s;
    facts.audio.append(a);
    const CheckReport report = MediaPolicy::evaluate(facts, m_profile.technical, u"video"_s);
    QCOMPARE(report.status(rule), status);
}

void TestMediaPolicy::unknownRuleIsAnError()
{
    QJsonObject technical = m_profile.technical;
    QJsonObject video = technical.value("video"_L1).toObject();
    video.insert("rules"_L1, QJsonArray{u"container"_s, u"no_such_rule"_s});
    technical.insert("video"_L1, video);
    MediaFacts facts;
    facts.video.append(MediaFacts::Video{});
    const CheckReport report = MediaPolicy::evaluate(facts, technical, u"video"_s);
    QCOMPARE(report.status(u"no_such_rule"_s), Status::Error);
    QCOMPARE(report.verdict(), CheckReport::Verdict::Error);
}

QTEST_GUILESS_MAIN(TestMediaPolicy)
#include "TestMediaPolicy.moc"
