// CatalogXml: the chapter tree of 资源目录 read from and written to the standard's XML form.

#include "MetadataFixture.h"
#include "metadata/CatalogXml.h"
#include "metadata/XmlRule.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Regression: parse() once read past </catalog> and failed every well-formed catalog (fixed in cbfe57a).
#define PARSE_OK(xml, chapters, error) QVERIFY2(CatalogXml::parse(xml, chapters, error), qPrintable(*(error)))

class TestCatalogXml : public QObject
{
    Q_OBJECT
private slots:
    void parseExample()
    {
        const QString xml =
            u"<catalog><chapter title=\"第一章\"><section title=\"1.1 概述\" duration=\"00:12:30\"/>"
            "<section title=\"1.2 结构\"/></chapter><chapter title=\"第二章\"/></catalog>"_s;
        QList<CatalogXml::Chapter> chapters;
        QString error;
        PARSE_OK(xml, &chapters, &error);
        QCOMPARE(chapters.size(), 2);
        QCOMPARE(chapters.at(0).title, u"第一章"_s);
        QCOMPARE(chapters.at(0).sections.size(), 2);
        QCOMPARE(chapters.at(0).sections.at(0).title, u"1.1 概述"_s);
        QCOMPARE(chapters.at(0).sections.at(0).duration, u"00:12:30"_s);
        QCOMPARE(chapters.at(0).sections.at(1).duration, QString());
        QCOMPARE(chapters.at(1).title, u"第二章"_s);
        QVERIFY(chapters.at(1).sections.isEmpty());
    }

    void writeThenParseRoundTrips()
    {
        QList<CatalogXml::Chapter> chapters{
            {u"第一章 \"引号\" & <尖括号>"_s, {{u"1.1 概述"_s, u"00:12:30"_s}, {u"1.2 a'b"_s, QString()}}},
            {u"第二章"_s, {}}};
        const QString xml = CatalogXml::write(chapters);
        QVERIFY(xml.startsWith(u"<catalog>"_s));
        QVERIFY(!xml.contains(u"<!DOCTYPE"_s));
        QList<CatalogXml::Chapter> back;
        QString error;
        PARSE_OK(xml, &back, &error);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).title, chapters.at(0).title);
        QCOMPARE(back.at(0).sections.at(0).duration, u"00:12:30"_s);
        QCOMPARE(back.at(0).sections.at(1).title, u"1.2 a'b"_s);
        QCOMPARE(back.at(1).title, u"第二章"_s);
        QCOMPARE(CatalogXml::write({}), u"<catalog/>"_s);
        QList<CatalogXml::Chapter> none;
        PARSE_OK(CatalogXml::write({}), &none, &error);
        QVERIFY(none.isEmpty());
    }

    void dtdIsRefused()
    {
        const QString xml =
            u"<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>"
            "\n<catalog><chapter title=\"&x;\"/></catalog>"_s;
        QList<CatalogXml::Chapter> chapters;
        QString error;
        QVERIFY(!CatalogXml::parse(xml, &chapters, &error));
        QVERIFY2(error.contains(u"DTD"_s), qPrintable(error));
        QVERIFY(chapters.isEmpty());
    }

    // Issue 12 item 4: a DTD is refused at its DOCTYPE token, before its internal subset is parsed, with the
    // DOCTYPE's own line and column (the reader used to parse the whole subset first and point past it).
    void dtdIsRefusedAtItsDoctype_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("external entity")
            << u"<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>"
               "\n<catalog><chapter title=\"&x;\"/></catalog>"_s
            << u"line 2, column 1: DTDs are not allowed"_s;
        QTest::newRow("after a comment") << u"<!-- 目录 -->  <!DOCTYPE catalog><catalog/>"_s
                                         << u"line 1, column 14: DTDs are not allowed"_s;
        QTest::newRow("entity bomb")
            << u"<!DOCTYPE catalog [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
               "<catalog><chapter title=\"&b;&b;&b;\"/></catalog>"_s
            << u"line 1, column 1: DTDs are not allowed"_s;
        QTest::newRow("parameter entity")
            << u"<?xml version=\"1.0\"?><!DOCTYPE catalog [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x\"> %p;]><catalog/>"_s
            << u"line 1, column 22: DTDs are not allowed"_s;
    }
    void dtdIsRefusedAtItsDoctype()
    {
        QFETCH(QString, xml);
        QFETCH(QString, expected);
        QList<CatalogXml::Chapter> chapters;
        QString error;
        QVERIFY(!CatalogXml::parse(xml, &chapters, &error));
        QCOMPARE(error, expected);
        QVERIFY(!CatalogXml::checkWellFormed(xml, u"catalog"_s, &error));
        QCOMPARE(error, expected);
    }

    // A package's metadata.json carries the catalog as a field value; BagVerifier (and the editor) check it
    // with XmlRule, which reads it with CatalogXml: the DOCTYPE is refused there too, naming its place.
    void dtdInPackageMetadataIsRefused()
    {
        const QString value =
            u"<?xml version=\"1.0\"?>\n\n<!DOCTYPE catalog [<!ENTITY a \"x\">]>\n<catalog>&a;</catalog>"_s;
        const auto messages =
            XmlRule::check(MetadataFixture::field(u"catalog"_s), value, MetadataFixture::context());
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).severity, Severity::Error);
        QVERIFY2(messages.at(0).text.contains(u"line 3, column 1: DTDs are not allowed"_s),
                 qPrintable(messages.at(0).text));
    }

    // 10,000 nested elements were accepted by checkWellFormed ("any inner elements"); depth is bounded.
    void deepNestingIsRefused()
    {
        const QString xml =
            u"<catalog>"_s + u"<part>"_s.repeated(10000) + u"</part>"_s.repeated(10000) + u"</catalog>"_s;
        QString error;
        QVERIFY(!CatalogXml::checkWellFormed(xml, u"catalog"_s, &error));
        QVERIFY2(error.startsWith(u"line 1, column "_s) && error.contains(u"nested deeper than"_s),
                 qPrintable(error));
        QList<CatalogXml::Chapter> chapters;
        QVERIFY(!CatalogXml::parse(xml, &chapters, &error));
        QVERIFY(chapters.isEmpty());
        // A shallow catalog with other inner elements is still well-formed.
        QVERIFY2(CatalogXml::checkWellFormed(u"<catalog>"_s + u"<p>"_s.repeated(20) + u"</p>"_s.repeated(20) +
                                                 u"</catalog>"_s,
                                             u"catalog"_s, &error),
                 qPrintable(error));
    }

    // A 5-million-character title was parsed into the chapter list; text is bounded.
    void hugeTextIsRefused()
    {
        const QString xml = u"<catalog><chapter title=\""_s + QString(5000000, u'目') + u"\"/></catalog>"_s;
        QString error;
        QList<CatalogXml::Chapter> chapters;
        QVERIFY(!CatalogXml::parse(xml, &chapters, &error));
        QVERIFY2(error.contains(u"characters of text"_s), qPrintable(error));
        QVERIFY(chapters.isEmpty());
        const QString text = u"<catalog>"_s + QString(5000000, u'x') + u"</catalog>"_s;
        QVERIFY(!CatalogXml::checkWellFormed(text, u"catalog"_s, &error));
        QVERIFY2(error.contains(u"characters of text"_s), qPrintable(error));
    }

    void malformedSaysLineAndColumn()
    {
        const QString xml =
            u"<catalog>\n  <chapter title=\"第一章\">\n    <section title=\"概述\">\n</catalog>\n"_s;
        QList<CatalogXml::Chapter> chapters;
        QString error;
        QVERIFY(!CatalogXml::parse(xml, &chapters, &error));
        QVERIFY2(error.contains(u"line 4"_s) && error.contains(u"column"_s), qPrintable(error));
    }

    void structureErrors_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("lesson instead of chapter") << u"<catalog><lesson/></catalog>"_s << u"<chapter>"_s;
        QTest::newRow("unit instead of section")
            << u"<catalog><chapter><unit/></chapter></catalog>"_s << u"<section>"_s;
        QTest::newRow("bad duration")
            << u"<catalog><chapter><section duration=\"1:2:3\"/></chapter></catalog>"_s << u"1:2:3"_s;
        QTest::newRow("minutes 60")
            << u"<catalog><chapter><section duration=\"00:60:00\"/></chapter></catalog>"_s << u"00:60:00"_s;
        QTest::newRow("wrong root") << u"<toc/>"_s << u"<catalog>"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void structureErrors()
    {
        QFETCH(QString, xml);
        QFETCH(QString, errorPart);
        QList<CatalogXml::Chapter> chapters;
        QString error;
        QVERIFY(!CatalogXml::parse(xml, &chapters, &error));
        QVERIFY2(!error.isEmpty() && error.contains(errorPart), qPrintable(error));
    }

    void checkWellFormedAcceptsAnyInnerElements()
    {
        QString error;
        QVERIFY(CatalogXml::checkWellFormed(u"<catalog><part><x/></part></catalog>"_s, u"catalog"_s, &error));
        QVERIFY(CatalogXml::checkWellFormed(u"<anything/>"_s, QString(), &error));
        QVERIFY(!CatalogXml::checkWellFormed(u"<anything/>"_s, u"catalog"_s, &error));
        QVERIFY(!CatalogXml::checkWellFormed(u"<!-- only a comment -->"_s, QString(), &error));
    }

    void duration_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<bool>("valid");
        QTest::newRow("hh:mm:ss") << u"00:12:30"_s << true;
        QTest::newRow("long") << u"100:00:00"_s << true;
        QTest::newRow("one-digit hour") << u"1:05:09"_s << true;
        QTest::newRow("mm:ss") << u"12:30"_s << false;
        QTest::newRow("seconds 60") << u"00:00:60"_s << false;
        QTest::newRow("one-digit minute") << u"00:1:00"_s << false;
        QTest::newRow("full-width colon") << u"00：12：30"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void duration()
    {
        QFETCH(QString, duration);
        QFETCH(bool, valid);
        QCOMPARE(CatalogXml::isValidDuration(duration), valid);
    }
};

QTEST_GUILESS_MAIN(TestCatalogXml)
#include "TestCatalogXml.moc"
