#pragma once

#include "metadata/ValidationReport.h"
#include "package/PackageContent.h"

#include <QMap>

class Profile;

// data/report.html: the check report of a package, printable (A4, no scripts, no external files):
// the unit, the batch, the profile, every resource with its files and checksums, and every finding. Its
// headings, field labels, rule names and statuses are in the profile's language (PackageTexts), whatever
// the UI's; the findings' sentences are as the checks wrote them.
class ReportHtml
{
public:
    static QByteArray write(const PackageContent &content, const Profile &profile,
                            const ValidationReport &report,
                            const QMap<qint64, QString> &resourceIdsByWorkspaceId);
};
