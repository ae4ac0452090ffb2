// DateRule: yyyy-mm-dd, a real calendar date, not in the future (today from a fixed clock: 2022-04-01).

#include "MetadataFixture.h"
#include "metadata/DateRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestDateRule : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("fix");
        const QStringList none;
        QTest::newRow("example") << u"2022-03-23"_s << none << QString();
        QTest::newRow("today") << u"2022-04-01"_s << none << QString();
        QTest::newRow("long ago") << u"1999-12-31"_s << none << QString();
        QTest::newRow("leap day") << u"2020-02-29"_s << none << QString();
        QTest::newRow("trimmed") << u" 2022-03-23 "_s << none << QString();
        QTest::newRow("Feb 30") << u"2022-02-30"_s << QStringList{u"error:date_invalid"_s} << QString();
        QTest::newRow("not leap") << u"2021-02-29"_s << QStringList{u"error:date_invalid"_s} << QString();
        QTest::newRow("month 13") << u"2022-13-01"_s << QStringList{u"error:date_invalid"_s} << QString();
        QTest::newRow("slashes") << u"2022/3/23"_s << QStringList{u"error:date_format"_s} << u"2022-03-23"_s;
        QTest::newRow("dots") << u"2022.03.23"_s << QStringList{u"error:date_format"_s} << u"2022-03-23"_s;
        QTest::newRow("chinese") << u"2022年3月23日"_s << QStringList{u"error:date_format"_s}
                                 << u"2022-03-23"_s;
        QTest::newRow("short month") << u"2022-3-23"_s << QStringList{u"error:date_format"_s}
                                     << u"2022-03-23"_s;
        QTest::newRow("slashes, no such day")
            << u"2022/2/30"_s << QStringList{u"error:date_format"_s} << QString();
        QTest::newRow("words") << u"去年春天"_s << QStringList{u"error:date_format"_s} << QString();
        QTest::newRow("with time") << u"2022-03-23 10:00"_s << QStringList{u"error:date_format"_s}
                                   << QString();
        QTest::newRow("tomorrow") << u"2022-04-02"_s << QStringList{u"error:date_future"_s} << QString();
        QTest::newRow("next year") << u"2023-01-01"_s << QStringList{u"error:date_future"_s} << QString();
    }
    void check()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QFETCH(QString, fix);
        const auto messages = DateRule::check(field(u"created"_s), value, context());
        QCOMPARE(codes(messages), expected);
        QCOMPARE(firstFix(messages), fix);
        // A fix is itself valid.
        if (!fix.isEmpty())
            QVERIFY(DateRule::check(field(u"created"_s), fix, context()).isEmpty());
    }

    void futureFollowsTheClock()
    {
        FixedClock later(QDateTime(QDate(2022, 5, 1), QTime(8, 0)));
        ValidationContext c = context();
        c.today = later.today();
        QVERIFY(DateRule::check(field(u"created"_s), u"2022-04-02"_s, c).isEmpty());
        later.setNow(QDateTime(QDate(2022, 3, 1), QTime(8, 0)));
        c.today = later.today();
        const auto messages = DateRule::check(field(u"created"_s), u"2022-03-23"_s, c);
        QCOMPARE(codes(messages), QStringList{u"error:date_future"_s});
        QVERIFY2(messages.first().text.contains(u"2022-03-01"_s),
                 qPrintable(messages.first().text)); // says today
    }

    void futureAllowedWithoutNotFuture()
    {
        FieldSpec spec = field(u"created"_s);
        spec.rule.remove("not_future"_L1);
        QVERIFY(DateRule::check(spec, u"2030-01-01"_s, context()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateRule)
#include "TestDateRule.moc"
