// EnumRule: one of the listed values (资源类型 A01/A02/A03), with a fix for a case slip.

#include "MetadataFixture.h"
#include "metadata/EnumRule.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestEnumRule : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("fix");
        QTest::newRow("A01") << u"A01"_s << QStringList{} << QString();
        QTest::newRow("A03") << u"A03"_s << QStringList{} << QString();
        QTest::newRow("trimmed") << u" A02 "_s << QStringList{} << QString();
        QTest::newRow("lower case") << u"a01"_s << QStringList{u"error:not_in_list"_s} << u"A01"_s;
        QTest::newRow("A04") << u"A04"_s << QStringList{u"error:not_in_list"_s} << QString();
        QTest::newRow("label instead of code")
            << u"视频资源"_s << QStringList{u"error:not_in_list"_s} << QString();
    }
    void check()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QFETCH(QString, fix);
        const auto messages = EnumRule::check(field(u"type"_s), value, context());
        QCOMPARE(codes(messages), expected);
        QCOMPARE(firstFix(messages), fix);
        if (!messages.isEmpty())
            QVERIFY2(messages.first().text.contains(u"A01, A02, A03"_s), qPrintable(messages.first().text));
    }

    void valuesComeFromTheProfile()
    {
        FieldSpec spec;
        spec.id = u"level"_s;
        spec.label = {u"级别"_s, u"Level"_s};
        spec.kind = FieldKind::Enum;
        spec.rule = QJsonObject{{"values"_L1, QJsonArray{u"省级"_s, u"国家级"_s}}};
        QVERIFY(EnumRule::check(spec, u"国家级"_s, context()).isEmpty());
        QCOMPARE(codes(EnumRule::check(spec, u"A01"_s, context())), QStringList{u"error:not_in_list"_s});
    }
};

QTEST_GUILESS_MAIN(TestEnumRule)
#include "TestEnumRule.moc"
