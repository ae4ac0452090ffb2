// Taxonomy: the category tree of 所属分类, read from JSON; paths are checked level by level.

#include "profile/Taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonArray parse(const char *json)
{
    return QJsonDocument::fromJson(json).object().value("categories"_L1).toArray();
}
const char *kTree = R"({"categories": [
  {"name": "科学文化", "children": [
     {"name": "航空知识", "children": [{"name": "航空发动机"}, {"name": "飞行原理"}]},
     {"name": "天文地理"}]},
  {"name": " 职业技能 ", "children": [{"name": "信息技术"}]}
]})";
} // namespace

class TestTaxonomy : public QObject
{
    Q_OBJECT
private slots:
    void contains_data()
    {
        QTest::addColumn<QStringList>("levels");
        QTest::addColumn<bool>("found");
        QTest::newRow("leaf") << QStringList{u"科学文化"_s, u"航空知识"_s, u"航空发动机"_s} << true;
        QTest::newRow("inner node") << QStringList{u"科学文化"_s, u"航空知识"_s} << true;
        QTest::newRow("root") << QStringList{u"科学文化"_s} << true;
        QTest::newRow("trimmed name") << QStringList{u"职业技能"_s, u"信息技术"_s} << true;
        QTest::newRow("wrong parent") << QStringList{u"职业技能"_s, u"航空知识"_s} << false;
        QTest::newRow("too deep") << QStringList{u"科学文化"_s, u"天文地理"_s, u"天文"_s} << false;
        QTest::newRow("unknown leaf") << QStringList{u"科学文化"_s, u"航空知识"_s, u"火箭"_s} << false;
        QTest::newRow("empty level") << QStringList{u"科学文化"_s, QString(), u"航空发动机"_s} << false;
        QTest::newRow("no levels") << QStringList{} << false;
    }
    void contains()
    {
        QFETCH(QStringList, levels);
        QFETCH(bool, found);
        Taxonomy t;
        QString error;
        QVERIFY2(Taxonomy::fromJson(parse(kTree), &t, &error), qPrintable(error));
        QCOMPARE(t.contains(levels), found);
    }

    void leafPaths()
    {
        Taxonomy t;
        QString error;
        QVERIFY(Taxonomy::fromJson(parse(kTree), &t, &error));
        QCOMPARE(t.roots().size(), 2);
        QCOMPARE(t.leafPaths(u"-"_s),
                 (QStringList{u"科学文化-航空知识-航空发动机"_s, u"科学文化-航空知识-飞行原理"_s,
                              u"科学文化-天文地理"_s, u"职业技能-信息技术"_s}));
        QCOMPARE(t.leafPaths(u"/"_s).first(), u"科学文化/航空知识/航空发动机"_s);
    }

    void emptyTree()
    {
        Taxonomy t;
        QVERIFY(t.isEmpty());
        QString error;
        QVERIFY(Taxonomy::fromJson(QJsonArray(), &t, &error));
        QVERIFY(t.isEmpty());
        QVERIFY(t.leafPaths(u"-"_s).isEmpty());
        QVERIFY(!t.contains({u"科学文化"_s}));
    }

    void namelessNodeIsRefusedWithItsPlace()
    {
        Taxonomy t;
        QString error;
        QVERIFY(Taxonomy::fromJson(parse(kTree), &t, &error));
        const char *broken =
            R"({"categories": [{"name": "科学文化", "children": [{"name": "航空知识"}, {"children": []}]}]})";
        QVERIFY(!Taxonomy::fromJson(parse(broken), &t, &error));
        QVERIFY2(error.contains(u"categories[0].科学文化[1]"_s), qPrintable(error));
        // The tree that was there is kept.
        QVERIFY(t.contains({u"科学文化"_s, u"航空知识"_s, u"航空发动机"_s}));
    }

    void builtinTaxonomyHasTheNoticeExample()
    {
        QFile f(u":/taxonomy/lifelong-2022.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Taxonomy t;
        QString error;
        QVERIFY2(
            Taxonomy::fromJson(QJsonDocument::fromJson(f.readAll()).object().value("categories"_L1).toArray(),
                               &t, &error),
            qPrintable(error));
        QVERIFY(t.contains({u"科学文化"_s, u"航空知识"_s, u"航空发动机"_s}));
        QVERIFY(t.leafPaths(u"-"_s).size() > 10);
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "TestTaxonomy.moc"
