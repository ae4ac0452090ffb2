#pragma once

#include "package/PackageContent.h"

#include <QCoreApplication>
#include <QStringList>

class Profile;

// data/metadata.xlsx, written with libxlsxwriter: one row per resource, the standard's column headers
// (the fields' Chinese labels) after two columns naming the resource and its media files. Every cell is
// text, so that what a spreadsheet shows is exactly what the workspace holds. The same headers serve
// SheetImporter when the sheet comes back filled in.
class MetadataSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(MetadataSheetWriter)
public:
    static QString idHeader();    // "编号"
    static QString filesHeader(); // "文件名"
    // idHeader, filesHeader, then every field's Chinese label in the profile's order.
    static QStringList headers(const Profile &profile);
    // The row of one resource, in the order of headers().
    static QStringList row(const PackageResource &resource, const Profile &profile);

    static bool writeFile(const QString &path, const PackageContent &content, const Profile &profile,
                          QString *error);
    static QByteArray toXlsx(const PackageContent &content, const Profile &profile, QString *error);
};
