// UrlRule: 资源链接 must be an absolute http(s) URL; plain http warns with an https fix.

#include "MetadataFixture.h"
#include "metadata/UrlRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestUrlRule : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("fix");
        const QStringList none;
        QTest::newRow("https") << u"https://le.ouchn.cn/course/12345"_s << none << QString();
        QTest::newRow("https with query")
            << u"https://le.ouchn.cn/course?id=12345&p=2#top"_s << none << QString();
        QTest::newRow("https upper-case scheme") << u"HTTPS://LE.OUCHN.CN/course/1"_s << none << QString();
        QTest::newRow("chinese path") << u"https://le.ouchn.cn/课程/航空"_s << none << QString();
        QTest::newRow("trimmed") << u"  https://le.ouchn.cn/a  "_s << none << QString();
        QTest::newRow("http") << u"http://le.ouchn.cn/course/12345"_s
                              << QStringList{u"warning:url_insecure"_s}
                              << u"https://le.ouchn.cn/course/12345"_s;
        QTest::newRow("ftp") << u"ftp://files.ouchn.cn/course.zip"_s << QStringList{u"error:url_scheme"_s}
                             << QString();
        QTest::newRow("mailto") << u"mailto:le@ouchn.edu.cn"_s << QStringList{u"error:url_invalid"_s}
                                << QString();
        QTest::newRow("relative path")
            << u"/course/12345"_s << QStringList{u"error:url_invalid"_s} << QString();
        QTest::newRow("no scheme") << u"le.ouchn.cn/course/12345"_s << QStringList{u"error:url_invalid"_s}
                                   << u"https://le.ouchn.cn/course/12345"_s;
        QTest::newRow("no host") << u"https://"_s << QStringList{u"error:url_invalid"_s} << QString();
        QTest::newRow("space") << u"https://le.ouchn.cn/my course"_s << QStringList{u"error:url_invalid"_s}
                               << QString();
        QTest::newRow("words") << u"见平台首页"_s << QStringList{u"error:url_invalid"_s} << QString();
    }
    void check()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QFETCH(QString, fix);
        const auto messages = UrlRule::check(field(u"url"_s), value, context());
        QCOMPARE(codes(messages), expected);
        QCOMPARE(firstFix(messages), fix);
        if (!fix.isEmpty())
            QVERIFY(UrlRule::check(field(u"url"_s), fix, context()).isEmpty());
    }

    void schemeMessageNamesAllowedSchemes()
    {
        const auto messages = UrlRule::check(field(u"url"_s), u"ftp://x.cn/a"_s, context());
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().text.contains(u"http or https"_s) &&
                     messages.first().text.contains(u"ftp"_s),
                 qPrintable(messages.first().text));
    }
};

QTEST_GUILESS_MAIN(TestUrlRule)
#include "TestUrlRule.moc"
