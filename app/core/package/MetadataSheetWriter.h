#pragma once

#include "package/PackageContent.h"

#include <QCoreApplication>
#include <QStringList>

class Profile;

// data/metadata.xlsx, written with libxlsxwriter: one row per resource, the standard's column headers
// (the fields' Chinese labels) after three columns naming the resource: its package number, its media
// files and its key in the workspace. Every cell is text, so that what a spreadsheet shows is exactly what
// the workspace holds. The same headers serve SheetImporter when the sheet comes back filled in.
//
// Nothing is left out: a value longer than a cell holds (MaxCellChars) continues in the columns right of
// its own, headed continuationHeader(header, 2), (…, 3) …, which SheetImporter joins again; a value that
// would need more than MaxCellParts cells refuses the export with a message naming the resource and field.
// Every libxlsxwriter call is checked: a cell it does not write fails the export, never leaves it empty.
class MetadataSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(MetadataSheetWriter)
public:
    static constexpr qsizetype MaxCellChars = 32767; // Excel's and libxlsxwriter's limit (LXW_STR_MAX)
    static constexpr int MaxCellParts = 32;          // about a million characters per value

    static QString idHeader();    // "编号"
    static QString filesHeader(); // "文件名"
    static QString keyHeader();   // "资源键"
    // "资源目录（续2）": the header of the part-th cell (from 2) of a value split over several cells.
    static QString continuationHeader(const QString &header, int part);
    // "17-9f2c4a1be03d7a55": the workspace's resource id and its random uid, which no other resource
    // ever has (SQLite may give a deleted resource's id to a new one; the uid differs).
    static QString resourceKey(qint64 resourceId, const QString &uid);
    // The id and uid of a key; false when the text is not one.
    static bool parseResourceKey(const QString &key, qint64 *resourceId, QString *uid);
    // The value in pieces of at most MaxCellChars UTF-16 units, joined again by plain concatenation: a
    // piece never ends inside a surrogate pair and, where possible, never begins or ends with white space
    // (which a spreadsheet might trim).
    static QStringList splitForCells(const QString &value);

    // idHeader, filesHeader, keyHeader, then every field's Chinese label in the profile's order: one
    // logical column each, before continuation columns are added for long values.
    static QStringList headers(const Profile &profile);
    // The row of one resource, in the order of headers().
    static QStringList row(const PackageResource &resource, const Profile &profile);

    static bool writeFile(const QString &path, const PackageContent &content, const Profile &profile,
                          QString *error);
    static QByteArray toXlsx(const PackageContent &content, const Profile &profile, QString *error);
};
