// UnitStore: the submitting unit and its responsible person, stored in the workspace file.

#include "StoreReads.h"
#include "TempWorkspace.h"
#include "workspace/UnitStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Unit sampleUnit()
{
    Unit u;
    u.name = u"国家开放大学"_s;
    u.person = u"张建华"_s;
    u.title = u"处长"_s;
    u.phone = u"010-66096459"_s;
    u.mobile = u"13800138000"_s;
    u.email = u"le@ouchn.edu.cn"_s;
    u.stampedScan = QString(u""_s);
    return u;
}
} // namespace

class TestUnitStore : public QObject
{
    Q_OBJECT
private slots:
    void saveInsertsThenUpdates()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        UnitStore store(tw.workspace());
        QSignalSpy spy(&tw.workspace(), &Workspace::unitChanged);
        Unit u = sampleUnit();
        QString error;
        QVERIFY2(store.save(&u, &error), qPrintable(error));
        QVERIFY(u.id > 0);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toLongLong(), u.id);
        u.title = u"副处长"_s;
        QVERIFY2(store.save(&u, &error), qPrintable(error));
        QCOMPARE(StoreReads::units(store).size(), 1); // updated, not inserted again
        Unit found;
        QVERIFY(store.find(u.id, &found));
        QCOMPARE(found.name, u"国家开放大学"_s);
        QCOMPARE(found.person, u"张建华"_s);
        QCOMPARE(found.title, u"副处长"_s);
        QCOMPARE(found.phone, u"010-66096459"_s);
        QCOMPARE(found.mobile, u"13800138000"_s);
        QCOMPARE(found.email, u"le@ouchn.edu.cn"_s);
        QVERIFY(!store.find(u.id + 100, &found));
    }

    // Unit values go into the e-mail draft's headers and bag-info.txt: a line break or another control
    // character is refused on store, whoever stores it, with the column and the characters named.
    void controlCharactersAreRefused()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        UnitStore store(tw.workspace());
        QString error;
        Unit u = store.primary(&error);
        u.name = u"国家开放大学"_s;
        QVERIFY2(store.save(&u, &error), qPrintable(error));
        Unit bad = u;
        bad.email = u"x@example.com\r\nBcc: evil@example.com"_s;
        QVERIFY(!store.save(&bad, &error));
        QVERIFY2(error.contains(u"email"_s) && error.contains(u"U+000D"_s), qPrintable(error));
        QVERIFY(!store.setField(u.id, u"name"_s, u"X\u001b[2J"_s, &error));
        QVERIFY2(error.contains(u"name"_s) && error.contains(u"U+001B"_s), qPrintable(error));
        Unit found;
        QVERIFY(store.find(u.id, &found));
        QCOMPARE(found.name, u"国家开放大学"_s);
        QCOMPARE(found.email, u.email);
    }

    void savePartlyFilledUnit()
    {
        // The form is filled in step by step: a unit with only a name must be storable.
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        UnitStore store(tw.workspace());
        Unit u;
        u.name = u"某某社区教育中心"_s;
        QString error;
        // Null QStrings must not bind as SQL NULL into the NOT NULL columns (fixed in 8fac339).
        QVERIFY2(store.save(&u, &error), qPrintable(error));
        Unit found;
        QVERIFY(store.find(u.id, &found));
        QCOMPARE(found.name, u"某某社区教育中心"_s);
        QCOMPARE(found.person, QString());
    }

    void primaryIsCreatedOnceAndKept()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        UnitStore store(tw.workspace());
        QString error;
        const Unit first = store.primary(&error);
        QVERIFY2(first.id != 0, qPrintable(error));
        QCOMPARE(StoreReads::units(store).size(), 1);
        QCOMPARE(store.primary(&error).id, first.id);
        QCOMPARE(StoreReads::units(store).size(), 1);
    }

    void primaryIsTheFirstUnit()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        UnitStore store(tw.workspace());
        Unit a = sampleUnit();
        Unit b = sampleUnit();
        b.name = u"第二单位"_s;
        QString error;
        QVERIFY(store.save(&a, &error));
        QVERIFY(store.save(&b, &error));
        QCOMPARE(StoreReads::units(store).size(), 2);
        QCOMPARE(store.primary(&error).id, a.id);
        QCOMPARE(store.primary(&error).name, u"国家开放大学"_s);
    }

    void setField()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        UnitStore store(tw.workspace());
        Unit u = sampleUnit();
        QString error;
        QVERIFY(store.save(&u, &error));
        for (const QString &column : UnitStore::columns()) {
            QVERIFY2(store.setField(u.id, column, u"值-"_s + column, &error), qPrintable(error));
        }
        Unit found;
        QVERIFY(store.find(u.id, &found));
        QCOMPARE(found.name, u"值-name"_s);
        QCOMPARE(found.email, u"值-email"_s);
        QCOMPARE(found.stampedScan, u"值-stamped_scan"_s);

        // Only known columns: no SQL can be smuggled in through the column name.
        QVERIFY(!store.setField(u.id, u"updated_at"_s, u"x"_s, &error));
        QVERIFY2(error.contains(u"updated_at"_s), qPrintable(error));
        QVERIFY(!store.setField(u.id, u"name = 'x', person"_s, u"x"_s, &error));
        QVERIFY(store.find(u.id, &found));
        QCOMPARE(found.name, u"值-name"_s);
        // An unknown unit is an error, not a silent no-op.
        QVERIFY(!store.setField(u.id + 99, u"name"_s, u"x"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    void columnsMatchTheForm()
    {
        QCOMPARE(UnitStore::columns(), (QStringList{u"name"_s, u"person"_s, u"title"_s, u"phone"_s,
                                                    u"mobile"_s, u"email"_s, u"stamped_scan"_s}));
    }
};

QTEST_GUILESS_MAIN(TestUnitStore)
#include "TestUnitStore.moc"
