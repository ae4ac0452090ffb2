// SafeOutput / PartialOutput (issue 12): partial outputs under a fresh random name, never through a link;
// an existing output replaced only by a complete one; stale partials removed only when ours.

#include "common/SafeOutput.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::NewOnly) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSafeOutput : public QObject
{
    Q_OBJECT
private slots:
    void partialIsAFreshHiddenFolder()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"out.zip"_s);
        PartialOutput partial;
        QString error;
        QVERIFY2(partial.create(target, &error), qPrintable(error));
        QCOMPARE(SafeOutput::kindOf(partial.folder()), SafeOutput::Kind::Folder);
        QVERIFY(QFileInfo(partial.folder()).fileName().startsWith(u".out.zip."_s));
        QVERIFY(partial.folder().endsWith(u".sdpartial"_s));
        QCOMPARE(partial.content(), partial.folder() + u"/out.zip"_s);
        QCOMPARE(SafeOutput::kindOf(partial.content()), SafeOutput::Kind::Missing);
        QCOMPARE(SafeOutput::partialsOf(target), QStringList{partial.folder()});
        QVERIFY(!SafeOutput::isStalePartial(partial.folder())); // locked while we live

        PartialOutput second; // another run on the same target gets another name
        QVERIFY2(second.create(target, &error), qPrintable(error));
        QVERIFY(second.folder() != partial.folder());
        partial.discard();
        second.discard();
        QVERIFY(SafeOutput::partialsOf(target).isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    // A link that appears at the target while the output is written is neither followed nor replaced.
    void commitNeverWritesThroughALinkAtTheTarget()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"out.zip"_s);
        const QString pointed = dir.filePath(u"pointed.zip"_s);
        PartialOutput partial;
        QString error;
        QVERIFY2(partial.create(target, &error), qPrintable(error));
        QVERIFY(writeFile(partial.content(), "new"));
        QVERIFY(QFile::link(pointed, target));
        QVERIFY(!partial.commit(PartialOutput::Replace::Never, &error));
        QVERIFY(!QFileInfo::exists(pointed));
        QVERIFY(!partial.commit(PartialOutput::Replace::Existing, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY(!QFileInfo::exists(pointed));
        QCOMPARE(SafeOutput::kindOf(target), SafeOutput::Kind::Link);
    }

    void commitReplacesAFileAndAFolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"copy.db"_s);
        QVERIFY(writeFile(file, "old"));
        PartialOutput partial;
        QString error;
        QVERIFY2(partial.create(file, &error), qPrintable(error));
        QVERIFY(writeFile(partial.content(), "new"));
        QVERIFY(!partial.commit(PartialOutput::Replace::Never, &error));
        QCOMPARE(readAll(file), QByteArray("old"));
        QVERIFY2(partial.commit(PartialOutput::Replace::Existing, &error), qPrintable(error));
        QCOMPARE(readAll(file), QByteArray("new"));
        QVERIFY(SafeOutput::partialsOf(file).isEmpty());

        const QString folder = dir.filePath(u"bag"_s);
        QVERIFY(QDir().mkpath(folder + u"/old-sub"_s));
        QVERIFY(writeFile(folder + u"/old-sub/old.txt"_s, "old"));
        PartialOutput next;
        QVERIFY2(next.create(folder, &error), qPrintable(error));
        QVERIFY(QDir().mkpath(next.content() + u"/new-sub"_s));
        QVERIFY(writeFile(next.content() + u"/new-sub/new.txt"_s, "new"));
        QVERIFY2(next.commit(PartialOutput::Replace::Existing, &error), qPrintable(error));
        QCOMPARE(readAll(folder + u"/new-sub/new.txt"_s), QByteArray("new"));
        QVERIFY(!QFileInfo::exists(folder + u"/old-sub"_s));
        QVERIFY(SafeOutput::partialsOf(folder).isEmpty());

        // A folder never replaces a file, nor a file a folder.
        PartialOutput mismatch;
        QVERIFY2(mismatch.create(file, &error), qPrintable(error));
        QVERIFY(QDir().mkpath(mismatch.content()));
        QVERIFY(!mismatch.commit(PartialOutput::Replace::Existing, &error));
        QCOMPARE(readAll(file), QByteArray("new"));
    }

    // removeTree deletes a link, never what it points to, at the top and inside the tree.
    void removeTreeNeverFollowsLinks()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(u"victim"_s);
        QVERIFY(QDir().mkpath(victim));
        QVERIFY(writeFile(victim + u"/keep.txt"_s, "keep"));
        const QString link = dir.filePath(u"link"_s);
        QVERIFY(QFile::link(victim, link));
        QVERIFY(SafeOutput::removeTree(link));
        QCOMPARE(SafeOutput::kindOf(link), SafeOutput::Kind::Missing);
        QCOMPARE(readAll(victim + u"/keep.txt"_s), QByteArray("keep"));

        const QString tree = dir.filePath(u"tree"_s);
        QVERIFY(QDir().mkpath(tree + u"/a/b"_s));
        QVERIFY(QFile::link(victim, tree + u"/a/b/inner-link"_s));
        QVERIFY(writeFile(tree + u"/a/file"_s, "x"));
        QVERIFY(SafeOutput::removeTree(tree));
        QCOMPARE(SafeOutput::kindOf(tree), SafeOutput::Kind::Missing);
        QCOMPARE(readAll(victim + u"/keep.txt"_s), QByteArray("keep"));
    }

    // Only a real folder with our marker whose writer is gone counts as stale: a link to such a folder
    // (and the folder it points to, which has another name) is left alone.
    void staleMeansOursAndUnlocked()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"out"_s);
        QString error;
        auto *partial = new PartialOutput;
        QVERIFY2(partial->create(target, &error), qPrintable(error));
        const QString folder = partial->folder();
        QVERIFY(QDir().mkpath(partial->content() + u"/data"_s));
        // Moving the folder away and back keeps it, and drops the lock as a killed run would.
        const QString away = dir.filePath(u"away"_s);
        QVERIFY(QDir().rename(folder, away));
        delete partial; // its folder is gone from the name it knows: nothing to remove
        QVERIFY(QDir().rename(away, folder));
        QVERIFY(SafeOutput::isStalePartial(folder));

        const QString elsewhere = dir.filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(elsewhere));
        const QString linkName = dir.filePath(u".out.fedcba9876543210.sdpartial"_s);
        QVERIFY(QFile::link(folder, linkName));
        QVERIFY(!SafeOutput::isStalePartial(linkName));

        QCOMPARE(SafeOutput::removeStalePartials(target), 1);
        QCOMPARE(SafeOutput::kindOf(folder), SafeOutput::Kind::Missing);
        QCOMPARE(SafeOutput::kindOf(linkName), SafeOutput::Kind::Link); // dangling now, still not ours
        QCOMPARE(SafeOutput::removeStalePartials(target), 0);
    }

    // A folder flooded with look-alikes (folders, files, links named like partials, none ours): cleanup
    // skips every one, removes only ours, and finishes in bounded time and memory.
    void floodOfLookalikesIsSkipped()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"out.zip"_s);
        const int count = 3000;
        for (int i = 0; i < count; ++i) {
            const QString name =
                dir.filePath(u".out.zip.%1.sdpartial"_s.arg(quint64(i) * 7919u, 16, 16, QChar(u'0')));
            const bool made = i % 3 == 0   ? QDir().mkdir(name)
                              : i % 3 == 1 ? writeFile(name, "x")
                                           : QFile::link(dir.filePath(u"nowhere"_s), name);
            QVERIFY(made);
        }
        auto *ours = new PartialOutput;
        QString error;
        QVERIFY2(ours->create(target, &error), qPrintable(error));
        const QString folder = ours->folder();
        const QString away = dir.filePath(u"away"_s);
        QVERIFY(QDir().rename(folder, away));
        delete ours; // as if killed
        QVERIFY(QDir().rename(away, folder));

        QElapsedTimer timer;
        timer.start();
        const int removed = SafeOutput::removeStalePartials(target);
        const qint64 ms = timer.elapsed();
        struct rusage usage = {};
        getrusage(RUSAGE_SELF, &usage);
        qInfo("cleanup over %d look-alikes: %lld ms, max RSS %ld KiB", count, ms, usage.ru_maxrss);
        QCOMPARE(removed, 1);
        QCOMPARE(SafeOutput::partialsOf(target).size(), count);
        QVERIFY2(ms < 30000, "cleanup hangs");
    }

    void syncTreeSkipsLinks()
    {
        QTemporaryDir dir;
        const QString tree = dir.filePath(u"tree"_s);
        QVERIFY(QDir().mkpath(tree + u"/sub"_s));
        QVERIFY(writeFile(tree + u"/sub/file"_s, "x"));
        QVERIFY(QFile::link(dir.filePath(u"missing"_s), tree + u"/sub/dangling"_s));
        QString error;
        QVERIFY2(SafeOutput::syncTree(tree, &error), qPrintable(error));
        QVERIFY(!SafeOutput::syncTree(dir.filePath(u"missing"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestSafeOutput)
#include "TestSafeOutput.moc"
