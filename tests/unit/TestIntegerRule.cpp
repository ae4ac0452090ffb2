// IntegerRule: whole numbers within min..max (点击量, 学习人数, 等级保护级别).

#include "MetadataFixture.h"
#include "metadata/IntegerRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestIntegerRule : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("fieldId");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("fix");
        const QStringList none;
        QTest::newRow("clicks example") << u"clicks"_s << u"36500"_s << none << QString();
        QTest::newRow("clicks zero") << u"clicks"_s << u"0"_s << none << QString();
        QTest::newRow("clicks trimmed") << u"clicks"_s << u" 42 "_s << none << QString();
        QTest::newRow("clicks big") << u"clicks"_s << u"123456789012345678"_s << none << QString();
        QTest::newRow("learners example") << u"learners"_s << u"23500"_s << none << QString();
        QTest::newRow("clicks -1") << u"clicks"_s << u"-1"_s << QStringList{u"error:too_small"_s}
                                   << QString();
        QTest::newRow("clicks 3万") << u"clicks"_s << u"3万"_s << QStringList{u"error:not_integer"_s}
                                    << QString();
        QTest::newRow("clicks decimal")
            << u"clicks"_s << u"3.5"_s << QStringList{u"error:not_integer"_s} << QString();
        QTest::newRow("clicks exponent")
            << u"clicks"_s << u"1e5"_s << QStringList{u"error:not_integer"_s} << QString();
        QTest::newRow("clicks 19 digits")
            << u"clicks"_s << u"1234567890123456789"_s << QStringList{u"error:not_integer"_s} << QString();
        QTest::newRow("clicks thousands")
            << u"clicks"_s << u"36,500"_s << QStringList{u"error:not_integer"_s} << u"36500"_s;
        QTest::newRow("clicks full-width comma")
            << u"clicks"_s << u"36，500"_s << QStringList{u"error:not_integer"_s} << u"36500"_s;
        QTest::newRow("level 3") << u"protection_level"_s << u"3"_s << none << QString();
        QTest::newRow("level 5") << u"protection_level"_s << u"5"_s << none << QString();
        QTest::newRow("level 2") << u"protection_level"_s << u"2"_s << QStringList{u"error:too_small"_s}
                                 << QString();
        QTest::newRow("level 6") << u"protection_level"_s << u"6"_s << QStringList{u"error:too_large"_s}
                                 << QString();
        QTest::newRow("level 三") << u"protection_level"_s << u"三级"_s << QStringList{u"error:not_integer"_s}
                                  << QString();
    }
    void check()
    {
        QFETCH(QString, fieldId);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QFETCH(QString, fix);
        const auto messages = IntegerRule::check(field(fieldId), value, context());
        QCOMPARE(codes(messages), expected);
        QCOMPARE(firstFix(messages), fix);
    }

    void messageNamesTheBound()
    {
        const auto messages = IntegerRule::check(field(u"protection_level"_s), u"2"_s, context());
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().text.contains(u'3'), qPrintable(messages.first().text));
    }
};

QTEST_GUILESS_MAIN(TestIntegerRule)
#include "TestIntegerRule.moc"
