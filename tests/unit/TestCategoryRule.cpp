// CategoryRule: 所属分类 paths such as 科学文化-航空知识-航空发动机, checked against the profile's taxonomy.

#include "MetadataFixture.h"
#include "metadata/CategoryRule.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestCategoryRule : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("fix");
        const QStringList none;
        QTest::newRow("example") << u"科学文化-航空知识-航空发动机"_s << none << QString();
        QTest::newRow("other leaf") << u"职业技能-信息技术-人工智能"_s << none << QString();
        QTest::newRow("trimmed") << u" 科学文化-航空知识-航空发动机 "_s << none << QString();
        QTest::newRow("empty middle level")
            << u"科学文化--航空发动机"_s << QStringList{u"error:category_empty_level"_s} << QString();
        QTest::newRow("leading separator")
            << u"-科学文化-航空知识"_s << QStringList{u"error:category_empty_level"_s} << QString();
        QTest::newRow("unknown leaf")
            << u"科学文化-航空知识-火箭"_s << QStringList{u"error:category_unknown"_s} << QString();
        QTest::newRow("unknown root")
            << u"娱乐-电影"_s << QStringList{u"error:category_unknown"_s} << QString();
        QTest::newRow("full-width hyphen")
            << u"科学文化－航空知识－航空发动机"_s << QStringList{u"error:category_separator"_s}
            << u"科学文化-航空知识-航空发动机"_s;
        QTest::newRow("em dash") << u"科学文化—航空知识—航空发动机"_s
                                 << QStringList{u"error:category_separator"_s}
                                 << u"科学文化-航空知识-航空发动机"_s;
        QTest::newRow("spaces around levels")
            << u"科学文化 - 航空知识 - 航空发动机"_s << QStringList{u"error:category_separator"_s}
            << u"科学文化-航空知识-航空发动机"_s;
    }
    void check()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QFETCH(QString, fix);
        const auto messages = CategoryRule::check(field(u"category"_s), value, context());
        QCOMPARE(codes(messages), expected);
        QCOMPARE(firstFix(messages), fix);
        if (!fix.isEmpty())
            QVERIFY(CategoryRule::check(field(u"category"_s), fix, context()).isEmpty());
    }

    void withoutTaxonomyAnyWellFormedPathPasses()
    {
        ValidationContext c = context();
        c.taxonomy = nullptr;
        QVERIFY(CategoryRule::check(field(u"category"_s), u"科学文化-航空知识-火箭"_s, c).isEmpty());
        QCOMPARE(codes(CategoryRule::check(field(u"category"_s), u"科学文化--火箭"_s, c)),
                 QStringList{u"error:category_empty_level"_s});
        const Taxonomy empty;
        c.taxonomy = &empty;
        QVERIFY(CategoryRule::check(field(u"category"_s), u"娱乐-电影"_s, c).isEmpty());
    }

    void otherSeparator()
    {
        FieldSpec spec = field(u"category"_s);
        spec.rule = QJsonObject{{"separator"_L1, u"/"_s}};
        QVERIFY(CategoryRule::check(spec, u"科学文化/航空知识/航空发动机"_s, context()).isEmpty());
        QCOMPARE(codes(CategoryRule::check(spec, u"科学文化//航空发动机"_s, context())),
                 QStringList{u"error:category_empty_level"_s});
    }
};

QTEST_GUILESS_MAIN(TestCategoryRule)
#include "TestCategoryRule.moc"
