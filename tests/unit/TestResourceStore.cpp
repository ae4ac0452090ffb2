// ResourceStore: resources, their field values and attached files on a real workspace file.

#include "StoreReads.h"
#include "TempWorkspace.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString makeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

qint64 makeBatch(Workspace &w, const QString &name)
{
    Batch b;
    b.name = name;
    QString error;
    return BatchStore(w).create(&b, &error) ? b.id : 0;
}
} // namespace

class TestResourceStore : public QObject
{
    Q_OBJECT
private slots:
    void createLoadAndPositions()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const qint64 batch = makeBatch(tw.workspace(), u"b"_s);
        ResourceStore store(tw.workspace());
        QString error;
        const qint64 r1 = store.create(batch, u"A01"_s, &error);
        const qint64 r2 = store.create(batch, u"A02"_s, &error);
        const qint64 r3 = store.create(batch, u"A03"_s, &error);
        QVERIFY2(r1 && r2 && r3, qPrintable(error));
        Resource r;
        QVERIFY(store.load(r2, &r));
        QCOMPARE(r.id, r2);
        QCOMPARE(r.batchId, batch);
        QCOMPARE(r.type, u"A02"_s);
        QCOMPARE(r.position, 2);
        QVERIFY(r.values.isEmpty());
        QVERIFY(r.files.isEmpty());
        QVERIFY(!store.load(r3 + 100, &r));
        QCOMPARE(store.countInBatch(batch), 3);
        // Positions restart per batch.
        const qint64 other = makeBatch(tw.workspace(), u"other"_s);
        const qint64 o1 = store.create(other, u"A01"_s, &error);
        QVERIFY(store.load(o1, &r));
        QCOMPARE(r.position, 1);
    }

    void valuesAreStoredAsTyped()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ResourceStore store(tw.workspace());
        QString error;
        const qint64 id = store.create(makeBatch(tw.workspace(), u"b"_s), u"A01"_s, &error);
        QVERIFY(store.setValue(id, u"speakers"_s, u"张建华；朱新"_s, &error)); // drafts keep invalid values
        QVERIFY(store.setValue(id, u"title"_s, u"  航空发动机原理 "_s, &error));
        Resource r;
        QVERIFY(store.load(id, &r));
        QCOMPARE(r.value(u"speakers"_s), u"张建华；朱新"_s);
        QCOMPARE(r.value(u"title"_s), u"  航空发动机原理 "_s);
        QVERIFY(store.setValue(id, u"title"_s, u"新标题"_s, &error));
        QVERIFY(store.load(id, &r));
        QCOMPARE(r.value(u"title"_s), u"新标题"_s);
        QCOMPARE(r.values.size(), 2);
        // An empty value removes the field.
        QVERIFY(store.setValue(id, u"title"_s, QString(), &error));
        QVERIFY(store.load(id, &r));
        QVERIFY(!r.values.contains(u"title"_s));
        // No resource: an error, nothing stored.
        QVERIFY(!store.setValue(id + 50, u"title"_s, u"x"_s, &error));
        QVERIFY2(error.contains(QString::number(id + 50)), qPrintable(error));
    }

    void setValuesIsOneTransaction()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ResourceStore store(tw.workspace());
        QString error;
        const qint64 id = store.create(makeBatch(tw.workspace(), u"b"_s), u"A01"_s, &error);
        QVERIFY2(
            store.setValues(id, {{u"title"_s, u"甲"_s}, {u"copyright"_s, u"乙"_s}, {u"clicks"_s, u"36500"_s}},
                            &error),
            qPrintable(error));
        Resource r;
        QVERIFY(store.load(id, &r));
        QCOMPARE(r.values.size(), 3);
        QCOMPARE(r.value(u"clicks"_s), u"36500"_s);
        QVERIFY(!store.setValues(id + 9, {{u"title"_s, u"x"_s}}, &error));
        // The failed transaction is closed: later single writes still commit.
        QVERIFY(store.setValue(id, u"title"_s, u"丙"_s, &error));
        Workspace other;
        QVERIFY(other.open(tw.path(), &error));
        QVERIFY(ResourceStore(other).load(id, &r));
        QCOMPARE(r.value(u"title"_s), u"丙"_s);
    }

    void filesAttachReplaceRemove()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ResourceStore store(tw.workspace());
        QString error;
        const qint64 id = store.create(makeBatch(tw.workspace(), u"b"_s), u"A01"_s, &error);
        const QString m1 = makeFile(tw.dir(), u"第一讲.mp4"_s, QByteArray(1234, 'x'));
        const QString m2 = makeFile(tw.dir(), u"第二讲.mp4"_s, QByteArray(10, 'y'));
        const QString c1 = makeFile(tw.dir(), u"cover1.jpg"_s, "a");
        const QString c2 = makeFile(tw.dir(), u"cover2.jpg"_s, "bb");
        const qint64 f1 = store.addFile(id, u"media"_s, m1, &error);
        const qint64 f2 = store.addFile(id, u"media"_s, m2, &error);
        QVERIFY2(f1 && f2, qPrintable(error));
        QCOMPARE(store.addFile(id, u"media"_s, tw.dir() + u"/missing.mp4"_s, &error), 0);
        QVERIFY2(error.contains(u"missing.mp4"_s), qPrintable(error));
        // Any image field's id is a role (schema 7); only an empty role is refused by the schema.
        QCOMPARE(store.addFile(id, QString(), m1, &error), 0);
        const qint64 poster = store.addFile(id, u"poster"_s, c1, &error);
        QVERIFY2(poster, qPrintable(error));
        QVERIFY2(store.removeFile(poster, &error), qPrintable(error));
        QVERIFY(store.replaceFile(id, u"cover"_s, c1, &error) != 0);
        QVERIFY(store.replaceFile(id, u"cover"_s, c2, &error) != 0);
        Resource r;
        QVERIFY(store.load(id, &r));
        QCOMPARE(r.filesWithRole(u"media"_s).size(), 2);
        QCOMPARE(r.filesWithRole(u"media"_s).at(0).path, m1); // in the order attached
        QCOMPARE(r.filesWithRole(u"media"_s).at(0).size, 1234);
        QVERIFY(r.filesWithRole(u"media"_s).at(0).mtime.isValid());
        QCOMPARE(r.filesWithRole(u"cover"_s).size(), 1);
        QCOMPARE(r.filesWithRole(u"cover"_s).first().path, c2);
        // A failed replacement keeps the old cover.
        QCOMPARE(store.replaceFile(id, u"cover"_s, tw.dir() + u"/nope.jpg"_s, &error), 0);
        QVERIFY(store.load(id, &r));
        QCOMPARE(r.filesWithRole(u"cover"_s).size(), 1);
        QCOMPARE(r.filesWithRole(u"cover"_s).first().path, c2);
        // Replacing with nothing clears the role.
        QCOMPARE(store.replaceFile(id, u"cover"_s, QString(), &error), 0);
        QVERIFY(store.load(id, &r));
        QVERIFY(r.filesWithRole(u"cover"_s).isEmpty());
        QVERIFY(store.removeFile(f1, &error));
        QVERIFY(!store.removeFile(f1, &error));
        QVERIFY(store.load(id, &r));
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files.first().path, m2);
    }

    void replaceFileJoinsTheCallersTransaction()
    {
        // `submitdesk-cli set` and multi-field edits wrap several writes in one transaction; replacing the
        // cover inside it must not commit the caller's transaction early.
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ResourceStore store(tw.workspace());
        QString error;
        const qint64 id = store.create(makeBatch(tw.workspace(), u"b"_s), u"A01"_s, &error);
        const QString cover = makeFile(tw.dir(), u"cover.jpg"_s, "jpeg");
        QSqlDatabase db = tw.workspace().database();
        QVERIFY(db.transaction());
        QVERIFY(store.setValue(id, u"title"_s, u"事务中"_s, &error));
        QVERIFY(store.replaceFile(id, u"cover"_s, cover, &error) != 0);
        db.rollback();
        Resource r;
        QVERIFY(store.load(id, &r));
        QVERIFY(r.values.isEmpty());
        QVERIFY(r.files.isEmpty());
    }

    void listSummariesInPages()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ResourceStore store(tw.workspace());
        QString error;
        const qint64 batch = makeBatch(tw.workspace(), u"b"_s);
        const qint64 other = makeBatch(tw.workspace(), u"other"_s);
        const QString first = makeFile(tw.dir(), u"first.mp4"_s, "x");
        const QString second = makeFile(tw.dir(), u"second.mp4"_s, "y");
        const QString cover = makeFile(tw.dir(), u"cover.jpg"_s, "z");
        QList<qint64> ids;
        for (int i = 0; i < 7; ++i) {
            const qint64 id = store.create(batch, i % 3 == 2 ? u"A03"_s : u"A01"_s, &error);
            QVERIFY2(id, qPrintable(error));
            if (i != 4)
                QVERIFY(store.setValue(id, u"title"_s, u"资源 %1"_s.arg(i), &error));
            QVERIFY(store.setValue(id, u"summary"_s, u"not in a summary"_s, &error));
            if (i % 3 == 2) {
                QVERIFY(store.setValue(id, u"url"_s, u"https://example.org/%1"_s.arg(i), &error));
            } else {
                QVERIFY(store.addFile(id, u"cover"_s, cover, &error)); // sorts before "media"
                QVERIFY(store.addFile(id, u"media"_s, i == 1 ? second : first, &error));
                QVERIFY(store.addFile(id, u"media"_s, i == 1 ? first : second, &error));
            }
            ids.append(id);
        }
        QVERIFY(store.create(other, u"A01"_s, &error));

        const QList<Resource> all = StoreReads::summaries(store, batch);
        QCOMPARE(all.size(), 7);
        const QList<Resource> full = StoreReads::inBatch(store, batch);
        for (int i = 0; i < 7; ++i) {
            const Resource &r = all.at(i);
            QCOMPARE(r.id, ids.at(i));
            QCOMPARE(r.batchId, batch);
            QCOMPARE(r.position, i + 1);
            QCOMPARE(r.type, full.at(i).type);
            QCOMPARE(r.value(u"title"_s), i == 4 ? QString() : u"资源 %1"_s.arg(i));
            QVERIFY(!r.values.contains(u"summary"_s));
            QVERIFY(r.values.contains(u"title"_s) == (i != 4));
            if (i % 3 == 2) {
                QCOMPARE(r.value(u"url"_s), u"https://example.org/%1"_s.arg(i));
                QVERIFY(r.files.isEmpty());
            } else {
                // The first media file by position, never the cover.
                QCOMPARE(r.files.size(), 1);
                QCOMPARE(r.files.first().role, u"media"_s);
                QCOMPARE(r.files.first().path, i == 1 ? second : first);
                QCOMPARE(r.files.first().path, full.at(i).filesWithRole(u"media"_s).first().path);
                QCOMPARE(r.files.first().id, full.at(i).filesWithRole(u"media"_s).first().id);
            }
        }
        // Pages put together give the whole list, in order.
        QList<qint64> paged;
        for (int offset = 0; offset < 10; offset += 3)
            for (const Resource &r : StoreReads::summaries(store, batch, offset, 3))
                paged.append(r.id);
        QCOMPARE(paged, ids);
        QCOMPARE(StoreReads::summaries(store, batch, 5).size(), 2);
        QVERIFY(StoreReads::summaries(store, batch, 7, 3).isEmpty());
        QCOMPARE(StoreReads::summaries(store, other).size(), 1);
        QVERIFY(StoreReads::summaries(store, 9999).isEmpty());
    }

    void listInBatchCarriesEverything()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ResourceStore store(tw.workspace());
        QString error;
        const qint64 batch = makeBatch(tw.workspace(), u"b"_s);
        const qint64 other = makeBatch(tw.workspace(), u"other"_s);
        const QString media = makeFile(tw.dir(), u"a.mp4"_s, "x");
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            const qint64 id = store.create(batch, i % 2 ? u"A02"_s : u"A01"_s, &error);
            QVERIFY(store.setValue(id, u"title"_s, u"资源 %1"_s.arg(i), &error));
            QVERIFY(store.addFile(id, u"media"_s, media, &error));
            ids.append(id);
        }
        const qint64 foreign = store.create(other, u"A01"_s, &error);
        QVERIFY(store.setValue(foreign, u"title"_s, u"别的批次"_s, &error));
        const QList<Resource> list = StoreReads::inBatch(store, batch);
        QCOMPARE(list.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(list.at(i).id, ids.at(i));
            QCOMPARE(list.at(i).position, i + 1);
            QCOMPARE(list.at(i).type, i % 2 ? u"A02"_s : u"A01"_s);
            QCOMPARE(list.at(i).value(u"title"_s), u"资源 %1"_s.arg(i));
            QCOMPARE(list.at(i).files.size(), 1);
            QCOMPARE(list.at(i).files.first().resourceId, ids.at(i));
        }
        QCOMPARE(StoreReads::inBatch(store, other).size(), 1);
        QVERIFY(StoreReads::inBatch(store, 9999).isEmpty());
        // The same as loading one by one.
        Resource single;
        QVERIFY(store.load(ids.at(3), &single));
        QCOMPARE(single.values, list.at(3).values);
        QCOMPARE(single.files.first().path, list.at(3).files.first().path);
    }

    void typeAndRemove()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ResourceStore store(tw.workspace());
        QString error;
        const qint64 batch = makeBatch(tw.workspace(), u"b"_s);
        const qint64 id = store.create(batch, u"A01"_s, &error);
        QVERIFY(store.setType(id, u"A03"_s, &error));
        Resource r;
        QVERIFY(store.load(id, &r));
        QCOMPARE(r.type, u"A03"_s);
        QVERIFY(!store.setType(id + 1, u"A01"_s, &error));
        QSignalSpy spy(&tw.workspace(), &Workspace::resourcesChanged);
        QVERIFY(store.remove(id, &error));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toLongLong(), batch);
        QVERIFY(!store.load(id, &r));
        QVERIFY(!store.remove(id, &error));
        QCOMPARE(store.countInBatch(batch), 0);
    }
};

QTEST_GUILESS_MAIN(TestResourceStore)
#include "TestResourceStore.moc"
