// ListValue: splitting, the wrong separators and the one-click normalisation of list fields.

#include "metadata/ListValue.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestListValue : public QObject
{
    Q_OBJECT
private slots:
    void split()
    {
        QCOMPARE(ListValue::split(u"张建华;朱新"_s, u";"_s), (QStringList{u"张建华"_s, u"朱新"_s}));
        QCOMPARE(ListValue::split(u" a ; b ;"_s, u";"_s), (QStringList{u"a"_s, u"b"_s, QString()}));
        QCOMPARE(ListValue::split(u"a;;b"_s, u";"_s), (QStringList{u"a"_s, QString(), u"b"_s}));
        QCOMPARE(ListValue::split(u"single"_s, u";"_s), QStringList{u"single"_s});
    }

    void wrongSeparators()
    {
        for (const QString &v : {u"a；b"_s, u"a，b"_s, u"a、b"_s, u"a,b"_s})
            QVERIFY2(ListValue::hasWrongSeparator(v), qPrintable(v));
        QVERIFY(!ListValue::hasWrongSeparator(u"张建华;朱新;(藏族)班班多杰"_s));
        QVERIFY(!ListValue::hasWrongSeparator(QString()));
        QCOMPARE(ListValue::wrongSeparators().size(), 4);
    }

    void normalized_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("parentheses");
        QTest::addColumn<QString>("expected");
        QTest::newRow("already fine") << u"张建华;朱新"_s << true << u"张建华;朱新"_s;
        QTest::newRow("mixed separators")
            << u"张建华；朱新，王五、赵六,钱七"_s << false << u"张建华;朱新;王五;赵六;钱七"_s;
        QTest::newRow("empties dropped") << u";张建华;;朱新;"_s << false << u"张建华;朱新"_s;
        QTest::newRow("trimmed") << u" 张建华 ； 朱新 "_s << false << u"张建华;朱新"_s;
        QTest::newRow("parentheses") << u"（藏族）班班多杰"_s << true << u"(藏族)班班多杰"_s;
        QTest::newRow("parentheses kept") << u"（藏族）班班多杰"_s << false << u"（藏族）班班多杰"_s;
        QTest::newRow("empty") << QString() << true << QString();
    }
    void normalized()
    {
        QFETCH(QString, value);
        QFETCH(bool, parentheses);
        QFETCH(QString, expected);
        QCOMPARE(ListValue::normalized(value, u";"_s, parentheses), expected);
        // Normalising twice changes nothing more.
        QCOMPARE(ListValue::normalized(expected, u";"_s, parentheses), expected);
    }

    void join()
    {
        QCOMPARE(ListValue::join({u"新媒体"_s, u"人工智能"_s}, u";"_s), u"新媒体;人工智能"_s);
        QCOMPARE(ListValue::join({}, u";"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestListValue)
#include "TestListValue.moc"
