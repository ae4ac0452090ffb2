// TextEncoding: the encoding of a text file is found from its bytes (BOM, valid UTF-8, else GB18030).

#include "common/TextEncoding.h"

#include <QStringEncoder>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTextEncoding : public QObject
{
    Q_OBJECT
private slots:
    void byteOrderMarks();
    void validUtf8IsUtf8();
    void chineseWindowsTextIsGb18030();
};

void TestTextEncoding::byteOrderMarks()
{
    const QString text = u"编号,资源名称"_s;
    TextEncoding::Decoded d = TextEncoding::decode("\xEF\xBB\xBF" + text.toUtf8());
    QCOMPARE(d.kind, TextEncoding::Utf8WithBom);
    QCOMPARE(d.text, text);
    QStringEncoder le(QStringEncoder::Utf16LE);
    d = TextEncoding::decode(QByteArray("\xFF\xFE") + QByteArray(le.encode(text)));
    QCOMPARE(d.kind, TextEncoding::Utf16LE);
    QCOMPARE(d.text, text);
    QStringEncoder be(QStringEncoder::Utf16BE);
    d = TextEncoding::decode(QByteArray("\xFE\xFF") + QByteArray(be.encode(text)));
    QCOMPARE(d.kind, TextEncoding::Utf16BE);
    QCOMPARE(d.text, text);
}

void TestTextEncoding::validUtf8IsUtf8()
{
    const TextEncoding::Decoded d = TextEncoding::decode(u"a,b\n张三,1\n"_s.toUtf8());
    QCOMPARE(d.kind, TextEncoding::Utf8);
    QCOMPARE(d.text, u"a,b\n张三,1\n"_s);
    QCOMPARE(TextEncoding::decode(QByteArray("plain ascii")).kind, TextEncoding::Utf8);
}

void TestTextEncoding::chineseWindowsTextIsGb18030()
{
    // "编号,资源名称" in GB18030 (= GBK for these characters), written out byte by byte.
    const QByteArray gbk("\xB1\xE0\xBA\xC5,\xD7\xCA\xD4\xB4\xC3\xFB\xB3\xC6");
    QVERIFY(!TextEncoding::isValidUtf8(gbk));
    const TextEncoding::Decoded d = TextEncoding::decode(gbk);
    QCOMPARE(d.kind, TextEncoding::Gb18030);
    QCOMPARE(d.text, u"编号,资源名称"_s);
    QCOMPARE(TextEncoding::name(d.kind), u"GB18030"_s);
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "TestTextEncoding.moc"
