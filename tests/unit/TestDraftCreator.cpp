// DraftCreator: dropped files, folders and links become draft resources in a real workspace.

#include "MetadataFixture.h"
#include "TempWorkspace.h"
#include "metadata/DraftCreator.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
bool touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("media") == 5;
}
} // namespace

class TestDraftCreator : public QObject
{
    Q_OBJECT
private slots:
    void folderBecomesOneDraftPerMediaFile()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QString folder = tw.dir() + u"/drop"_s;
        QVERIFY(touch(folder + u"/第二讲.mp3"_s));
        QVERIFY(touch(folder + u"/第一讲.MP4"_s));
        QVERIFY(touch(folder + u"/sub/第三讲.mov"_s));
        QVERIFY(touch(folder + u"/readme.txt"_s));
        QVERIFY(touch(folder + u"/.hidden.mp4"_s));
        Batch batch;
        QString error;
        batch.name = u"第一批"_s;
        QVERIFY(BatchStore(tw.workspace()).create(&batch, &error));
        DraftCreator creator(tw.workspace(), tw.profile());
        const QStringList expanded = creator.expand({folder});
        QCOMPARE(expanded.size(), 3); // readme.txt and the hidden file are skipped
        QVERIFY(std::is_sorted(expanded.cbegin(), expanded.cend()));

        QSignalSpy spy(&tw.workspace(), &Workspace::resourcesChanged);
        const QList<DraftCreator::Outcome> outcomes = creator.create(batch.id, {folder});
        QCOMPARE(spy.size(), 1); // one notification for the whole drop
        QCOMPARE(outcomes.size(), 3);
        QHash<QString, QString> typeByTitle;
        for (const auto &o : outcomes) {
            QVERIFY2(o.resourceId != 0, qPrintable(o.error));
            Resource r;
            QVERIFY(ResourceStore(tw.workspace()).load(o.resourceId, &r));
            QCOMPARE(r.type, o.type);
            QCOMPARE(r.filesWithRole(u"media"_s).size(), 1);
            QCOMPARE(r.filesWithRole(u"media"_s).first().path, QFileInfo(o.source).absoluteFilePath());
            QCOMPARE(r.filesWithRole(u"media"_s).first().size, 5);
            typeByTitle.insert(r.value(u"title"_s), r.type);
        }
        QCOMPARE(typeByTitle.value(u"第一讲"_s), u"A01"_s);
        QCOMPARE(typeByTitle.value(u"第二讲"_s), u"A02"_s);
        QCOMPARE(typeByTitle.value(u"第三讲"_s), u"A01"_s);
        QCOMPARE(ResourceStore(tw.workspace()).countInBatch(batch.id), 3);
    }

    void linksAndProblems()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        Batch batch;
        QString error;
        batch.name = u"b"_s;
        QVERIFY(BatchStore(tw.workspace()).create(&batch, &error));
        const QString text = tw.dir() + u"/notes.txt"_s;
        QVERIFY(touch(text));
        const QString mp3 = tw.dir() + u"/a.mp3"_s;
        QVERIFY(touch(mp3));
        const QList<DraftCreator::Outcome> outcomes =
            DraftCreator(tw.workspace(), tw.profile())
                .create(batch.id,
                        {u"https://le.ouchn.cn/course/12345"_s, text, tw.dir() + u"/missing.mp4"_s, mp3});
        QCOMPARE(outcomes.size(), 4);
        // The link: an online course with its URL and the host as a first title.
        QVERIFY(outcomes.at(0).resourceId != 0);
        QCOMPARE(outcomes.at(0).type, u"A03"_s);
        Resource link;
        QVERIFY(ResourceStore(tw.workspace()).load(outcomes.at(0).resourceId, &link));
        QCOMPARE(link.value(u"url"_s), u"https://le.ouchn.cn/course/12345"_s);
        QCOMPARE(link.value(u"title"_s), u"le.ouchn.cn"_s);
        QVERIFY(link.files.isEmpty());
        // A file of no known type, and a missing one: reported, not added.
        QCOMPARE(outcomes.at(1).resourceId, 0);
        QVERIFY2(outcomes.at(1).error.contains(u"notes.txt"_s) && outcomes.at(1).error.contains(u".txt"_s),
                 qPrintable(outcomes.at(1).error));
        QCOMPARE(outcomes.at(2).resourceId, 0);
        QVERIFY2(outcomes.at(2).error.contains(u"missing.mp4"_s), qPrintable(outcomes.at(2).error));
        QVERIFY(outcomes.at(3).resourceId != 0);
        QCOMPARE(outcomes.at(3).type, u"A02"_s);
        QCOMPARE(ResourceStore(tw.workspace()).countInBatch(batch.id), 2);
    }

    void unknownBatchCreatesNothing()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QString mp4 = tw.dir() + u"/a.mp4"_s;
        QVERIFY(touch(mp4));
        const auto outcomes = DraftCreator(tw.workspace(), tw.profile()).create(999, {mp4});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().resourceId, 0);
        QVERIFY(!outcomes.first().error.isEmpty());
    }

    void draftsArePersistent()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        Batch batch;
        QString error;
        batch.name = u"b"_s;
        QVERIFY(BatchStore(tw.workspace()).create(&batch, &error));
        const QString mp4 = tw.dir() + u"/a.mp4"_s;
        QVERIFY(touch(mp4));
        DraftCreator(tw.workspace(), tw.profile()).create(batch.id, {mp4});
        Workspace other; // a second connection sees the committed transaction
        QVERIFY2(other.open(tw.path(), &error), qPrintable(error));
        QCOMPARE(ResourceStore(other).countInBatch(batch.id), 1);
    }
};

QTEST_GUILESS_MAIN(TestDraftCreator)
#include "TestDraftCreator.moc"
