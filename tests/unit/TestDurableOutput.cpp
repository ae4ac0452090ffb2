// Issue 12: outputs reach the disk before anything refers to them. Seen from the system calls (strace) of
// the real CLI: an exported package's files and folders are fsync'd before the rename that makes it look
// finished, and the target's folder after; an imported package's files are fsync'd, and the folder they are
// renamed into, before SQLite commits the batch that names them.

#include "PackageFixture.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
// One traced call: what it was and the path it concerned (fsync: the path its descriptor was opened with).
struct Call
{
    QString name;
    QString path;
    QString target; // renameat2: the new name
};

// Parses `strace -f -e trace=openat,dup,fsync,fdatasync,rename,renameat2` output into calls with paths
// (a descriptor's path follows openat relative to another descriptor, and dup).
QList<Call> parseTrace(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression open(
        u"^(\\d+)\\s+openat\\((AT_FDCWD|\\d+), \"([^\"]*)\",.*\\)\\s+=\\s+(\\d+)"_s);
    static const QRegularExpression dup(u"^(\\d+)\\s+dup\\((\\d+)\\)\\s+=\\s+(\\d+)"_s);
    static const QRegularExpression sync(u"^(\\d+)\\s+(fsync|fdatasync)\\((\\d+)\\)\\s+=\\s+0"_s);
    static const QRegularExpression move(
        u"^(\\d+)\\s+renameat2?\\([^\"]*\"([^\"]*)\",[^\"]*\"([^\"]*)\".*=\\s+0"_s);
    QHash<QString, QString> paths; // "pid:fd" -> path
    QList<Call> calls;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine());
        if (const auto m = open.match(line); m.hasMatch()) {
            const QString pid = m.captured(1);
            const QString path = m.captured(2) == "AT_FDCWD"_L1
                                     ? m.captured(3)
                                     : paths.value(pid + u':' + m.captured(2)) + u'/' + m.captured(3);
            paths.insert(pid + u':' + m.captured(4), path);
            calls.append({u"open"_s, path, {}});
        } else if (const auto d = dup.match(line); d.hasMatch()) {
            paths.insert(d.captured(1) + u':' + d.captured(3),
                         paths.value(d.captured(1) + u':' + d.captured(2)));
        } else if (const auto s = sync.match(line); s.hasMatch()) {
            calls.append({u"sync"_s, paths.value(s.captured(1) + u':' + s.captured(3)), {}});
        } else if (const auto r = move.match(line); r.hasMatch()) {
            calls.append({u"rename"_s, r.captured(2), r.captured(3)});
        }
    }
    return calls;
}

qsizetype lastIndex(const QList<Call> &calls, const QString &name,
                    const std::function<bool(const Call &)> &match)
{
    for (qsizetype i = calls.size() - 1; i >= 0; --i)
        if (calls.at(i).name == name && match(calls.at(i)))
            return i;
    return -1;
}

qsizetype firstIndex(const QList<Call> &calls, const QString &name, qsizetype from,
                     const std::function<bool(const Call &)> &match)
{
    for (qsizetype i = std::max<qsizetype>(from, 0); i < calls.size(); ++i)
        if (calls.at(i).name == name && match(calls.at(i)))
            return i;
    return -1;
}

TestSupport::ProcessResult tracedCli(const QString &log, const QStringList &args)
{
    // LeakSanitizer cannot run under ptrace: in a sanitizer build the traced CLI checks everything but leaks
    // (the same CLI runs untraced, leak-checked, in the other tests).
    QString asanOptions = QString::fromLocal8Bit(qgetenv("ASAN_OPTIONS"));
    asanOptions += (asanOptions.isEmpty() ? u""_s : u":"_s) + u"detect_leaks=0"_s;
    return TestSupport::run(u"strace"_s,
                            QStringList{u"-f"_s, u"-qq"_s, u"-s"_s, u"4096"_s, u"-e"_s,
                                        u"trace=openat,dup,fsync,fdatasync,rename,renameat2"_s, u"-E"_s,
                                        u"ASAN_OPTIONS="_s + asanOptions, u"-o"_s, log,
                                        TestSupport::cliPath()} +
                                args,
                            300000);
}
} // namespace

class TestDurableOutput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestSupport::haveProgram(u"ffmpeg"_s))
            QSKIP("ffmpeg is not installed");
        if (!TestSupport::haveProgram(u"strace"_s))
            QSKIP("strace is not installed");
        const auto probe = TestSupport::run(u"strace"_s, {u"-qq"_s, u"-e"_s, u"trace=none"_s, u"true"_s});
        if (probe.exitCode != 0)
            QSKIP("strace cannot trace here (no ptrace)");
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
        QVERIFY(m_out.isValid());
    }

    void exportSyncsBeforeTheRename()
    {
        for (const QString &name : {u"durable"_s, u"durable.zip"_s}) {
            const QString out = m_out.filePath(name);
            const QString log = m_out.filePath(name + u".trace"_s);
            const auto r = tracedCli(log, {u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s,
                                           u"-o"_s, out, u"--quiet"_s});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QList<Call> calls = parseTrace(log);
            const qsizetype rename =
                lastIndex(calls, u"rename"_s, [&](const Call &c) { return c.target == out; });
            QVERIFY2(rename >= 0, qPrintable(name + u": no rename into place"_s));
            const QString partialRoot = calls.at(rename).path;
            // Every file of the package (for a zip: the archive) was synced before the rename.
            const QStringList files =
                name.endsWith(u".zip"_s)
                    ? QStringList{u""_s}
                    : QStringList{u"/bagit.txt"_s, u"/bag-info.txt"_s, u"/manifest-sha256.txt"_s,
                                  u"/data/metadata.json"_s, u"/data/resources/A01-0001/cover.jpg"_s};
            for (const QString &file : files) {
                const qsizetype synced =
                    lastIndex(calls, u"sync"_s, [&](const Call &c) { return c.path == partialRoot + file; });
                QVERIFY2(synced >= 0 && synced < rename,
                         qPrintable(name + file + u": not synced before the rename"_s));
            }
            const qsizetype folderSynced = firstIndex(calls, u"sync"_s, rename, [&](const Call &c) {
                return c.path == QFileInfo(out).absolutePath();
            });
            QVERIFY2(folderSynced > rename,
                     qPrintable(name + u": the target's folder is not synced after"_s));
        }
    }

    void importSyncsBeforeTheCommit()
    {
        const QString bag = m_out.filePath(u"to-import.zip"_s);
        auto r = TestSupport::runCli(
            {u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s, u"-o"_s, bag, u"--quiet"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        TempWorkspace reviewer;
        QVERIFY(reviewer.isValid());
        const QString workspace = reviewer.path();
        reviewer.workspace().close();
        const QString log = m_out.filePath(u"import.trace"_s);
        r = tracedCli(log, {u"import"_s, workspace, bag});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<Call> calls = parseTrace(log);
        const QString filesRoot = QFileInfo(workspace).absolutePath() + u'/' +
                                  QFileInfo(workspace).completeBaseName() + u".files"_s;
        const qsizetype rename = lastIndex(calls, u"rename"_s, [&](const Call &c) {
            return c.target.startsWith(filesRoot + u'/') && c.path.startsWith(filesRoot + u'/');
        });
        QVERIFY2(rename >= 0, "no rename of the extracted folder");
        const QString staging = calls.at(rename).path;
        // The commit: the first sync of the workspace's journal after the rename.
        const qsizetype commit = firstIndex(calls, u"sync"_s, rename, [&](const Call &c) {
            return c.path == workspace + u"-wal"_s || c.path == workspace + u"-journal"_s ||
                   c.path == workspace;
        });
        QVERIFY2(commit > rename, "no database commit after the rename");
        for (const QString &file : {u"/A01-0001/cover.jpg"_s, u"/A02-0001/lecture-audio.mp3"_s}) {
            const qsizetype synced =
                lastIndex(calls, u"sync"_s, [&](const Call &c) { return c.path == staging + file; });
            QVERIFY2(synced >= 0 && synced < rename, qPrintable(file + u": not synced before the commit"_s));
        }
        const qsizetype folderSynced =
            firstIndex(calls, u"sync"_s, rename, [&](const Call &c) { return c.path == filesRoot; });
        QVERIFY2(folderSynced > rename && folderSynced < commit,
                 "the files folder is not synced before the commit");
    }

private:
    PackageFixture m_fixture;
    QTemporaryDir m_out;
};

QTEST_MAIN(TestDurableOutput)
#include "TestDurableOutput.moc"
