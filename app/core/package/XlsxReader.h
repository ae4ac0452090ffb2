#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Reads the first worksheet of an .xlsx file as text cells. Debian packages no xlsx reader, so this opens
// the zip with libarchive and reads xl/sharedStrings.xml, xl/styles.xml and xl/worksheets/sheet1.xml with
// QXmlStreamReader. Shared, inline and formula strings, numbers and booleans are read; numbers formatted
// as dates become yyyy-MM-dd. Part sizes are bounded; external entities are never resolved.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static constexpr qint64 MaxPartBytes = 64 << 20;
    // Rows in sheet order; a row's missing cells are empty strings; trailing empty cells are dropped.
    static bool read(const QString &path, QList<QStringList> *rows, QString *error);
    // "A" → 0, "AB" → 27; -1 when not a column reference.
    static int columnIndex(const QString &cellReference);
};
