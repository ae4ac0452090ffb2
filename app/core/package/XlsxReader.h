#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Reads the first worksheet of an .xlsx file as text cells. Debian packages no xlsx reader, so this opens
// the zip with libarchive and reads xl/sharedStrings.xml, xl/styles.xml and xl/worksheets/sheet1.xml with
// BoundedXmlReader. Shared, inline and formula strings, numbers and booleans are read; numbers formatted
// as dates become yyyy-MM-dd. Part sizes are bounded; a part with a DTD is refused (no entity is ever
// declared or expanded), and so is one nested deeper, with more elements or more text than the bounds.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static constexpr qint64 MaxPartBytes = 64 << 20;
    static constexpr int MaxRows = 200000;      // row numbers beyond this are refused
    static constexpr qint64 MaxCells = 2000000; // cells kept in all (rows are as wide as their last value)
    static constexpr int MaxColumns = 1024;     // before the header is known
    static constexpr int ColumnMargin = 64;     // columns read beyond the header's last one
    static constexpr int MaxDepth = 64;         // element nesting in a part
    static constexpr qint64 MaxElements = 16 << 20;          // elements in a part
    static constexpr qint64 MaxTextChars = qint64(32) << 20; // characters of text and attributes in a part
    // Rows in sheet order; a row's missing cells are empty strings; trailing empty cells are dropped.
    // Bounded: a value right of the header's width + ColumnMargin, more than MaxCells cells or a row
    // beyond MaxRows is an error naming the row; memory stays proportional to the values present.
    static bool read(const QString &path, QList<QStringList> *rows, QString *error);
    // 0 → "A", 27 → "AB"
    static QString columnName(int index);
    // "A" → 0, "AB" → 27; -1 when not a column reference.
    static int columnIndex(const QString &cellReference);
};
