// XmlRule: 资源目录 must be well-formed XML with the <catalog> root; no DTD, so no entity is ever resolved.

#include "MetadataFixture.h"
#include "metadata/XmlRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestXmlRule : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorPart"); // "" = valid
        QTest::newRow("profile example") << field(u"catalog"_s).example << QString();
        QTest::newRow("declaration") << u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalog/>"_s
                                     << QString();
        QTest::newRow("other inner elements")
            << u"<catalog><part name=\"上\"><lesson/></part></catalog>"_s << QString();
        QTest::newRow("duration out of range")
            << u"<catalog><chapter title=\"一\"><section title=\"1.1\" duration=\"99:99:99\"/></chapter></catalog>"_s
            << QString();
        QTest::newRow("DTD") << u"<!DOCTYPE catalog [<!ELEMENT catalog ANY>]><catalog/>"_s << u"DTD"_s;
        QTest::newRow("external entity")
            << u"<!DOCTYPE catalog [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><catalog>&x;</catalog>"_s
            << u"DTD"_s;
        QTest::newRow("unclosed") << u"<catalog>\n  <chapter title=\"第一章\">\n</catalog>"_s << u"line 3"_s;
        QTest::newRow("bad attribute") << u"<catalog>\n<chapter title=第一章/></catalog>"_s << u"line 2"_s;
        QTest::newRow("wrong root") << u"<chapters><chapter/></chapters>"_s << u"<catalog>"_s;
        QTest::newRow("two roots") << u"<catalog/><catalog/>"_s << u"line 1"_s;
        QTest::newRow("plain text") << u"第一章 概述"_s << u"not valid XML"_s;
    }
    void check()
    {
        QFETCH(QString, value);
        QFETCH(QString, errorPart);
        const auto messages = XmlRule::check(field(u"catalog"_s), value, context());
        if (errorPart.isEmpty()) {
            // Well-formed XML is never refused; a catalog that does not follow the chapter form (or has an
            // impossible duration) gets a warning, because the platform's own schema is not published.
            for (const auto &m : messages)
                QVERIFY2(m.severity == Severity::Warning && m.code == u"xml_schema"_s, qPrintable(m.text));
            const bool chapterForm = !value.contains(u"<part"_s) && !value.contains(u"99:99"_s);
            QCOMPARE(messages.isEmpty(), chapterForm);
            return;
        }
        QCOMPARE(codes(messages), QStringList{u"error:xml_invalid"_s});
        QVERIFY2(messages.first().text.contains(errorPart), qPrintable(messages.first().text));
        QVERIFY(!messages.first().text.contains(u"root:"_s)); // no /etc/passwd content leaks
    }
};

QTEST_GUILESS_MAIN(TestXmlRule)
#include "TestXmlRule.moc"
