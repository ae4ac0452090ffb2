// TextRule: length in characters as a reader counts them, single line, pattern, surrounding spaces.

#include "MetadataFixture.h"
#include "metadata/TextRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestTextRule : public QObject
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
        QTest::newRow("title example") << u"title"_s << u"航空发动机原理"_s << none << QString();
        QTest::newRow("title 1 char") << u"title"_s << u"航"_s << none << QString();
        QTest::newRow("title 100 CJK") << u"title"_s << QString(100, u'航') << none << QString();
        QTest::newRow("title 101 CJK")
            << u"title"_s << QString(101, u'航') << QStringList{u"error:too_long"_s} << QString();
        QTest::newRow("title 101 ASCII")
            << u"title"_s << QString(101, u'a') << QStringList{u"error:too_long"_s} << QString();
        // 100 characters outside the BMP are 200 UTF-16 units and still 100 characters.
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUcs4(U"\U0001F600", 1);
        QTest::newRow("title 100 emoji") << u"title"_s << emoji << none << QString();
        QTest::newRow("title line break") << u"title"_s << u"航空发动机\n原理"_s
                                          << QStringList{u"error:line_break"_s} << u"航空发动机 原理"_s;
        QTest::newRow("title CR") << u"title"_s << u"航空\r原理"_s << QStringList{u"error:line_break"_s}
                                  << u"航空 原理"_s;
        // Control characters would reach bag-info.txt, metadata.xml and the e-mail's headers: refused as
        // typed, the fix leaves them out.
        QTest::newRow("title control char")
            << u"title"_s << u"航空\u0001发动机"_s << QStringList{u"error:control_char"_s} << u"航空发动机"_s;
        QTest::newRow("title escape sequence") << u"title"_s << u"航空\u001b[31m发动机"_s
                                               << QStringList{u"error:control_char"_s} << u"航空[31m发动机"_s;
        QTest::newRow("title NUL") << u"title"_s << QString(u"航空\u0000发动机"_s)
                                   << QStringList{u"error:control_char"_s} << u"航空发动机"_s;
        QTest::newRow("title NEL") << u"title"_s << u"航空\u0085发动机"_s
                                   << QStringList{u"error:control_char"_s} << u"航空发动机"_s;
        QTest::newRow("title line separator")
            << u"title"_s << u"航空\u2028原理"_s << QStringList{u"error:line_break"_s} << u"航空 原理"_s;
        QTest::newRow("summary control char")
            << u"summary"_s << u"本课程系统介绍航空发动机的基本原理\u0007、主要部件与发展趋势。"_s
            << QStringList{u"error:control_char"_s}
            << u"本课程系统介绍航空发动机的基本原理、主要部件与发展趋势。"_s;
        QTest::newRow("summary tab and lines")
            << u"summary"_s << u"本课程系统介绍航空发动机的基本原理、\r\n主要部件\t与发展趋势。"_s << none
            << QString();
        QTest::newRow("title blank") << u"title"_s << u"   "_s << QStringList{u"error:blank"_s} << QString();
        QTest::newRow("title spaces") << u"title"_s << u" 航空发动机原理  "_s
                                      << QStringList{u"warning:spaces"_s} << u"航空发动机原理"_s;
        QTest::newRow("summary 19") << u"summary"_s << QString(19, u'简') << QStringList{u"error:too_short"_s}
                                    << QString();
        QTest::newRow("summary 20") << u"summary"_s << QString(20, u'简') << none << QString();
        QTest::newRow("summary 1000") << u"summary"_s << QString(1000, u'简') << none << QString();
        QTest::newRow("summary 1001")
            << u"summary"_s << QString(1001, u'简') << QStringList{u"error:too_long"_s} << QString();
        QTest::newRow("summary short")
            << u"summary"_s << u"太短了"_s << QStringList{u"error:too_short"_s} << QString();
        QTest::newRow("summary multi-line")
            << u"summary"_s << u"本课程系统介绍航空发动机的基本原理、\n主要部件与发展趋势。"_s << none
            << QString();
        QTest::newRow("filing number") << u"filing_number"_s << u"11010813001-20001"_s << none << QString();
        QTest::newRow("filing number short")
            << u"filing_number"_s << u"1101"_s << QStringList{u"error:too_short"_s} << QString();
    }
    void check()
    {
        QFETCH(QString, fieldId);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QFETCH(QString, fix);
        const QList<ValidationMessage> messages = TextRule::check(field(fieldId), value, context());
        QCOMPARE(codes(messages), expected);
        QCOMPARE(firstFix(messages), fix);
        for (const ValidationMessage &m : messages) {
            QCOMPARE(m.fieldId, fieldId);
            QVERIFY2(m.text.contains(field(fieldId).label.text()), qPrintable(m.text)); // says which field
        }
    }

    void messageGivesLengths()
    {
        const auto messages = TextRule::check(field(u"title"_s), QString(101, u'航'), context());
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().text.contains(u"100"_s) && messages.first().text.contains(u"101"_s),
                 qPrintable(messages.first().text));
    }

    void pattern()
    {
        FieldSpec spec;
        spec.id = u"code"_s;
        spec.label = {u"编号"_s, u"Code"_s};
        spec.example = u"2022-001"_s;
        spec.rule = QJsonObject{{"pattern"_L1, u"^\\d{4}-\\d{3}$"_s}};
        QVERIFY(TextRule::check(spec, u"2022-001"_s, context()).isEmpty());
        const auto messages = TextRule::check(spec, u"2022-1"_s, context());
        QCOMPARE(codes(messages), QStringList{u"error:pattern"_s});
        QVERIFY2(messages.first().text.contains(u"2022-001"_s),
                 qPrintable(messages.first().text)); // the example
    }

    void noLimitsMeansAnyLength()
    {
        FieldSpec spec;
        spec.id = u"note"_s;
        spec.label = {u"备注"_s, u"Note"_s};
        QVERIFY(TextRule::check(spec, QString(5000, u'x'), context()).isEmpty());
        QVERIFY(TextRule::check(spec, u"a\nb"_s, context()).isEmpty()); // multi-line unless single_line
    }
};

QTEST_GUILESS_MAIN(TestTextRule)
#include "TestTextRule.moc"
