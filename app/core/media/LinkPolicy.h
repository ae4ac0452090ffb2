#pragma once

#include "media/CheckReport.h"
#include "media/LinkCheck.h"

#include <QCoreApplication>
#include <QJsonObject>

// Judges an online course (A03): the link check's result and the declared cyber-security protection
// level (等级保护) and filing number, against the profile's technical "link" section. Rules:
// link (2xx after at most N redirects within the time limit), https (plain http warns, TLS errors fail),
// protection_level (declared and ≥ the minimum), filing_number (declared).
class LinkPolicy
{
    Q_DECLARE_TR_FUNCTIONS(LinkPolicy)
public:
    static CheckReport evaluate(const LinkCheck::Result &result, const QString &protectionLevel,
                                const QString &filingNumber, const QJsonObject &linkSection);
};
