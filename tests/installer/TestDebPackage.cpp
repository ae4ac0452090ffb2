// The Debian package as a user gets it: cpack makes it from the build directory (it packages, it does not
// build), dpkg-deb unpacks it into a scratch root, and the installed programs run from there: the CLI's
// --version and a technical check of a video made now, the GUI under xvfb-run until its main window shows.
// lintian, appstreamcli and desktop-file-validate judge the result; an error from any of them fails.
#include "MediaFactory.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out, err;
    QString describe() const { return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(exitCode).arg(out, err); }
};

// Runs a program with this environment and time limit (generous: it only catches hangs).
Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs,
        const QString &workingDir = QString())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = u"could not start %1: %2"_s.arg(program, p.errorString());
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = u"%1 did not finish within %2 s\n"_s.arg(program).arg(timeoutMs / 1000);
    } else if (p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void packagesAreMade();
    void debHoldsWhatADesktopProgramNeeds();
    void binariesAreStrippedWithoutBuildPaths();
    void installedCliRunsAndChecks();
    void installedGuiShowsItsWindow();
    void lintianFindsNoErrors();
    void desktopEntryAndMetainfoAreValid();
    void tarballHoldsThePrograms();

private:
    QString installed(const QString &path) const { return m_root + u"/usr/"_s + path; }
    QProcessEnvironment cleanEnvironment() const;

    QTemporaryDir m_scratch;
    QString m_out, m_root, m_deb, m_tgz;
};

// What a user's session has: no build paths, no test platform, a home of its own.
QProcessEnvironment TestDebPackage::cleanEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LD_LIBRARY_PATH", "QT_QPA_PLATFORM", "QT_PLUGIN_PATH", "DISPLAY",
                             "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.remove(QLatin1StringView(name));
    env.insert(u"HOME"_s, m_scratch.filePath(u"home"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

void TestDebPackage::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    // Every tool is in .ci/packages.txt: a missing one is a broken machine, not a reason to skip.
    for (const QString &tool : {u"dpkg-deb"_s, u"dpkg-shlibdeps"_s, u"lintian"_s, u"appstreamcli"_s,
                                u"desktop-file-validate"_s, u"xvfb-run"_s, u"readelf"_s, u"file"_s, u"tar"_s})
        QVERIFY2(TestSupport::haveProgram(tool), qPrintable(tool + u" is missing (see .ci/packages.txt)"_s));
    QVERIFY2(MediaFactory::haveFfmpeg(), "ffmpeg is missing (see .ci/packages.txt)");
    QVERIFY(QDir().mkpath(m_scratch.filePath(u"home"_s)));
    m_out = m_scratch.filePath(u"out"_s);
    m_root = m_scratch.filePath(u"root"_s);
}

void TestDebPackage::packagesAreMade()
{
    const Run r = run(QStringLiteral(SD_CPACK), {u"-G"_s, u"DEB;TGZ"_s, u"-B"_s, m_out},
                      QProcessEnvironment::systemEnvironment(), 600000, QStringLiteral(SD_BUILD_DIR));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    m_deb = m_out + u"/submitdesk_%1_"_s.arg(QStringLiteral(SD_VERSION));
    const QStringList debs = QDir(m_out).entryList({u"submitdesk_*.deb"_s}, QDir::Files);
    const QStringList tgzs = QDir(m_out).entryList({u"submitdesk-*.tar.gz"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    QCOMPARE(tgzs.size(), 1);
    QVERIFY2(debs.first().startsWith(QFileInfo(m_deb).fileName()), qPrintable(debs.first()));
    m_deb = m_out + u'/' + debs.first();
    m_tgz = m_out + u'/' + tgzs.first();

    const Run x =
        run(u"dpkg-deb"_s, {u"-x"_s, m_deb, m_root}, QProcessEnvironment::systemEnvironment(), 60000);
    QVERIFY2(x.exitCode == 0, qPrintable(x.describe()));
}

void TestDebPackage::debHoldsWhatADesktopProgramNeeds()
{
    QVERIFY2(!m_deb.isEmpty(), "no package");
    QStringList expected{u"bin/submitdesk"_s,
                         u"bin/submitdesk-cli"_s,
                         u"share/applications/submitdesk.desktop"_s,
                         u"share/metainfo/io.github.submitdesk.metainfo.xml"_s,
                         u"share/mime/packages/submitdesk.xml"_s,
                         u"share/icons/hicolor/scalable/apps/submitdesk.svg"_s,
                         u"share/man/man1/submitdesk.1.gz"_s,
                         u"share/man/man1/submitdesk-cli.1.gz"_s,
                         u"share/doc/submitdesk/copyright"_s,
                         u"share/doc/submitdesk/changelog.gz"_s,
                         u"share/doc/submitdesk/guide-zh_CN.md"_s,
                         u"share/doc/submitdesk/guide-en.md"_s};
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        expected.append(u"share/icons/hicolor/%1x%1/apps/submitdesk.png"_s.arg(size));
    for (const QString &path : std::as_const(expected))
        QVERIFY2(QFileInfo(installed(path)).isFile() && QFileInfo(installed(path)).size() > 0,
                 qPrintable(path));

    // The fields apt shows, and the dependencies besides the libraries.
    const Run info = run(u"dpkg-deb"_s, {u"-f"_s, m_deb}, QProcessEnvironment::systemEnvironment(), 60000);
    QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
    QVERIFY2(info.out.contains(QRegularExpression(u"^Maintainer: .+ <[^@ ]+@[^@ ]+>$"_s,
                                                  QRegularExpression::MultilineOption)),
             qPrintable(info.out));
    for (const QString &dependency : {u"libqt6widgets6"_s, u"libavformat"_s, u"fonts-arphic-uming"_s,
                                      u"fonts-wqy-zenhei"_s, u"gstreamer1.0-plugins-good"_s})
        QVERIFY2(info.out.contains(dependency), qPrintable(dependency + u" not among:\n"_s + info.out));
}

void TestDebPackage::binariesAreStrippedWithoutBuildPaths()
{
    QVERIFY2(!m_deb.isEmpty(), "no package");
    for (const QString &program : {u"bin/submitdesk"_s, u"bin/submitdesk-cli"_s}) {
        const Run f =
            run(u"file"_s, {u"-b"_s, installed(program)}, QProcessEnvironment::systemEnvironment(), 60000);
        QVERIFY2(f.out.contains(u", stripped"_s), qPrintable(program + u": "_s + f.out));
        // A search path, if any (Qt's standard project setup gives $ORIGIN and $ORIGIN/../lib), is relative
        // to the program: never a path of the build machine.
        const Run d =
            run(u"readelf"_s, {u"-d"_s, installed(program)}, QProcessEnvironment::systemEnvironment(), 60000);
        QCOMPARE(d.exitCode, 0);
        const QRegularExpression searchPath(u"\\((?:RPATH|RUNPATH)\\).*\\[(.*)\\]"_s);
        for (auto it = searchPath.globalMatch(d.out); it.hasNext();) {
            const QStringList entries = it.next().captured(1).split(u':');
            for (const QString &entry : entries)
                QVERIFY2(entry.startsWith(u"$ORIGIN"_s), qPrintable(program + u": search path "_s + entry));
        }
    }
}

void TestDebPackage::installedCliRunsAndChecks()
{
    QVERIFY2(!m_deb.isEmpty(), "no package");
    const QProcessEnvironment env = cleanEnvironment();
    const Run version = run(installed(u"bin/submitdesk-cli"_s), {u"--version"_s}, env, 60000);
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    QCOMPARE(version.out.trimmed(), u"submitdesk-cli "_s + QStringLiteral(SD_VERSION));
    // The translations are compiled in (:/i18n): the installed program finds them wherever it lies.
    QProcessEnvironment chinese = env;
    chinese.insert(u"SUBMITDESK_LANG"_s, u"zh_CN"_s);
    const Run help = run(installed(u"bin/submitdesk-cli"_s), {u"--help"_s}, chinese, 60000);
    QVERIFY2(help.exitCode == 0 && help.out.startsWith(u"用法"_s), qPrintable(help.describe()));

    QString error;
    const QString video = m_scratch.filePath(u"lecture.mp4"_s);
    QVERIFY2(MediaFactory::makeVideo(video, {}, &error), qPrintable(error));
    const Run check = run(installed(u"bin/submitdesk-cli"_s), {u"check"_s, u"--json"_s, video}, env, 120000);
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    const QJsonObject root = QJsonDocument::fromJson(check.out.toUtf8()).object();
    const QJsonObject file = root.value("files"_L1).toArray().first().toObject();
    QCOMPARE(file.value("type"_L1).toString(), u"video"_s);
    QCOMPARE(file.value("verdict"_L1).toString(), u"pass"_s);
    // and a file that is no video is told apart (exit 1 or 2, never a crash)
    const QString junk = m_scratch.filePath(u"junk.mp4"_s);
    QVERIFY2(MediaFactory::writeRandom(junk, 4096, 16, &error), qPrintable(error));
    const Run bad = run(installed(u"bin/submitdesk-cli"_s), {u"check"_s, junk}, env, 120000);
    QVERIFY2(bad.exitCode == 1 || bad.exitCode == 2, qPrintable(bad.describe()));
}

void TestDebPackage::installedGuiShowsItsWindow()
{
    QVERIFY2(!m_deb.isEmpty(), "no package");
    const Run gui =
        run(u"xvfb-run"_s,
            {u"-a"_s, u"-s"_s, u"-screen 0 1280x800x24"_s, installed(u"bin/submitdesk"_s), u"--smoke-test"_s},
            cleanEnvironment(), 120000);
    QVERIFY2(gui.exitCode == 0, qPrintable(gui.describe()));
    QVERIFY2(gui.out.contains(u"submitdesk: main window shown"_s), qPrintable(gui.describe()));
}

void TestDebPackage::lintianFindsNoErrors()
{
    QVERIFY2(!m_deb.isEmpty(), "no package");
    const Run lintian = run(u"lintian"_s, {u"--fail-on"_s, u"error"_s, u"--display-info"_s, m_deb},
                            QProcessEnvironment::systemEnvironment(), 300000);
    qInfo().noquote() << "lintian:\n" << lintian.out; // the warnings left, for the log
    QVERIFY2(lintian.exitCode == 0, qPrintable(lintian.describe()));
    QVERIFY2(!lintian.out.contains(QRegularExpression(u"^E: "_s, QRegularExpression::MultilineOption)),
             qPrintable(lintian.out));
}

void TestDebPackage::desktopEntryAndMetainfoAreValid()
{
    QVERIFY2(!m_deb.isEmpty(), "no package");
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const Run desktop =
        run(u"desktop-file-validate"_s, {installed(u"share/applications/submitdesk.desktop"_s)}, env, 60000);
    QVERIFY2(desktop.exitCode == 0 && !desktop.out.contains(u"error:"_s), qPrintable(desktop.describe()));
    const Run metainfo =
        run(u"appstreamcli"_s,
            {u"validate"_s, u"--no-net"_s, installed(u"share/metainfo/io.github.submitdesk.metainfo.xml"_s)},
            env, 120000);
    QVERIFY2(metainfo.exitCode == 0, qPrintable(metainfo.describe()));
    // The metainfo names the release being packaged, and screenshots.
    QFile xml(installed(u"share/metainfo/io.github.submitdesk.metainfo.xml"_s));
    QVERIFY(xml.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(xml.readAll());
    QVERIFY(text.contains(u"<release version=\"%1\""_s.arg(QStringLiteral(SD_VERSION))));
    QVERIFY(text.contains(u"<screenshot type=\"default\">"_s));
}

void TestDebPackage::tarballHoldsThePrograms()
{
    QVERIFY2(!m_tgz.isEmpty(), "no tarball");
    const Run list = run(u"tar"_s, {u"-tzf"_s, m_tgz}, QProcessEnvironment::systemEnvironment(), 60000);
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    for (const QString &path :
         {u"/bin/submitdesk"_s, u"/bin/submitdesk-cli"_s, u"/share/applications/submitdesk.desktop"_s})
        QVERIFY2(list.out.contains(path + u'\n'), qPrintable(path + u" not in the tarball:\n"_s + list.out));
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "TestDebPackage.moc"
