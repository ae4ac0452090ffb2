// Replacing a resource's media file keeps its metadata, records the earlier file in the history, drops the
// earlier file's cached check, and can be undone; `submitdesk-cli set --file` does the same.

#include "MediaFactory.h"
#include "TempWorkspace.h"
#include "TestSupport.h"

#include "package/MetadataJson.h"
#include "package/PackageContent.h"
#include "workspace/BatchStore.h"
#include "workspace/CheckResultStore.h"
#include "workspace/MediaReplacement.h"
#include "workspace/ResourceStore.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMediaReplacement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void replaceKeepsMetadataAndIsUndoable();
    void missingFileIsRefused();
    void cliSetFile();

private:
    QString file(const QString &name) const { return m_ws->dir() + u'/' + name; }
    std::unique_ptr<TempWorkspace> m_ws;
    qint64 m_resource = 0;
};

void TestMediaReplacement::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    QString error;
    for (const QString &name : {u"old.mp4"_s, u"new.mp4"_s}) {
        MediaFactory::Video v;
        v.seconds = 0.5;
        v.width = 320;
        v.height = 180;
        if (!MediaFactory::haveFfmpeg())
            QSKIP("ffmpeg is not installed");
        QVERIFY2(MediaFactory::makeVideo(file(name), v, &error), qPrintable(error));
    }
    Batch batch;
    QVERIFY2(BatchStore(m_ws->workspace()).findOrCreate(u"b"_s, &batch, &error), qPrintable(error));
    ResourceStore store(m_ws->workspace());
    m_resource = store.create(batch.id, u"A01"_s, &error);
    QVERIFY2(m_resource != 0, qPrintable(error));
    QVERIFY2(store.addFile(m_resource, u"media"_s, file(u"old.mp4"_s), &error) != 0, qPrintable(error));
    QVERIFY2(store.addFile(m_resource, u"cover"_s, file(u"new.mp4"_s), &error) != 0, qPrintable(error));
    QVERIFY2(store.setValues(m_resource, {{u"title"_s, u"航空发动机原理"_s}, {u"description"_s, u"第一讲"_s}},
                             &error),
             qPrintable(error));
}

void TestMediaReplacement::replaceKeepsMetadataAndIsUndoable()
{
    QString error;
    Workspace &w = m_ws->workspace();
    const auto key =
        CheckResultStore::Key::forFile(file(u"old.mp4"_s), m_ws->profile().idAndVersion(), u"probe"_s);
    QVERIFY2(CheckResultStore(w).store(key, QJsonObject{{"verdict"_L1, u"fail"_s}}, &error),
             qPrintable(error));
    QJsonObject cached;
    QVERIFY(CheckResultStore(w).find(key, &cached));

    MediaReplacement replacement(w);
    AttachedFile previous;
    QVERIFY2(replacement.replace(m_resource, file(u"new.mp4"_s), u"fix"_s, u"upscaled from 160×90"_s,
                                 &previous, &error) != 0,
             qPrintable(error));
    QCOMPARE(previous.path, file(u"old.mp4"_s));
    Resource r;
    QVERIFY(ResourceStore(w).load(m_resource, &r, &error));
    QCOMPARE(r.filesWithRole(u"media"_s).size(), 1);
    QCOMPARE(r.filesWithRole(u"media"_s).first().path, file(u"new.mp4"_s));
    QCOMPARE(r.filesWithRole(u"cover"_s).size(), 1); // other roles untouched
    QCOMPARE(r.value(u"title"_s), u"航空发动机原理"_s);
    QCOMPARE(r.value(u"description"_s), u"第一讲"_s);
    QVERIFY(!CheckResultStore(w).find(key, &cached)); // the old file's check is dropped
    QList<FileHistoryEntry> history;
    QVERIFY2(replacement.history(m_resource, &history, &error), qPrintable(error));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().path, file(u"old.mp4"_s));
    QCOMPARE(history.first().replacedBy, file(u"new.mp4"_s));
    QCOMPARE(history.first().reason, u"fix"_s);
    QCOMPARE(replacement.noteFor(m_resource, file(u"new.mp4"_s)), u"upscaled from 160×90"_s);
    // the mark travels with the file into the package's metadata.json
    QCOMPARE(r.filesWithRole(u"media"_s).first().note, u"upscaled from 160×90"_s);
    QVERIFY(r.filesWithRole(u"cover"_s).first().note.isEmpty());
    PackageContent content;
    PackageResource pr;
    pr.id = u"A01-0001"_s;
    pr.type = u"A01"_s;
    pr.files.append({u"media"_s,
                     u"resources/A01-0001/new.mp4"_s,
                     1,
                     u"00"_s,
                     {},
                     r.filesWithRole(u"media"_s).first().note});
    content.resources.append(pr);
    const QJsonObject json = MetadataJson::toJson(content);
    QCOMPARE(json["resources"_L1][0]["files"_L1][0]["note"_L1].toString(), u"upscaled from 160×90"_s);
    PackageContent back;
    QVERIFY2(MetadataJson::read(MetadataJson::write(content), &back, &error), qPrintable(error));
    QCOMPARE(back.resources.first().files.first().note, u"upscaled from 160×90"_s);

    QVERIFY2(replacement.restore(m_resource, previous, &error), qPrintable(error));
    QVERIFY(ResourceStore(w).load(m_resource, &r, &error));
    QCOMPARE(r.filesWithRole(u"media"_s).first().path, file(u"old.mp4"_s));
    QCOMPARE(r.value(u"title"_s), u"航空发动机原理"_s);
    QVERIFY(replacement.history(m_resource, &history, &error));
    QVERIFY(history.isEmpty());
}

void TestMediaReplacement::missingFileIsRefused()
{
    QString error;
    MediaReplacement replacement(m_ws->workspace());
    QCOMPARE(replacement.replace(m_resource, file(u"nothing.mp4"_s), u"replace"_s, {}, nullptr, &error), 0);
    QVERIFY(error.contains("nothing.mp4"_L1));
    Resource r;
    QVERIFY(ResourceStore(m_ws->workspace()).load(m_resource, &r, &error));
    QCOMPARE(r.filesWithRole(u"media"_s).first().path, file(u"old.mp4"_s));
    QCOMPARE(replacement.replace(m_resource + 100, file(u"new.mp4"_s), u"replace"_s, {}, nullptr, &error), 0);
}

void TestMediaReplacement::cliSetFile()
{
    const QString ws = m_ws->path();
    m_ws->workspace().close();
    const auto r = TestSupport::runCli({u"set"_s, ws, u"--resource"_s, QString::number(m_resource),
                                        u"--file"_s, file(u"new.mp4"_s), u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
    const QJsonObject json = TestSupport::jsonOf(r);
    QCOMPARE(json["media"_L1]["previous_file"_L1].toString(), file(u"old.mp4"_s));
    QVERIFY(!json["media"_L1]["check"_L1].toString().isEmpty());
    Workspace reopened;
    QString error;
    QVERIFY2(reopened.open(ws, &error), qPrintable(error));
    Resource res;
    QVERIFY(ResourceStore(reopened).load(m_resource, &res, &error));
    QCOMPARE(res.filesWithRole(u"media"_s).first().path, file(u"new.mp4"_s));
    QCOMPARE(res.value(u"title"_s), u"航空发动机原理"_s);
    const auto missing = TestSupport::runCli(
        {u"set"_s, ws, u"--resource"_s, QString::number(m_resource), u"--file"_s, file(u"none.mp4"_s)});
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestMediaReplacement)
#include "TestMediaReplacement.moc"
