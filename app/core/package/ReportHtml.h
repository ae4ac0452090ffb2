#pragma once

#include "metadata/ValidationReport.h"
#include "package/PackageContent.h"

#include <QCoreApplication>

class Profile;

// data/report.html: the check report of a package, printable (A4, no scripts, no external files):
// the unit, the batch, the profile, every resource with its files and checksums, and every finding.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    static QByteArray write(const PackageContent &content, const Profile &profile,
                            const ValidationReport &report,
                            const QMap<qint64, QString> &resourceIdsByWorkspaceId);
};
