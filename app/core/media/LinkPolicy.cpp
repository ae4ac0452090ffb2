#include "media/LinkPolicy.h"

#include "media/MediaPolicySupport.h"
#include "profile/TechnicalSpec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace PolicySupport;

// Every number and name in expectations, messages and hints comes from the rule's object in the
// profile's technical "link" section (docs/profile-format.md, "Link rules"); TechnicalSpec::checkRule
// has made sure each required key is there, so nothing here has a default.

namespace {
// "link": 2xx after at most max_redirects redirects within timeout_ms.
CheckResult linkRule(const LinkCheck::Result &r, const QJsonObject &rule)
{
    const int maxRedirects = rule.value("max_redirects"_L1).toInt();
    const double seconds = rule.value("timeout_ms"_L1).toDouble() / 1000.0;
    const QString id = u"link"_s;
    const QString expected =
        LinkPolicy::tr("2xx after at most %1 redirects within %2 s").arg(maxRedirects).arg(plain(seconds));
    QString actual;
    if (r.timedOut)
        actual = LinkPolicy::tr("no answer within %1 s").arg(plain(seconds));
    else if (r.status == 0)
        actual = r.networkError.isEmpty() ? LinkPolicy::tr("no answer") : r.networkError;
    else
        actual = LinkPolicy::tr("HTTP %1 after %n redirect(s), %2 ms, at %3", nullptr, r.redirects)
                     .arg(r.status)
                     .arg(r.elapsedMs)
                     .arg(r.finalUrl.toString());
    const QString hint = LinkPolicy::tr("Open the address in a browser outside your network; correct it or "
                                        "ask the platform to make the course public.");
    if (r.reachable())
        return make(id, Status::Pass, expected, actual, LinkPolicy::tr("The course answers."));
    if (r.tooManyRedirects)
        return make(id, Status::Fail, expected, actual,
                    LinkPolicy::tr("More than %1 redirects: the address loops or points at a login.")
                        .arg(maxRedirects),
                    hint);
    if (r.timedOut)
        return make(id, Status::Fail, expected, actual, LinkPolicy::tr("The server did not answer in time."),
                    hint);
    return make(id, Status::Fail, expected, actual, LinkPolicy::tr("The course does not answer with a page."),
                hint);
}

// "https": a valid certificate; plain http gets the rule's "http" status.
CheckResult httpsRule(const LinkCheck::Result &r, const QJsonObject &rule)
{
    const QString id = u"https"_s;
    const QString expected = LinkPolicy::tr("https with a valid certificate");
    const QString scheme = r.finalUrl.scheme().isEmpty() ? r.url.scheme() : r.finalUrl.scheme();
    if (!r.tlsErrors.isEmpty())
        return make(id, Status::Fail, expected, r.tlsErrors.join(u"; "_s),
                    LinkPolicy::tr("The certificate is not valid: browsers will warn or refuse."),
                    LinkPolicy::tr("Ask the platform to install a valid certificate."));
    if (scheme == "https"_L1 && r.url.scheme() == "https"_L1)
        return make(id, Status::Pass, expected, u"https"_s,
                    LinkPolicy::tr("Encrypted, with a valid certificate."));
    return make(id, statusFrom(rule.value("http"_L1)), expected, scheme,
                LinkPolicy::tr("Plain http: the page travels unencrypted."),
                LinkPolicy::tr("Use the https address of the course if the platform has one."));
}

// "protection_level": declared and at least min_level.
CheckResult protectionLevelRule(const QString &declared, const QJsonObject &rule)
{
    const QString id = u"protection_level"_s;
    const int minLevel = rule.value("min_level"_L1).toInt();
    const QString expected = LinkPolicy::tr("level %1 or higher").arg(minLevel);
    bool ok = false;
    const int level = declared.trimmed().toInt(&ok);
    if (declared.trimmed().isEmpty())
        return make(id, Status::Fail, expected, LinkPolicy::tr("not declared"),
                    LinkPolicy::tr("The platform's protection level (等级保护) is not declared."),
                    LinkPolicy::tr("Enter the level from the platform's filing certificate."));
    if (!ok || level < minLevel)
        return make(id, Status::Fail, expected, declared,
                    LinkPolicy::tr("The platform's protection level is below %1.").arg(minLevel),
                    LinkPolicy::tr("Host the course on a platform with protection level %1 or higher.")
                        .arg(minLevel));
    return make(id, Status::Pass, expected, declared, LinkPolicy::tr("The protection level is high enough."));
}

// "filing_number": declared.
CheckResult filingNumberRule(const QString &declared)
{
    const QString id = u"filing_number"_s;
    const QString expected = LinkPolicy::tr("declared");
    if (declared.trimmed().isEmpty())
        return make(id, Status::Fail, expected, LinkPolicy::tr("missing"),
                    LinkPolicy::tr("The protection filing number (备案号) is missing."),
                    LinkPolicy::tr("Enter the number of the platform's filing certificate."));
    return make(id, Status::Pass, expected, declared.trimmed(),
                LinkPolicy::tr("The filing number is declared."));
}
} // namespace

CheckResult LinkPolicy::evaluateRule(const LinkCheck::Result &r, const Declared &declared,
                                     const QJsonObject &section, const QString &id)
{
    if (!TechnicalSpec::ruleIds(u"link"_s).contains(id))
        return make(id, Status::Error, QString(), QString(),
                    tr("unknown rule \"%1\" in the profile's technical section").arg(id));
    const QJsonObject rule = section.value(id).toObject();
    TechnicalSpec::Problem problem;
    if (!TechnicalSpec::checkRule(u"link"_s, id, rule, u"technical.link.%1"_s.arg(id), &problem))
        return make(
            id, Status::Error, QString(), QString(),
            tr("The profile's technical section cannot be used: %1: %2").arg(problem.where, problem.what));
    if (id == "link"_L1)
        return linkRule(r, rule);
    if (id == "https"_L1)
        return httpsRule(r, rule);
    if (id == "protection_level"_L1)
        return protectionLevelRule(declared.protectionLevel, rule);
    return filingNumberRule(declared.filingNumber);
}

CheckReport LinkPolicy::evaluate(const LinkCheck::Result &r, const QString &protectionLevel,
                                 const QString &filingNumber, const QJsonObject &section)
{
    CheckReport report;
    report.path = r.url.toString();
    report.type = u"link"_s;
    report.checkedAt = QDateTime::currentDateTimeUtc();
    QJsonObject facts = r.toJson();
    facts.insert("protection_level"_L1, protectionLevel);
    facts.insert("filing_number"_L1, filingNumber);
    report.facts = facts;
    const QStringList rules = stringList(section.value("rules"_L1));
    if (rules.isEmpty()) {
        report.error = tr("the profile has no technical rules for \"link\" media");
        return report;
    }
    const Declared declared{protectionLevel, filingNumber};
    for (const QString &id : rules)
        report.add(named(evaluateRule(r, declared, section, id), section.value(id).toObject()));
    return report;
}
