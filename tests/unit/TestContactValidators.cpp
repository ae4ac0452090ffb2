// ContactValidators: the field rules of the registration form (SPEC.md §5), good and bad examples.

#include "registration/ContactValidators.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestContactValidators : public QObject
{
    Q_OBJECT
private slots:
    void mobile_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"13800138000"_s << true;
        QTest::newRow("19x") << u"19912345678"_s << true;
        QTest::newRow("spaces") << u"138 0013 8000"_s << true;
        QTest::newRow("dashes") << u"138-0013-8000"_s << true;
        QTest::newRow("+86") << u"+86 138 0013 8000"_s << true;
        QTest::newRow("+86-dash") << u"+86-13800138000"_s << true;
        QTest::newRow("ideographic space") << u"138\u30000013\u30008000"_s << true;
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("blank") << u"   "_s << false;
        QTest::newRow("12x") << u"12800138000"_s << false;
        QTest::newRow("10 digits") << u"1380013800"_s << false;
        QTest::newRow("12 digits") << u"138001380001"_s << false;
        QTest::newRow("landline") << u"010-66096459"_s << false;
        QTest::newRow("letters") << u"1380013800a"_s << false;
        QTest::newRow("+85") << u"+85 13800138000"_s << false;
        QTest::newRow("full-width digits") << u"１３８００１３８０００"_s << false;
    }
    void mobile()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString message = ContactValidators::checkMobile(value);
        QCOMPARE(message.isEmpty(), valid);
        QCOMPARE(ContactValidators::checkUnitField(u"mobile"_s, value), message);
        if (!valid)
            QVERIFY2(message.contains(ContactValidators::fieldLabel(u"mobile"_s)), qPrintable(message));
    }
    void normalizedMobile()
    {
        QCOMPARE(ContactValidators::normalizedMobile(u"+86 138-0013-8000"_s), u"13800138000"_s);
        QCOMPARE(ContactValidators::normalizedMobile(u"12800138000"_s), QString());
    }

    void landline_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("beijing") << u"010-66096459"_s << true;
        QTest::newRow("shenzhen ext") << u"0755-12345678-801"_s << true;
        QTest::newRow("zhuan ext") << u"010-66096459转1234"_s << true;
        QTest::newRow("7 digits") << u"0871-6512345"_s << true;
        QTest::newRow("trimmed") << u" 010-66096459 "_s << true;
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("no dash") << u"01066096459"_s << false;
        QTest::newRow("no area code") << u"66096459"_s << false;
        QTest::newRow("area not 0") << u"110-66096459"_s << false;
        QTest::newRow("area too long") << u"01234-6609645"_s << false;
        QTest::newRow("6 digits") << u"010-660964"_s << false;
        QTest::newRow("9 digits") << u"010-660964591"_s << false;
        QTest::newRow("mobile") << u"13800138000"_s << false;
        QTest::newRow("bad ext") << u"010-66096459 ext 12"_s << false;
        QTest::newRow("ext too long") << u"010-66096459-1234567"_s << false;
    }
    void landline()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString message = ContactValidators::checkLandline(value);
        QCOMPARE(message.isEmpty(), valid);
        QCOMPARE(ContactValidators::checkUnitField(u"phone"_s, value), message);
        if (!valid)
            QVERIFY2(message.contains(ContactValidators::fieldLabel(u"phone"_s)), qPrintable(message));
    }

    void email_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("profile mailbox") << u"le@ouchn.edu.cn"_s << true;
        QTest::newRow("plus and dots") << u"zhang.san+reg@bjedu.gov.cn"_s << true;
        QTest::newRow("chinese domain") << u"info@教育.中国"_s << true;
        QTest::newRow("chinese label .cn") << u"admin@北京大学.cn"_s << true;
        QTest::newRow("punycode") << u"a@xn--wcvs22d.xn--fiqs8s"_s << true;
        QTest::newRow("digits domain") << u"x@163.com"_s << true;
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("no at") << u"le.ouchn.edu.cn"_s << false;
        QTest::newRow("two at") << u"a@b@c.cn"_s << false;
        QTest::newRow("no tld") << u"le@localhost"_s << false;
        QTest::newRow("one-letter tld") << u"le@ouchn.c"_s << false;
        QTest::newRow("leading dot") << u".le@ouchn.edu.cn"_s << false;
        QTest::newRow("double dot") << u"l..e@ouchn.edu.cn"_s << false;
        QTest::newRow("space") << u"l e@ouchn.edu.cn"_s << false;
        QTest::newRow("hyphen label") << u"le@-ouchn.edu.cn"_s << false;
        QTest::newRow("trailing dot") << u"le@ouchn.edu.cn."_s << false;
        QTest::newRow("chinese local") << u"张三@ouchn.edu.cn"_s << false;
        QTest::newRow("local > 64") << QString(65, u'a') + u"@ouchn.edu.cn"_s << false;
    }
    void email()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString message = ContactValidators::checkEmail(value);
        QVERIFY2(message.isEmpty() == valid, qPrintable(value + u" → "_s + message));
        QCOMPARE(ContactValidators::checkUnitField(u"email"_s, value), message);
    }

    void required()
    {
        QVERIFY(ContactValidators::checkRequired(u"Label"_s, u"x"_s).isEmpty());
        QVERIFY(ContactValidators::checkRequired(u"Label"_s, u" \t"_s).contains(u"Label"_s));
        for (const QString &column : {u"name"_s, u"person"_s, u"title"_s}) {
            QVERIFY(ContactValidators::checkUnitField(column, u"北京市教育委员会"_s).isEmpty());
            const QString m = ContactValidators::checkUnitField(column, u""_s);
            QVERIFY2(!m.isEmpty() && m.contains(ContactValidators::fieldLabel(column)), qPrintable(m));
        }
    }
    void unknownColumn()
    {
        const QString m = ContactValidators::checkUnitField(u"fax"_s, u"010-66096459"_s);
        QVERIFY(m.contains(u"fax"_s));
        QVERIFY(ContactValidators::checkUnitField(u"stamped_scan"_s, u"/tmp/x.pdf"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactValidators)
#include "TestContactValidators.moc"
