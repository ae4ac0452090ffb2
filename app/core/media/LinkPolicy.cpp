#include "media/LinkPolicy.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
using Status = CheckResult::Status;

CheckResult make(const QString &id, Status status, const QString &expected, const QString &actual,
                 const QString &message, const QString &hint = QString())
{
    return CheckResult{id, status, expected, actual, message, status == Status::Pass ? QString() : hint};
}
} // namespace

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
    const int maxRedirects = section.value("max_redirects"_L1).toInt(5);
    const int timeoutMs = section.value("timeout_ms"_L1).toInt(15000);
    const int minLevel = section.value("min_protection_level"_L1).toInt(3);
    const Status httpStatus = CheckResult::statusFromName(section.value("http"_L1).toString(u"warning"_s));

    QStringList rules;
    const QJsonArray list = section.value("rules"_L1).toArray();
    for (const QJsonValue &v : list)
        rules.append(v.toString());
    if (rules.isEmpty())
        rules = {u"link"_s, u"https"_s, u"protection_level"_s, u"filing_number"_s};

    for (const QString &id : std::as_const(rules)) {
        if (id == "link"_L1) {
            const QString expected =
                tr("2xx after at most %1 redirects within %2 s").arg(maxRedirects).arg(timeoutMs / 1000.0);
            QString actual;
            if (r.timedOut)
                actual = tr("no answer within %1 s").arg(timeoutMs / 1000.0);
            else if (r.status == 0)
                actual = r.networkError.isEmpty() ? tr("no answer") : r.networkError;
            else
                actual = tr("HTTP %1 after %n redirect(s), %2 ms, at %3", nullptr, r.redirects)
                             .arg(r.status)
                             .arg(r.elapsedMs)
                             .arg(r.finalUrl.toString());
            const QString hint =
                tr("Open the address in a browser outside your network; correct it or ask the "
                   "platform to make the course public.");
            if (r.reachable())
                report.add(make(id, Status::Pass, expected, actual, tr("The course answers.")));
            else if (r.tooManyRedirects)
                report.add(make(
                    id, Status::Fail, expected, actual,
                    tr("More than %1 redirects: the address loops or points at a login.").arg(maxRedirects),
                    hint));
            else if (r.timedOut)
                report.add(
                    make(id, Status::Fail, expected, actual, tr("The server did not answer in time."), hint));
            else
                report.add(make(id, Status::Fail, expected, actual,
                                tr("The course does not answer with a page."), hint));
        } else if (id == "https"_L1) {
            const QString expected = tr("https with a valid certificate");
            const QString scheme = r.finalUrl.scheme().isEmpty() ? r.url.scheme() : r.finalUrl.scheme();
            if (!r.tlsErrors.isEmpty())
                report.add(make(id, Status::Fail, expected, r.tlsErrors.join(u"; "_s),
                                tr("The certificate is not valid: browsers will warn or refuse."),
                                tr("Ask the platform to install a valid certificate.")));
            else if (scheme == "https"_L1 && r.url.scheme() == "https"_L1)
                report.add(
                    make(id, Status::Pass, expected, u"https"_s, tr("Encrypted, with a valid certificate.")));
            else
                report.add(make(id, httpStatus == Status::Pass ? Status::Pass : httpStatus, expected, scheme,
                                tr("Plain http: the page travels unencrypted."),
                                tr("Use the https address of the course if the platform has one.")));
        } else if (id == "protection_level"_L1) {
            const QString expected = tr("level %1 or higher").arg(minLevel);
            bool ok = false;
            const int level = protectionLevel.trimmed().toInt(&ok);
            if (protectionLevel.trimmed().isEmpty())
                report.add(make(id, Status::Fail, expected, tr("not declared"),
                                tr("The platform's protection level (等级保护) is not declared."),
                                tr("Enter the level from the platform's filing certificate.")));
            else if (!ok || level < minLevel)
                report.add(make(
                    id, Status::Fail, expected, protectionLevel,
                    tr("The platform's protection level is below %1.").arg(minLevel),
                    tr("Host the course on a platform with protection level %1 or higher.").arg(minLevel)));
            else
                report.add(make(id, Status::Pass, expected, protectionLevel,
                                tr("The protection level is high enough.")));
        } else if (id == "filing_number"_L1) {
            const QString expected = tr("declared");
            if (filingNumber.trimmed().isEmpty())
                report.add(make(id, Status::Fail, expected, tr("missing"),
                                tr("The protection filing number (备案号) is missing."),
                                tr("Enter the number of the platform's filing certificate.")));
            else
                report.add(make(id, Status::Pass, expected, filingNumber.trimmed(),
                                tr("The filing number is declared.")));
        } else {
            report.add(make(id, Status::Error, QString(), QString(),
                            tr("unknown rule \"%1\" in the profile's technical section").arg(id)));
        }
    }
    return report;
}
