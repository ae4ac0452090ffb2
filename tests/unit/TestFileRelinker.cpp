// FileRelinker ("Locate missing files…"): attached files whose folder was renamed or copied elsewhere are
// found by name and size (content and modification time deciding between look-alikes) and re-linked in one
// go; a decoy of the same name is never linked; links out of the folder are not followed; the search is
// bounded and cancellable; undo puts the old paths back; the CLI verb reports and exits 1 while files are
// still missing.

#include "TempWorkspace.h"
#include "TestSupport.h"

#include "workspace/BatchStore.h"
#include "workspace/FileRelinker.h"
#include "workspace/ResourceStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return QFileInfo(path).absoluteFilePath();
}

bool setMtime(const QString &path, const QDateTime &when)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(when, QFileDevice::FileModificationTime);
}

QString pathOf(Workspace &w, qint64 resourceId, const QString &role)
{
    Resource r;
    ResourceStore(w).load(resourceId, &r);
    return r.filesWithRole(role).value(0).path;
}

QString found(const FileRelinker::Plan &plan, const QString &oldPath)
{
    for (const FileRelinker::Link &l : plan.relinked)
        if (l.file.path == oldPath)
            return l.newPath;
    return {};
}
} // namespace

class TestFileRelinker : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void renamedFolderIsRelinkedAndDecoyIgnored();
    void lookAlikeIsNotGuessed();
    void recordedContentDecides();
    void boundedAndCancellable();
    void cliVerb();

private:
    // Attaches lecture.mp4 and cover.jpg (resource 1), notes.pdf (resource 2), intro.mp4 (resource 3,
    // never moved) from <root>/old/Lessons.
    void attachOriginals();
    std::unique_ptr<TempWorkspace> m_temp;
    qint64 m_lesson = 0, m_notes = 0, m_intro = 0;
    QString m_lecture, m_cover, m_notesPdf, m_introMp4;
    QDateTime m_lectureTime;
};

void TestFileRelinker::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->error()));
    attachOriginals();
}

void TestFileRelinker::attachOriginals()
{
    const QString old = m_temp->dir() + u"/old/Lessons/"_s;
    m_lecture = writeFile(old + u"lecture.mp4"_s, QByteArray(8192, 'L'));
    m_cover = writeFile(old + u"cover.jpg"_s, QByteArray(1000, 'C'));
    m_notesPdf = writeFile(old + u"notes.pdf"_s, QByteArray(500, 'N'));
    m_introMp4 = writeFile(m_temp->dir() + u"/stays/intro.mp4"_s, QByteArray(300, 'I'));
    m_lectureTime = QDateTime(QDate(2022, 3, 1), QTime(9, 30, 15), Qt::UTC);
    QVERIFY(setMtime(m_lecture, m_lectureTime));
    Batch batch;
    batch.name = u"spring"_s;
    QString error;
    Workspace &w = m_temp->workspace();
    QVERIFY2(BatchStore(w).create(&batch, &error), qPrintable(error));
    ResourceStore store(w);
    m_lesson = store.create(batch.id, u"A01"_s, &error);
    m_notes = store.create(batch.id, u"A01"_s, &error);
    m_intro = store.create(batch.id, u"A01"_s, &error);
    QVERIFY(store.addFile(m_lesson, u"media"_s, m_lecture, &error));
    QVERIFY(store.addFile(m_lesson, u"cover"_s, m_cover, &error));
    QVERIFY(store.addFile(m_notes, u"attachment"_s, m_notesPdf, &error));
    QVERIFY(store.addFile(m_intro, u"media"_s, m_introMp4, &error));
}

void TestFileRelinker::renamedFolderIsRelinkedAndDecoyIgnored()
{
    const QString disk2 = m_temp->dir() + u"/disk2"_s;
    QVERIFY(QDir().mkpath(disk2 + u"/课程 2022"_s));
    QVERIFY(QDir().rename(m_temp->dir() + u"/old/Lessons"_s, disk2 + u"/课程 2022/第一讲"_s));
    QVERIFY(QFile::remove(disk2 + u"/课程 2022/第一讲/notes.pdf"_s));
    // A decoy of the same name and size but other content and time; a cover of another size; the missing
    // notes.pdf only behind symbolic links (a linked folder and a linked file), which are not followed.
    const QString decoy = writeFile(disk2 + u"/other/lecture.mp4"_s, QByteArray(8192, 'D'));
    QVERIFY(setMtime(decoy, m_lectureTime.addDays(-400)));
    QVERIFY(!writeFile(disk2 + u"/a/cover.jpg"_s, QByteArray(999, 'C')).isEmpty());
    QTemporaryDir outside;
    const QString outsideNotes = writeFile(outside.filePath(u"notes.pdf"_s), QByteArray(500, 'N'));
    QVERIFY(QFile::link(outside.path(), disk2 + u"/linked-folder"_s));
    QVERIFY(QFile::link(outsideNotes, disk2 + u"/notes.pdf"_s));

    FileRelinker relinker(m_temp->workspace());
    QList<FileRelinker::Missing> missing;
    QString error;
    QVERIFY2(relinker.findMissing(&missing, &error), qPrintable(error));
    QCOMPARE(missing.size(), 3); // lecture, cover, notes; not intro
    const FileRelinker::Plan plan = FileRelinker::search(missing, disk2, FileRelinker::Limits());
    QCOMPARE(found(plan, m_notesPdf), QString());
    QCOMPARE(plan.relinked.size(), 2);
    QCOMPARE(found(plan, m_lecture), disk2 + u"/课程 2022/第一讲/lecture.mp4"_s);
    QCOMPARE(found(plan, m_cover), disk2 + u"/课程 2022/第一讲/cover.jpg"_s);
    QCOMPARE(plan.stillMissing.size(), 1);
    QCOMPARE(plan.stillMissing.first().file.path, m_notesPdf);
    QVERIFY(!plan.stillMissing.first().why.isEmpty());

    QVERIFY2(relinker.apply(plan, &error), qPrintable(error));
    QCOMPARE(pathOf(m_temp->workspace(), m_lesson, u"media"_s), disk2 + u"/课程 2022/第一讲/lecture.mp4"_s);
    QCOMPARE(pathOf(m_temp->workspace(), m_lesson, u"cover"_s), disk2 + u"/课程 2022/第一讲/cover.jpg"_s);
    QCOMPARE(pathOf(m_temp->workspace(), m_intro, u"media"_s), m_introMp4);
    QVERIFY(relinker.findMissing(&missing, &error));
    QCOMPARE(missing.size(), 1);

    QVERIFY2(relinker.undo(plan, &error), qPrintable(error));
    QCOMPARE(pathOf(m_temp->workspace(), m_lesson, u"media"_s), m_lecture);
    QCOMPARE(pathOf(m_temp->workspace(), m_lesson, u"cover"_s), m_cover);
}

void TestFileRelinker::lookAlikeIsNotGuessed()
{
    // Two files named lecture.mp4, same size, same time, different content, and nothing recorded about the
    // content: the user chooses; nothing is linked.
    const QString search = m_temp->dir() + u"/search"_s;
    const QString right = writeFile(search + u"/a/lecture.mp4"_s, QByteArray(8192, 'L'));
    const QString other = writeFile(search + u"/b/lecture.mp4"_s, QByteArray(8192, 'D'));
    QVERIFY(setMtime(right, m_lectureTime) && setMtime(other, m_lectureTime));
    QVERIFY(QFile::remove(m_lecture));
    FileRelinker relinker(m_temp->workspace());
    QList<FileRelinker::Missing> missing;
    QString error;
    QVERIFY(relinker.findMissing(&missing, &error));
    const FileRelinker::Plan plan = FileRelinker::search(missing, search, FileRelinker::Limits());
    QVERIFY(found(plan, m_lecture).isEmpty());
    bool reported = false;
    for (const FileRelinker::NotFound &n : plan.stillMissing)
        reported |= n.file.path == m_lecture && n.why.contains(u"lecture.mp4"_s);
    QVERIFY(reported);

    // Exact copies of one file are as good as each other.
    QVERIFY(QFile::remove(other) && QFile::copy(right, other));
    const FileRelinker::Plan copies = FileRelinker::search(missing, search, FileRelinker::Limits());
    QVERIFY(!found(copies, m_lecture).isEmpty());
}

void TestFileRelinker::recordedContentDecides()
{
    // The content was recorded (an earlier re-link): it decides even between same-time look-alikes.
    FileRelinker relinker(m_temp->workspace());
    QString error;
    const QFileInfo info(m_lecture);
    QVERIFY2(relinker.recordSha256(m_lecture, info.size(),
                                   info.lastModified().toUTC().toString(Qt::ISODateWithMs),
                                   FileRelinker::sha256Of(m_lecture), &error),
             qPrintable(error));
    const QString search = m_temp->dir() + u"/search"_s;
    const QString other = writeFile(search + u"/a/lecture.mp4"_s, QByteArray(8192, 'D'));
    const QString right = search + u"/b/lecture.mp4"_s;
    QVERIFY(QDir().mkpath(search + u"/b"_s) && QFile::rename(m_lecture, right));
    QVERIFY(setMtime(other, m_lectureTime) && setMtime(right, m_lectureTime.addSecs(7)));
    QList<FileRelinker::Missing> missing;
    QVERIFY(relinker.findMissing(&missing, &error));
    FileRelinker::Plan plan = FileRelinker::search(missing, search, FileRelinker::Limits());
    QCOMPARE(found(plan, m_lecture), right);
    // Only the other content there: still missing, not linked to it.
    QVERIFY(QFile::remove(right));
    plan = FileRelinker::search(missing, search, FileRelinker::Limits());
    QVERIFY(found(plan, m_lecture).isEmpty());
}

void TestFileRelinker::boundedAndCancellable()
{
    const QString search = m_temp->dir() + u"/search"_s;
    for (int i = 0; i < 50; ++i)
        QVERIFY(!writeFile(search + u"/filler/%1.txt"_s.arg(i), "x").isEmpty());
    QVERIFY(QDir().rename(m_temp->dir() + u"/old/Lessons"_s, search + u"/zz"_s));
    FileRelinker relinker(m_temp->workspace());
    QList<FileRelinker::Missing> missing;
    QString error;
    QVERIFY(relinker.findMissing(&missing, &error));
    FileRelinker::Limits limits;
    limits.maxFiles = 10;
    FileRelinker::Plan plan = FileRelinker::search(missing, search, limits);
    QVERIFY(!plan.stoppedEarly.isEmpty());
    QCOMPARE(plan.scanned, 10);
    const std::atomic_bool cancel{true};
    plan = FileRelinker::search(missing, search, FileRelinker::Limits(), &cancel);
    QVERIFY(plan.cancelled);
    QVERIFY(plan.relinked.isEmpty());
    QCOMPARE(plan.stillMissing.size(), missing.size());
    plan = FileRelinker::search(missing, search, FileRelinker::Limits());
    QCOMPARE(plan.relinked.size(), 3);
}

void TestFileRelinker::cliVerb()
{
    const QString disk2 = m_temp->dir() + u"/disk2"_s;
    QVERIFY(QDir().rename(m_temp->dir() + u"/old"_s, disk2));
    QVERIFY(QFile::remove(disk2 + u"/Lessons/notes.pdf"_s));
    m_temp->workspace().close();
    const QString ws = m_temp->path();
    auto r = TestSupport::runCli({u"relink"_s, ws, u"--search"_s, disk2, u"--dry-run"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 1); // notes.pdf is still missing
    QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"relinked"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"still_missing"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"applied"_s).toBool(), false);
    r = TestSupport::runCli({u"relink"_s, ws, u"--search"_s, disk2});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("lecture.mp4") && r.out.contains("notes.pdf"), r.out.constData());
    QString error;
    QVERIFY2(m_temp->workspace().open(ws, &error), qPrintable(error));
    QCOMPARE(pathOf(m_temp->workspace(), m_lesson, u"media"_s), disk2 + u"/Lessons/lecture.mp4"_s);
}

QTEST_GUILESS_MAIN(TestFileRelinker)
#include "TestFileRelinker.moc"
