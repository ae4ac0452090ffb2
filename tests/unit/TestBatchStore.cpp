// BatchStore: batches with unique, trimmed, non-empty names.

#include "StoreReads.h"
#include "TempWorkspace.h"
#include "workspace/BatchStore.h"
#include "workspace/UnitStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBatchStore : public QObject
{
    Q_OBJECT
private slots:
    void createFindAll()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        BatchStore store(tw.workspace());
        QVERIFY(StoreReads::batches(store).isEmpty());
        Batch a;
        a.name = u"  2022 第一批  "_s;
        QString error;
        QVERIFY2(store.create(&a, &error), qPrintable(error));
        QVERIFY(a.id > 0);
        QCOMPARE(a.name, u"2022 第一批"_s);
        QVERIFY(a.createdAt.isValid());
        Batch b;
        b.name = u"2022 第二批"_s;
        QVERIFY(store.create(&b, &error));
        const QList<Batch> all = StoreReads::batches(store);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, u"2022 第一批"_s);
        QCOMPARE(all.at(1).name, u"2022 第二批"_s);
        Batch found;
        QVERIFY(store.find(b.id, &found));
        QCOMPARE(found.name, b.name);
        QCOMPARE(found.unitId, 0);
        QVERIFY(store.findByName(u"2022 第一批"_s, &found));
        QCOMPARE(found.id, a.id);
        QVERIFY(found.createdAt.isValid());
        QVERIFY(!store.findByName(u"2022 第三批"_s, &found));
        QVERIFY(!store.find(9999, &found));
    }

    void namesMustBeUniqueAndNonEmpty()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        BatchStore store(tw.workspace());
        QString error;
        Batch a;
        a.name = u"第一批"_s;
        QVERIFY(store.create(&a, &error));
        Batch dup;
        dup.name = u" 第一批"_s;
        QVERIFY(!store.create(&dup, &error));
        QVERIFY2(error.contains(u"第一批"_s), qPrintable(error));
        Batch blank;
        blank.name = u"   "_s;
        QVERIFY(!store.create(&blank, &error));
        QCOMPARE(StoreReads::batches(store).size(), 1);
    }

    void rename()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        BatchStore store(tw.workspace());
        QString error;
        Batch a, b;
        a.name = u"甲"_s;
        b.name = u"乙"_s;
        QVERIFY(store.create(&a, &error));
        QVERIFY(store.create(&b, &error));
        QSignalSpy spy(&tw.workspace(), &Workspace::batchesChanged);
        QVERIFY2(store.rename(a.id, u" 丙 "_s, &error), qPrintable(error));
        QCOMPARE(spy.size(), 1);
        Batch found;
        QVERIFY(store.find(a.id, &found));
        QCOMPARE(found.name, u"丙"_s);
        QVERIFY(store.rename(a.id, u"丙"_s, &error)); // its own name is fine
        QVERIFY(!store.rename(a.id, u"乙"_s, &error));
        QVERIFY2(error.contains(u"乙"_s), qPrintable(error));
        QVERIFY(!store.rename(a.id, u""_s, &error));
        QVERIFY(store.find(a.id, &found));
        QCOMPARE(found.name, u"丙"_s);
    }

    void remove()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        BatchStore store(tw.workspace());
        QString error;
        Batch a;
        a.name = u"删除"_s;
        QVERIFY(store.create(&a, &error));
        QVERIFY(store.remove(a.id, &error));
        QVERIFY(StoreReads::batches(store).isEmpty());
        Batch again;
        again.name = u"删除"_s;
        QVERIFY(store.create(&again, &error)); // the name is free again
    }

    void findOrCreate()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        BatchStore store(tw.workspace());
        Unit unit;
        unit.name = u"国家开放大学"_s;
        unit.person = u"张建华"_s;
        unit.title = unit.phone = unit.mobile = unit.email = unit.stampedScan = u""_s;
        QString error;
        QVERIFY(UnitStore(tw.workspace()).save(&unit, &error));
        Batch b;
        QVERIFY2(store.findOrCreate(u"第一批 "_s, &b, &error), qPrintable(error));
        QVERIFY(b.id > 0);
        QCOMPARE(b.name, u"第一批"_s);
        QCOMPARE(b.unitId, unit.id); // belongs to the workspace's unit
        Batch same;
        QVERIFY(store.findOrCreate(u"第一批"_s, &same, &error));
        QCOMPARE(same.id, b.id);
        QCOMPARE(StoreReads::batches(store).size(), 1);
        QVERIFY(!store.findOrCreate(u"  "_s, &same, &error));
    }

    void deletingTheUnitKeepsTheBatch()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        Unit unit;
        unit.name = unit.person = unit.title = unit.phone = unit.mobile = unit.email = unit.stampedScan =
            u"x"_s;
        QString error;
        QVERIFY(UnitStore(tw.workspace()).save(&unit, &error));
        Batch b;
        b.name = u"批"_s;
        b.unitId = unit.id;
        QVERIFY(BatchStore(tw.workspace()).create(&b, &error));
        QSqlQuery q(tw.workspace().database());
        QVERIFY(q.exec(u"DELETE FROM units"_s));
        Batch found;
        QVERIFY(BatchStore(tw.workspace()).find(b.id, &found)); // ON DELETE SET NULL
        QCOMPARE(found.unitId, 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchStore)
#include "TestBatchStore.moc"
