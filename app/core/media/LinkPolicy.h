#pragma once

#include "media/CheckReport.h"
#include "media/LinkCheck.h"

#include <QCoreApplication>
#include <QJsonObject>

// Judges an online course: the link check's result and the declared cyber-security protection level
// (等级保护) and filing number, against the profile's technical "link" section (docs/profile-format.md,
// "Link rules"). Rules: link (2xx after at most max_redirects redirects within timeout_ms), https
// (plain http gets the profile's status, TLS errors fail), protection_level (declared and ≥ min_level),
// filing_number (declared). Every number, name and explanation comes from the profile; nothing has a
// default here.
class LinkPolicy
{
    Q_DECLARE_TR_FUNCTIONS(LinkPolicy)
public:
    static CheckReport evaluate(const LinkCheck::Result &result, const QString &protectionLevel,
                                const QString &filingNumber, const QJsonObject &linkSection);

private:
    struct Declared
    {
        QString protectionLevel;
        QString filingNumber;
    };
    static CheckResult evaluateRule(const LinkCheck::Result &r, const Declared &declared,
                                    const QJsonObject &section, const QString &id);
};
