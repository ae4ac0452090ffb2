// ListRule: 主讲人 and 关键词 as ';'-separated lists (SPEC.md §3): wrong separators are errors with a
// one-click fix, full-width parentheses a warning with a fix, items checked one by one.

#include "MetadataFixture.h"
#include "metadata/ListRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestListRule : public QObject
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
        QTest::newRow("speakers example")
            << u"speakers"_s << u"张建华;朱新;(藏族)班班多杰"_s << none << QString();
        QTest::newRow("one speaker") << u"speakers"_s << u"张建华"_s << none << QString();
        QTest::newRow("spaces around items") << u"speakers"_s << u" 张建华 ; 朱新 "_s << none << QString();
        QTest::newRow("full-width semicolon")
            << u"speakers"_s << u"张建华；朱新"_s << QStringList{u"error:fullwidth_separator"_s}
            << u"张建华;朱新"_s;
        QTest::newRow("full-width comma") << u"speakers"_s << u"张建华，朱新"_s
                                          << QStringList{u"error:fullwidth_separator"_s} << u"张建华;朱新"_s;
        QTest::newRow("enumeration comma")
            << u"speakers"_s << u"张建华、朱新、王五"_s << QStringList{u"error:fullwidth_separator"_s}
            << u"张建华;朱新;王五"_s;
        QTest::newRow("ASCII comma") << u"speakers"_s << u"张建华,朱新"_s
                                     << QStringList{u"error:fullwidth_separator"_s} << u"张建华;朱新"_s;
        QTest::newRow("separator and parentheses")
            << u"speakers"_s << u"（藏族）班班多杰；朱新"_s << QStringList{u"error:fullwidth_separator"_s}
            << u"(藏族)班班多杰;朱新"_s;
        QTest::newRow("full-width parentheses")
            << u"speakers"_s << u"（藏族）班班多杰"_s << QStringList{u"warning:fullwidth_parentheses"_s}
            << u"(藏族)班班多杰"_s;
        QTest::newRow("unclosed parenthesis")
            << u"speakers"_s << u"(藏族班班多杰"_s << QStringList{u"error:item_pattern"_s} << QString();
        QTest::newRow("empty item") << u"speakers"_s << u"张建华;;朱新"_s
                                    << QStringList{u"error:empty_item"_s} << u"张建华;朱新"_s;
        QTest::newRow("trailing separator")
            << u"speakers"_s << u"张建华;朱新;"_s << QStringList{u"error:empty_item"_s} << u"张建华;朱新"_s;
        QTest::newRow("keywords example") << u"keywords"_s << u"新媒体;人工智能"_s << none << QString();
        QTest::newRow("keyword of 20") << u"keywords"_s << QString(20, u'词') << none << QString();
        QTest::newRow("keyword of 21") << u"keywords"_s << u"新媒体;"_s + QString(21, u'词')
                                       << QStringList{u"error:item_length"_s} << QString();
        QTest::newRow("keywords full-width")
            << u"keywords"_s << u"新媒体；人工智能"_s << QStringList{u"error:fullwidth_separator"_s}
            << u"新媒体;人工智能"_s;
        QTest::newRow("keywords parentheses kept") << u"keywords"_s << u"（新）媒体"_s << none << QString();
    }
    void check()
    {
        QFETCH(QString, fieldId);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QFETCH(QString, fix);
        const auto messages = ListRule::check(field(fieldId), value, context());
        QCOMPARE(codes(messages), expected);
        QCOMPARE(firstFix(messages), fix);
        // Applying the fix leaves no error.
        if (!fix.isEmpty()) {
            for (const ValidationMessage &m : ListRule::check(field(fieldId), fix, context()))
                QVERIFY2(!m.isError(), qPrintable(m.text));
        }
    }

    void itemLengthMessageQuotesTheItem()
    {
        const QString longItem = QString(21, u'词');
        const auto messages = ListRule::check(field(u"keywords"_s), longItem, context());
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().text.contains(longItem) && messages.first().text.contains(u"21"_s),
                 qPrintable(messages.first().text));
    }

    void everyBadItemIsReported()
    {
        const auto messages =
            ListRule::check(field(u"keywords"_s), QString(21, u'a') + u";;"_s + QString(22, u'b'), context());
        QCOMPARE(codes(messages),
                 (QStringList{u"error:item_length"_s, u"error:empty_item"_s, u"error:item_length"_s}));
    }

    void otherSeparatorFromProfile()
    {
        ValidationContext c = context();
        c.listSeparator = u"|"_s;
        QVERIFY(ListRule::check(field(u"keywords"_s), u"新媒体|人工智能"_s, c).isEmpty());
        const auto messages = ListRule::check(field(u"keywords"_s), u"新媒体；人工智能"_s, c);
        QCOMPARE(firstFix(messages), u"新媒体|人工智能"_s);
    }
};

QTEST_GUILESS_MAIN(TestListRule)
#include "TestListRule.moc"
