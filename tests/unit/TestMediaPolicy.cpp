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
#include <QLocale>
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
    void profileNumbersReachMessagesAndHints();
    void missingThresholdIsAnError();
    void codecNamesComeFromProfile();
    void channelWordingComesFromProfile();
    void ruleNamesComeFromProfile();
    void upperLimits_data();
    void upperLimits();

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

namespace {
// A technical section with one rule's keys changed (added, replaced, or removed when the value is null).
QJsonObject patched(QJsonObject technical, const QString &kind, const QString &rule,
                    const QJsonObject &changes)
{
    QJsonObject section = technical.value(kind).toObject();
    QJsonObject o = section.value(rule).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), it.value());
    }
    section.insert(rule, o);
    QJsonArray rules = section.value("rules"_L1).toArray();
    if (!rules.contains(rule))
        rules.append(rule);
    section.insert("rules"_L1, rules);
    technical.insert(kind, section);
    return technical;
}

// A 1280×720, 25 fps, 3 Mbit/s, 60 s H.264/AAC MP4 that meets the 2022 standard, as measured facts.
MediaFacts hdVideoFacts()
{
    MediaFacts facts;
    facts.formatName = u"mov,mp4,m4a,3gp,3g2,mj2"_s;
    facts.majorBrand = u"isom"_s;
    facts.containerFamily = u"mp4"_s;
    facts.indexPosition = u"before"_s;
    facts.duration = 60;
    facts.bitRate = 3000000;
    facts.fileSize = 3000000 / 8 * 60;
    MediaFacts::Video v;
    v.codec = u"h264"_s;
    v.profile = u"High"_s;
    v.level = 40;
    v.pixelFormat = u"yuv420p"_s;
    v.bitDepth = 8;
    v.chroma = u"4:2:0"_s;
    v.codedWidth = v.displayWidth = 1280;
    v.codedHeight = v.displayHeight = 720;
    v.averageFrameRate = v.nominalFrameRate = 25;
    facts.video.append(v);
    MediaFacts::Audio a;
    a.codec = u"aac"_s;
    a.profile = u"LC"_s;
    a.sampleRate = 44100;
    a.channels = 2;
    facts.audio.append(a);
    return facts;
}

// A 44.1 kHz stereo MP3, 60 s.
MediaFacts mp3Facts()
{
    MediaFacts facts;
    facts.formatName = u"mp3"_s;
    facts.containerFamily = u"mp3"_s;
    facts.duration = 60;
    facts.fileSize = 192000 / 8 * 60;
    facts.bitRate = 192000;
    MediaFacts::Audio a;
    a.codec = u"mp3"_s;
    a.sampleRate = 44100;
    a.channels = 2;
    a.channelLayout = u"stereo"_s;
    facts.audio.append(a);
    return facts;
}

QString dumpResult(const CheckResult *r)
{
    return r ? QString::fromUtf8(QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact)) : u"(none)"_s;
}
} // namespace

// Issue 13 item 1: under a 1920×1080, 30 fps, 8 Mbit/s, 48 kHz profile, verdicts, expectations,
// messages and hints quote those numbers, not the 2022 ones.
void TestMediaPolicy::profileNumbersReachMessagesAndHints()
{
    QJsonObject t = m_profile.technical;
    t = patched(t, u"video"_s, u"resolution"_s, {{"min_long"_L1, 1920}, {"min_short"_L1, 1080}});
    t = patched(t, u"video"_s, u"frame_rate"_s, {{"min"_L1, 30.0}});
    t = patched(t, u"video"_s, u"bitrate"_s, {{"min_bps"_L1, 8000000}});
    t = patched(t, u"audio"_s, u"sample_rate"_s, {{"min_hz"_L1, 48000}});

    const MediaFacts hd = hdVideoFacts();
    const CheckReport old = MediaPolicy::evaluate(hd, m_profile.technical, u"video"_s);
    QCOMPARE(old.verdict(), CheckReport::Verdict::Pass);
    const CheckReport report = MediaPolicy::evaluate(hd, t, u"video"_s);

    const CheckResult *res = report.find(u"resolution"_s);
    QVERIFY(res);
    QCOMPARE(res->status, Status::Fail);
    QVERIFY2(res->expected.contains(u"1920"_s) && res->expected.contains(u"1080"_s),
             qPrintable(dumpResult(res)));
    QVERIFY2(res->message.contains(u"1920×1080"_s), qPrintable(dumpResult(res)));
    QVERIFY2(res->hint.contains(u"1920×1080"_s), qPrintable(dumpResult(res)));
    QVERIFY2(!res->hint.contains(u"1280"_s) && !res->message.contains(u"1280×720"_s),
             qPrintable(dumpResult(res)));

    const CheckResult *fps = report.find(u"frame_rate"_s);
    QVERIFY(fps);
    QCOMPARE(fps->status, Status::Fail);
    QVERIFY2(fps->expected.contains(u"30.00"_s), qPrintable(dumpResult(fps)));
    QVERIFY2(fps->message.contains(u"30.00"_s), qPrintable(dumpResult(fps)));
    QVERIFY2(fps->hint.contains(u"30 fps"_s) && !fps->hint.contains(u"25"_s), qPrintable(dumpResult(fps)));

    const CheckResult *rate = report.find(u"bitrate"_s);
    QVERIFY(rate);
    QCOMPARE(rate->status, Status::Fail);
    QVERIFY2(rate->expected.contains(u"8.00 Mbit/s"_s), qPrintable(dumpResult(rate)));
    QVERIFY2(rate->message.contains(u"8.00"_s), qPrintable(dumpResult(rate)));
    QVERIFY2(rate->hint.contains(u"-b:v 12M"_s), qPrintable(dumpResult(rate))); // 1.5 × the minimum

    const CheckReport audio = MediaPolicy::evaluate(mp3Facts(), t, u"audio"_s);
    const CheckResult *hz = audio.find(u"sample_rate"_s);
    QVERIFY(hz);
    QCOMPARE(hz->status, Status::Fail);
    QVERIFY2(hz->expected.contains(u"48000"_s) && hz->message.contains(u"48000"_s),
             qPrintable(dumpResult(hz)));
    QVERIFY2(hz->hint.contains(u"48000"_s) && !hz->hint.contains(u"44100"_s), qPrintable(dumpResult(hz)));

    MediaFacts wav = mp3Facts();
    wav.formatName = wav.containerFamily = u"wav"_s;
    wav.audio[0].codec = u"pcm_s16le"_s;
    const CheckReport wavReport = MediaPolicy::evaluate(wav, t, u"audio"_s);
    const CheckResult *container = wavReport.find(u"container"_s);
    QVERIFY(container);
    QCOMPARE(container->status, Status::Fail);
    QVERIFY2(container->hint.contains(u"-ar 48000 -ac 2"_s), qPrintable(dumpResult(container)));
    QVERIFY2(container->hint.contains(u"libmp3lame"_s), qPrintable(dumpResult(container)));
    // The 2022 profile's hint is unchanged in substance.
    const CheckReport report2022 = MediaPolicy::evaluate(wav, m_profile.technical, u"audio"_s);
    const CheckResult *old2022 = report2022.find(u"container"_s);
    QVERIFY2(old2022 && old2022->hint.contains(u"-ar 44100 -ac 2"_s), qPrintable(dumpResult(old2022)));
}

// No threshold has a fallback in code: a rule whose number is missing is an error naming the key.
void TestMediaPolicy::missingThresholdIsAnError()
{
    const QJsonObject t =
        patched(m_profile.technical, u"video"_s, u"frame_rate"_s, {{"min"_L1, QJsonValue::Null}});
    const CheckReport report = MediaPolicy::evaluate(hdVideoFacts(), t, u"video"_s);
    const CheckResult *r = report.find(u"frame_rate"_s);
    QVERIFY(r);
    QCOMPARE(r->status, Status::Error);
    QVERIFY2(r->message.contains(u"frame_rate.min"_s), qPrintable(dumpResult(r)));
    QCOMPARE(report.verdict(), CheckReport::Verdict::Error);
}

// Codec names are data: a profile asking for HEVC passes an HEVC file in every rule that names codecs,
// and words a failure with the profile's codec.
void TestMediaPolicy::codecNamesComeFromProfile()
{
    QJsonObject t = m_profile.technical;
    t = patched(t, u"video"_s, u"video_codec"_s,
                {{"codecs"_L1, QJsonArray{u"hevc"_s}}, {"encoder"_L1, u"libx265"_s}});
    t = patched(t, u"video"_s, u"browser"_s,
                {{"video_codecs"_L1, QJsonArray{u"hevc"_s}}, {"h264_profiles"_L1, QJsonArray{u"Main"_s}}});
    MediaFacts hevc = hdVideoFacts();
    hevc.video[0].codec = u"hevc"_s;
    hevc.video[0].profile = u"Main"_s;
    const CheckReport report = MediaPolicy::evaluate(hevc, t, u"video"_s);
    QCOMPARE(report.status(u"video_codec"_s), Status::Pass);
    QVERIFY2(report.status(u"browser"_s) == Status::Pass, qPrintable(dumpResult(report.find(u"browser"_s))));

    const CheckReport h264 = MediaPolicy::evaluate(hdVideoFacts(), t, u"video"_s);
    const CheckResult *codec = h264.find(u"video_codec"_s);
    QVERIFY(codec);
    QCOMPARE(codec->status, Status::Fail);
    QVERIFY2(codec->message.contains(u"HEVC"_s) && !codec->message.contains(u"H.264"_s),
             qPrintable(dumpResult(codec)));
    QVERIFY2(codec->hint.contains(u"libx265"_s), qPrintable(dumpResult(codec)));
}

void TestMediaPolicy::channelWordingComesFromProfile()
{
    const QJsonObject t =
        patched(m_profile.technical, u"audio"_s, u"channels"_s, {{"exact"_L1, 1}, {"layout"_L1, u"mono"_s}});
    const CheckReport report = MediaPolicy::evaluate(mp3Facts(), t, u"audio"_s);
    const CheckResult *r = report.find(u"channels"_s);
    QVERIFY(r);
    QCOMPARE(r->status, Status::Fail);
    QVERIFY2(r->expected.contains(u"mono"_s), qPrintable(dumpResult(r)));
    QVERIFY2(!(r->message + r->hint).contains(u"stereo"_s, Qt::CaseInsensitive), qPrintable(dumpResult(r)));
    QVERIFY2(r->hint.contains(u"-ac 1"_s), qPrintable(dumpResult(r)));
}

// Issue 13 item 3: a rule's name and explanation come from the profile, in the UI's language.
void TestMediaPolicy::ruleNamesComeFromProfile()
{
    const QJsonObject t = patched(
        m_profile.technical, u"video"_s, u"frame_rate"_s,
        {{"name"_L1, QJsonObject{{"zh"_L1, u"帧速"_s}, {"en"_L1, u"Picture rate"_s}}},
         {"explain"_L1, QJsonObject{{"zh"_L1, u"每秒画面数。"_s}, {"en"_L1, u"Pictures per second."_s}}}});
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QJsonObject r = MediaPolicy::evaluate(hdVideoFacts(), t, u"video"_s).find(u"frame_rate"_s)->toJson();
    QCOMPARE(r.value("name"_L1).toString(), u"Picture rate"_s);
    QCOMPARE(r.value("explain"_L1).toString(), u"Pictures per second."_s);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    r = MediaPolicy::evaluate(hdVideoFacts(), t, u"video"_s).find(u"frame_rate"_s)->toJson();
    QLocale::setDefault(QLocale::c());
    QCOMPARE(r.value("name"_L1).toString(), u"帧速"_s);
    QCOMPARE(r.value("explain"_L1).toString(), u"每秒画面数。"_s);
    // The built-in profile names every rule.
    const CheckReport builtin = MediaPolicy::evaluate(hdVideoFacts(), m_profile.technical, u"video"_s);
    for (const CheckResult &result : builtin.checks)
        QVERIFY2(!result.toJson().value("name"_L1).toString().isEmpty(), qPrintable(result.id));
}

// Issue 13 item 2: optional upper limits and exact values, each on both sides of its limit.
void TestMediaPolicy::upperLimits_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QJsonObject>("facts"); // overrides: width, height, fps, bps, seconds, bytes, hz
    QTest::addColumn<Status>("status");
    const QString v = u"video"_s;
    const QString a = u"audio"_s;
    const QJsonObject named{{"name"_L1, QJsonObject{{"zh"_L1, u"上限"_s}, {"en"_L1, u"Limit"_s}}},
                            {"explain"_L1, QJsonObject{{"zh"_L1, u"上限。"_s}, {"en"_L1, u"A limit."_s}}}};
    auto with = [](QJsonObject o, const QJsonObject &more) {
        for (auto it = more.begin(); it != more.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    const QJsonObject maxBps{{"max_bps"_L1, 8000000}};
    QTest::newRow("bitrate at max passes")
        << v << u"bitrate"_s << maxBps << QJsonObject{{"bps"_L1, 8000000}} << Status::Pass;
    QTest::newRow("bitrate above max fails")
        << v << u"bitrate"_s << maxBps << QJsonObject{{"bps"_L1, 8000001}} << Status::Fail;
    const QJsonObject maxSeconds = with(named, {{"max_seconds"_L1, 3600}});
    QTest::newRow("duration at max passes")
        << v << u"duration"_s << maxSeconds << QJsonObject{{"seconds"_L1, 3600}} << Status::Pass;
    QTest::newRow("duration above max fails")
        << v << u"duration"_s << maxSeconds << QJsonObject{{"seconds"_L1, 3600.5}} << Status::Fail;
    QTest::newRow("duration unknown fails")
        << v << u"duration"_s << maxSeconds << QJsonObject{{"seconds"_L1, -1}} << Status::Fail;
    QTest::newRow("audio duration above max fails")
        << a << u"duration"_s << maxSeconds << QJsonObject{{"seconds"_L1, 4000}} << Status::Fail;
    const QJsonObject maxBytes = with(named, {{"max_bytes"_L1, 1000000}});
    QTest::newRow("size at max passes")
        << v << u"file_size"_s << maxBytes << QJsonObject{{"bytes"_L1, 1000000}} << Status::Pass;
    QTest::newRow("size above max fails")
        << v << u"file_size"_s << maxBytes << QJsonObject{{"bytes"_L1, 1000001}} << Status::Fail;
    QTest::newRow("audio size above max fails")
        << a << u"file_size"_s << maxBytes << QJsonObject{{"bytes"_L1, 2000000}} << Status::Fail;
    const QJsonObject allowed{{"allowed"_L1, QJsonArray{25, 29.97, 50}}};
    QTest::newRow("25 fps allowed") << v << u"frame_rate"_s << allowed << QJsonObject{{"fps"_L1, 25}}
                                    << Status::Pass;
    QTest::newRow("29.97 fps allowed")
        << v << u"frame_rate"_s << allowed << QJsonObject{{"fps"_L1, 30000.0 / 1001}} << Status::Pass;
    QTest::newRow("30 fps not allowed")
        << v << u"frame_rate"_s << allowed << QJsonObject{{"fps"_L1, 30}} << Status::Fail;
    QTest::newRow("60 fps not allowed")
        << v << u"frame_rate"_s << allowed << QJsonObject{{"fps"_L1, 60}} << Status::Fail;
    const QJsonObject exact{{"exact_long"_L1, 1920}, {"exact_short"_L1, 1080}};
    QTest::newRow("exactly 1920x1080 passes")
        << v << u"resolution"_s << exact << QJsonObject{{"width"_L1, 1920}, {"height"_L1, 1080}}
        << Status::Pass;
    QTest::newRow("2560x1440 is not exact")
        << v << u"resolution"_s << exact << QJsonObject{{"width"_L1, 2560}, {"height"_L1, 1440}}
        << Status::Fail;
    QTest::newRow("1280x720 is not exact")
        << v << u"resolution"_s << exact << QJsonObject{{"width"_L1, 1280}, {"height"_L1, 720}}
        << Status::Fail;
    QTest::newRow("exact portrait warns")
        << v << u"resolution"_s << exact << QJsonObject{{"width"_L1, 1080}, {"height"_L1, 1920}}
        << Status::Warning;
    const QJsonObject aspect{{"aspect"_L1, u"16:9"_s}};
    QTest::newRow("16:9 passes") << v << u"resolution"_s << aspect
                                 << QJsonObject{{"width"_L1, 1280}, {"height"_L1, 720}} << Status::Pass;
    QTest::newRow("854x480-like 1366x768 passes")
        << v << u"resolution"_s << aspect << QJsonObject{{"width"_L1, 1366}, {"height"_L1, 768}}
        << Status::Pass;
    QTest::newRow("4:3 fails 16:9") << v << u"resolution"_s << aspect
                                    << QJsonObject{{"width"_L1, 1440}, {"height"_L1, 1080}} << Status::Fail;
    const QJsonObject maxHz{{"max_hz"_L1, 48000}};
    QTest::newRow("48 kHz within range")
        << a << u"sample_rate"_s << maxHz << QJsonObject{{"hz"_L1, 48000}} << Status::Pass;
    QTest::newRow("96 kHz above range")
        << a << u"sample_rate"_s << maxHz << QJsonObject{{"hz"_L1, 96000}} << Status::Fail;
}

void TestMediaPolicy::upperLimits()
{
    QFETCH(QString, kind);
    QFETCH(QString, rule);
    QFETCH(QJsonObject, patch);
    QFETCH(QJsonObject, facts);
    QFETCH(Status, status);
    MediaFacts f = kind == "video"_L1 ? hdVideoFacts() : mp3Facts();
    if (facts.contains("width"_L1)) {
        f.video[0].displayWidth = f.video[0].codedWidth = facts.value("width"_L1).toInt();
        f.video[0].displayHeight = f.video[0].codedHeight = facts.value("height"_L1).toInt();
    }
    if (facts.contains("fps"_L1))
        f.video[0].averageFrameRate = f.video[0].nominalFrameRate = facts.value("fps"_L1).toDouble();
    if (facts.contains("bps"_L1))
        f.bitRate = facts.value("bps"_L1).toInteger();
    if (facts.contains("seconds"_L1))
        f.duration = facts.value("seconds"_L1).toDouble();
    if (facts.contains("bytes"_L1))
        f.fileSize = facts.value("bytes"_L1).toInteger();
    if (facts.contains("hz"_L1))
        f.audio[0].sampleRate = facts.value("hz"_L1).toInt();
    const QJsonObject t = patched(m_profile.technical, kind, rule, patch);
    const CheckReport report = MediaPolicy::evaluate(f, t, kind);
    const CheckResult *r = report.find(rule);
    QVERIFY(r);
    QVERIFY2(r->status == status, qPrintable(dumpResult(r)));
    QVERIFY2(!r->expected.isEmpty() && !r->message.isEmpty(), qPrintable(dumpResult(r)));
    if (status != Status::Pass)
        QVERIFY2(!r->hint.isEmpty(), qPrintable(dumpResult(r)));
}

QTEST_GUILESS_MAIN(TestMediaPolicy)
#include "TestMediaPolicy.moc"
