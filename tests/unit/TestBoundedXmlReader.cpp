// BoundedXmlReader: the guarded QXmlStreamReader every reader of outside XML uses. DTDs are refused at
// their DOCTYPE token (whatever the encoding), depth, element count and text are capped, and errors name
// their line and column.

#include "common/BoundedXmlReader.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
// Reads to the end; returns describeError() ("" when the document was read without error).
QString readAll(BoundedXmlReader &reader)
{
    while (!reader.atEnd())
        reader.readNext();
    return reader.describeError();
}

QString readAll(const QByteArray &data, const BoundedXmlReader::Limits &limits = {})
{
    BoundedXmlReader reader(data, limits);
    return readAll(reader);
}

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

class TestBoundedXmlReader : public QObject
{
    Q_OBJECT
private slots:
    // First, so that the peak RSS it measures is its own.
    void entityBombIsRefusedAtDoctype()
    {
        // 4000-character entity referenced a million times: 8 GB once expanded, 3 MB of input.
        QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"" +
                         QByteArray("&a;").repeated(10) + "\"><!ENTITY c \"" +
                         QByteArray("&b;").repeated(10) + "\"><!ENTITY d \"" + QByteArray("&c;").repeated(4) +
                         "\">]>\n<r>" + QByteArray("&d;").repeated(1000000) + "</r>";
        const qint64 before = peakRssKb();
        QElapsedTimer timer;
        timer.start();
        const QString error = readAll(xml);
        const qint64 ms = timer.elapsed();
        qInfo("refused in %lld ms, peak RSS growth %lld KB", ms, peakRssKb() - before);
        QCOMPARE(error, u"line 2, column 1: DTDs are not allowed"_s);
        QVERIFY(ms < 5000);
        QVERIFY(peakRssKb() - before < 100 * 1024);
    }

    void doctypeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "<!DOCTYPE r><r/>"_ba << u"line 1, column 1: DTDs are not allowed"_s;
        QTest::newRow("after declaration, PI and comment")
            << "<?xml version='1.0'?>\n<?pi x?>\n<!-- <r/> -->\n  <!DOCTYPE r SYSTEM \"http://127.0.0.1:9/\"><r/>"_ba
            << u"line 4, column 3: DTDs are not allowed"_s;
        QTest::newRow("UTF-8 BOM") << "\xef\xbb\xbf<!DOCTYPE r><r/>"_ba
                                   << u"line 1, column 1: DTDs are not allowed"_s;
        QTest::newRow("unterminated subset")
            << "<!DOCTYPE r [<!ENTITY % p \"<!ENTITY"_ba << u"line 1, column 1: DTDs are not allowed"_s;
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16 with BOM")
            << QByteArray(utf16.encode(u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE r><r/>"_s))
            << u"line 2, column 1: DTDs are not allowed"_s;
        QStringEncoder utf16be(QStringEncoder::Utf16BE);
        QTest::newRow("UTF-16 without BOM") << QByteArray(utf16be.encode(u"<!DOCTYPE r><r/>"_s))
                                            << u"line 1, column 1: DTDs are not allowed"_s;
        // UTF-7 would hide "<!DOCTYPE" as "+ADwAIQ-DOCTYPE" from a check on the bytes: refused outright.
        QTest::newRow("UTF-7 declared")
            << "<?xml version=\"1.0\" encoding=\"UTF-7\"?>+ADwAIQ-DOCTYPE r+AD4-<r/>"_ba
            << u"line 1, column 1: the encoding \"utf-7\" is not supported (only UTF-8, UTF-16, UTF-32 and Latin-1)"_s;
        QTest::newRow("unreadable declaration")
            << "<?xml version=\"1.0\" encoding=UTF-7?><r/>"_ba
            << u"line 1, column 1: the XML declaration's encoding cannot be read"_s;
    }
    void doctypeIsRefused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        QCOMPARE(readAll(xml), expected);
    }

    void doctypeInStringIsRefused()
    {
        BoundedXmlReader reader(u"<!-- 目录 -->\n<!DOCTYPE r [<!ENTITY a \"x\">]><r>&a;</r>"_s);
        QCOMPARE(reader.readNext(), QXmlStreamReader::Invalid);
        QVERIFY(reader.atEnd());
        QVERIFY(reader.hasError());
        QCOMPARE(reader.errorString(), u"DTDs are not allowed"_s);
        QCOMPARE(reader.lineNumber(), 2);
        QCOMPARE(reader.columnNumber(), 1);
    }

    void readsOrdinaryDocuments()
    {
        BoundedXmlReader reader(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><r a=\"1\"><t>x &amp; &#x76ee;</t><t><![CDATA[<y>]]></t></r>"_ba);
        QVERIFY(reader.readNextStartElement());
        QCOMPARE(reader.name(), u"r"_s);
        QCOMPARE(reader.attributes().value("a"_L1), u"1"_s);
        QVERIFY(reader.readNextStartElement());
        QCOMPARE(reader.readElementText(), u"x & 目"_s);
        QVERIFY(reader.readNextStartElement());
        QCOMPARE(reader.readElementText(), u"<y>"_s);
        QVERIFY(!reader.readNextStartElement());
        QCOMPARE(readAll(reader), QString());

        BoundedXmlReader latin1("<?xml version='1.0' encoding='ISO-8859-1'?><r>caf\xe9</r>"_ba);
        QVERIFY(latin1.readNextStartElement());
        QCOMPARE(latin1.readElementText(), u"café"_s);

        BoundedXmlReader skip("<r><a><b/><c>t</c></a><d/></r>"_ba);
        QVERIFY(skip.readNextStartElement());
        QVERIFY(skip.readNextStartElement());
        skip.skipCurrentElement();
        QVERIFY(skip.readNextStartElement());
        QCOMPARE(skip.name(), u"d"_s);
    }

    void depthIsBounded()
    {
        const QByteArray deep = "<a>"_ba.repeated(10000) + "</a>"_ba.repeated(10000);
        const QString error = readAll(deep);
        QVERIFY2(error.startsWith(u"line 1, column "_s) &&
                     error.endsWith(u"elements are nested deeper than 256 levels"_s),
                 qPrintable(error));
        QCOMPARE(readAll("<a>"_ba.repeated(256) + "</a>"_ba.repeated(256)), QString());
        BoundedXmlReader::Limits limits;
        limits.maxDepth = 3;
        QCOMPARE(readAll("<a><b><c/></b></a>"_ba, limits), QString());
        QVERIFY(readAll("<a><b><c><d/></c></b></a>"_ba, limits).contains(u"deeper than 3"_s));
    }

    void elementsAreBounded()
    {
        BoundedXmlReader::Limits limits;
        limits.maxElements = 100;
        QCOMPARE(readAll("<r>"_ba + "<e/>"_ba.repeated(99) + "</r>"_ba, limits), QString());
        const QString error = readAll("<r>"_ba + "<e/>"_ba.repeated(100) + "</r>"_ba, limits);
        QVERIFY2(error.endsWith(u"more than 100 elements"_s), qPrintable(error));
    }

    // QXmlStreamReader checks each attribute against all before it: 80,000 attributes in one tag took 14 s,
    // a million most of an hour. A tag with more than maxAttributes is refused before the reader parses it.
    void attributesAreBoundedBeforeParsing()
    {
        QByteArray crowded = "<r>\n<e";
        for (int i = 0; i < 1000000; ++i)
            crowded += " a" + QByteArray::number(i) + "=\"\"";
        crowded += "/></r>";
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(readAll(crowded), u"line 2, column 1: an element has more than 64 attributes"_s);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));

        auto tag = [](int attributes) {
            QByteArray xml = "<!-- <x a=1 b=2> --><r><![CDATA[<x a=1 b=2>]]><?pi a=1 b=2?><e";
            for (int i = 0; i < attributes; ++i)
                xml += " a" + QByteArray::number(i) + "='x=y=\"z\"'";
            return xml + "/></r>";
        };
        BoundedXmlReader::Limits limits;
        limits.maxAttributes = 2;
        QCOMPARE(readAll(tag(2), limits), QString());
        QCOMPARE(readAll(tag(3), limits), u"line 1, column 61: an element has more than 2 attributes"_s);
    }

    void namespacesInScopeAreBounded()
    {
        auto declarations = [](int from, int count) {
            QByteArray xml;
            for (int i = from; i < from + count; ++i)
                xml += " xmlns:p" + QByteArray::number(i) + "=\"urn:" + QByteArray::number(i) + "\"";
            return xml;
        };
        const QByteArray fine = "<r" + declarations(0, 40) + "><e" + declarations(40, 24) + "/><e" +
                                declarations(40, 24) + "/></r>";
        QCOMPARE(readAll(fine), QString());
        const QByteArray nested = "<r" + declarations(0, 40) + "><e" + declarations(40, 25) + "/></r>";
        QVERIFY(readAll(nested).endsWith(u"more than 64 namespace declarations in scope"_s));
    }

    void textIsBounded_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("refused");
        QTest::newRow("text at the limit") << "<r>"_ba + QByteArray(1000, 'x') + "</r>"_ba << false;
        QTest::newRow("text over") << "<r>"_ba + QByteArray(1001, 'x') + "</r>"_ba << true;
        QTest::newRow("text in pieces")
            << "<r>"_ba + "<t>xxxxxxxxxx</t>"_ba.repeated(101) + "</r>"_ba << true;
        QTest::newRow("attribute values")
            << "<r>"_ba + "<t v=\"xxxxxxxxxx\"/>"_ba.repeated(101) + "</r>"_ba << true;
        QTest::newRow("CDATA") << "<r><![CDATA["_ba + QByteArray(1001, 'x') + "]]></r>"_ba << true;
        QTest::newRow("character references") << "<r>"_ba + "&#x76ee;"_ba.repeated(1001) + "</r>"_ba << true;
        QTest::newRow("comment") << "<r><!--"_ba + QByteArray(1001, 'x') + "--></r>"_ba << true;
    }
    void textIsBounded()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, refused);
        BoundedXmlReader::Limits limits;
        limits.maxTextChars = 1000;
        const QString error = readAll(xml, limits);
        if (refused)
            QVERIFY2(error.endsWith(u"more than 1000 characters of text"_s), qPrintable(error));
        else
            QCOMPARE(error, QString());
    }

    void malformedSaysWhere()
    {
        QCOMPARE(readAll("<r>\n<a></b></r>"_ba).left(15), u"line 2, column "_s);
        QCOMPARE(readAll("<r>&undeclared;</r>"_ba).left(15), u"line 1, column "_s);
        QVERIFY(!readAll(QByteArray()).isEmpty());
    }

    void elementInTextIsAnError()
    {
        BoundedXmlReader reader("<t>a<b/>c</t>"_ba);
        QVERIFY(reader.readNextStartElement());
        QCOMPARE(reader.readElementText(), QString());
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(u"<b>"_s), qPrintable(reader.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestBoundedXmlReader)
#include "TestBoundedXmlReader.moc"
