// LinkPolicy: every number, status, name and explanation of the link rules comes from the profile's
// "link" section (docs/profile-format.md, "Link rules"), and a section that cannot be used is an error,
// never filled in from the code. The fetch itself is TestLinkCheck's; here its results are made by hand.

#include "media/LinkCheck.h"
#include "media/LinkPolicy.h"
#include "profile/ProfileLoader.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = CheckResult::Status;

namespace {
// A plain-http course that answered 200 at once.
LinkCheck::Result answered()
{
    LinkCheck::Result r;
    r.url = QUrl(u"http://127.0.0.1:8/course"_s);
    r.finalUrl = r.url;
    r.headStatus = 200;
    r.status = 200;
    return r;
}
} // namespace

class TestLinkPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void builtinRulesPass();
    void rulesFollowTheProfile();
    void unusableSectionIsRefused();

private:
    Profile m_profile;
};

void TestLinkPolicy::initTestCase()
{
    QString error;
    QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &m_profile, &error), qPrintable(error));
}

void TestLinkPolicy::builtinRulesPass()
{
    const QJsonObject section = m_profile.technical.value("link"_L1).toObject();
    const CheckReport report = LinkPolicy::evaluate(answered(), u"3"_s, u"11010813001-20001"_s, section);
    QCOMPARE(report.checks.size(), 4);
    QCOMPARE(report.status(u"link"_s), Status::Pass);
    QCOMPARE(report.status(u"https"_s), Status::Warning); // the 2022 status of plain http
    QCOMPARE(report.status(u"protection_level"_s), Status::Pass);
    QCOMPARE(report.status(u"filing_number"_s), Status::Pass);
    for (const CheckResult &c : report.checks) {
        QVERIFY2(!c.name.isEmpty() && !c.explain.isEmpty(), qPrintable(c.id));
        QCOMPARE(c.label(), c.name);
    }
}

// Every number, status, name and explanation of the link rules comes from the profile's link section
// (docs/profile-format.md, "Link rules"): another call's numbers show in verdicts and messages.
void TestLinkPolicy::rulesFollowTheProfile()
{
    QJsonObject section = m_profile.technical.value("link"_L1).toObject();
    auto setRule = [&section](const char *id, const char *key, const QJsonValue &value) {
        QJsonObject rule = section.value(QLatin1StringView(id)).toObject();
        rule.insert(QLatin1StringView(key), value);
        section.insert(QLatin1StringView(id), rule);
    };
    setRule("protection_level", "min_level", 4);
    setRule("https", "http", u"fail"_s);
    setRule("link", "max_redirects", 0);
    setRule("filing_number", "name",
            QJsonObject{{"zh"_L1, u"备案号（测试）"_s}, {"en"_L1, u"Filing (test)"_s}});
    LinkCheck::Options options;
    QString error;
    QVERIFY2(LinkCheck::optionsFrom(section, &options, &error), qPrintable(error));
    QCOMPARE(options.maxRedirects, 0);
    const LinkCheck::Result r = answered();
    const CheckReport report = LinkPolicy::evaluate(r, u"3"_s, u"11010813001-20001"_s, section);
    QCOMPARE(report.status(u"protection_level"_s), Status::Fail); // 3 is below this call's 4
    QVERIFY2(report.find(u"protection_level"_s)->expected.contains(u"4"_s),
             qPrintable(report.find(u"protection_level"_s)->expected));
    QVERIFY(report.find(u"protection_level"_s)->hint.contains(u"4"_s));
    QCOMPARE(report.status(u"https"_s), Status::Fail); // plain http, which this call fails
    QVERIFY(report.find(u"link"_s)->expected.contains(u"at most 0 redirects"_s));
    const CheckResult *filing = report.find(u"filing_number"_s);
    QVERIFY(filing->name == u"Filing (test)"_s || filing->name == u"备案号（测试）"_s);
    QCOMPARE(filing->label(), filing->name);
    QVERIFY(!report.find(u"link"_s)->explain.isEmpty());
    QCOMPARE(filing->toJson().value("label"_L1).toString(), filing->name);
    QCOMPARE(filing->toJson().value("id"_L1).toString(), u"filing_number"_s);
}

// A link section that did not come through the loader is not filled in from the code: the fetch is not
// started without its limits, and a rule without its value is an error naming the key.
void TestLinkPolicy::unusableSectionIsRefused()
{
    QJsonObject section = m_profile.technical.value("link"_L1).toObject();
    QJsonObject link = section.value("link"_L1).toObject();
    link.remove("timeout_ms"_L1);
    section.insert("link"_L1, link);
    LinkCheck::Options options;
    QString error;
    QVERIFY(!LinkCheck::optionsFrom(section, &options, &error));
    QVERIFY2(error.contains(u"technical.link.link.timeout_ms"_s), qPrintable(error));
    section.remove("link"_L1);
    QVERIFY(!LinkCheck::optionsFrom(section, &options, &error));
    QVERIFY2(error.contains(u"technical.link.link"_s), qPrintable(error));

    QJsonObject level = section.value("protection_level"_L1).toObject();
    level.remove("min_level"_L1);
    section.insert("protection_level"_L1, level);
    section.insert("rules"_L1, QJsonArray{u"protection_level"_s});
    const LinkCheck::Result r = answered();
    const CheckReport report = LinkPolicy::evaluate(r, u"3"_s, QString(), section);
    QCOMPARE(report.status(u"protection_level"_s), Status::Error);
    QVERIFY2(
        report.find(u"protection_level"_s)->message.contains(u"technical.link.protection_level.min_level"_s),
        qPrintable(report.find(u"protection_level"_s)->message));
}

QTEST_GUILESS_MAIN(TestLinkPolicy)
#include "TestLinkPolicy.moc"
