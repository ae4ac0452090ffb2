#include "package/XlsxReader.h"

#include "common/BoundedXmlReader.h"

#include <QDate>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace {
bool readParts(const QString &path, QMap<QString, QByteArray> *parts, QString *error)
{
    archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK) {
        if (error)
            *error = XlsxReader::tr("%1: not an .xlsx file (%2)")
                         .arg(path, QString::fromUtf8(archive_error_string(a)));
        archive_read_free(a);
        return false;
    }
    const QSet<QString> wanted{u"xl/sharedStrings.xml"_s, u"xl/styles.xml"_s, u"xl/worksheets/sheet1.xml"_s};
    archive_entry *e = nullptr;
    bool ok = true;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        const char *name = archive_entry_pathname(e);
        const QString entry = name ? QString::fromUtf8(name) : QString();
        if (!wanted.contains(entry)) {
            archive_read_data_skip(a);
            continue;
        }
        if (parts->contains(entry)) { // a zip may repeat a name: each copy would be read (64 MB) again
            if (error)
                *error = XlsxReader::tr("%1: %2 appears more than once").arg(path, entry);
            ok = false;
            break;
        }
        QByteArray data;
        char block[65536];
        la_ssize_t n;
        while ((n = archive_read_data(a, block, sizeof block)) > 0) {
            if (data.size() + n > XlsxReader::MaxPartBytes) {
                if (error)
                    *error = XlsxReader::tr("%1: %2 is larger than %3 bytes")
                                 .arg(path, entry)
                                 .arg(XlsxReader::MaxPartBytes);
                ok = false;
                break;
            }
            data.append(block, n);
        }
        if (!ok)
            break;
        if (n < 0) {
            if (error)
                *error = XlsxReader::tr("%1: cannot read %2 (%3)")
                             .arg(path, entry, QString::fromUtf8(archive_error_string(a)));
            ok = false;
            break;
        }
        parts->insert(entry, data);
    }
    archive_read_free(a);
    if (ok && !parts->contains(u"xl/worksheets/sheet1.xml"_s)) {
        if (error)
            *error = XlsxReader::tr("%1: no first worksheet (xl/worksheets/sheet1.xml)").arg(path);
        ok = false;
    }
    return ok;
}

BoundedXmlReader::Limits partLimits()
{
    BoundedXmlReader::Limits limits;
    limits.maxDepth = XlsxReader::MaxDepth;
    limits.maxElements = XlsxReader::MaxElements;
    limits.maxTextChars = XlsxReader::MaxTextChars;
    return limits;
}

bool partError(const BoundedXmlReader &r, const QString &path, const QString &part, QString *error)
{
    if (error)
        *error = XlsxReader::tr("%1: %2 %3").arg(path, part, r.describeError());
    return false;
}

bool sharedStrings(const QByteArray &xml, const QString &path, QStringList *out, QString *error)
{
    BoundedXmlReader r(xml, partLimits());
    QString current;
    int phonetic = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == "si"_L1)
                current.clear();
            else if (r.name() == "rPh"_L1)
                ++phonetic;
            else if (r.name() == "t"_L1 && phonetic == 0)
                current += r.readElementText();
        } else if (r.isEndElement()) {
            if (r.name() == "si"_L1)
                out->append(current);
            else if (r.name() == "rPh"_L1)
                --phonetic;
        }
    }
    if (r.hasError())
        return partError(r, path, u"xl/sharedStrings.xml"_s, error);
    return true;
}

// The cell style indexes (cellXfs) whose number format is a date.
bool dateStyles(const QByteArray &xml, const QString &path, QSet<int> *out, QString *error)
{
    QSet<int> dateFormats{14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47};
    BoundedXmlReader r(xml, partLimits());
    bool inCellXfs = false;
    int index = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == "numFmt"_L1) {
            QString code = r.attributes().value("formatCode"_L1).toString().toLower();
            code.remove(QRegularExpression(u"\"[^\"]*\"|\\[[^\\]]*\\]"_s));
            if (code.contains(u'y') || code.contains(u'd'))
                dateFormats.insert(r.attributes().value("numFmtId"_L1).toInt());
        } else if (r.isStartElement() && r.name() == "cellXfs"_L1) {
            inCellXfs = true;
        } else if (r.isEndElement() && r.name() == "cellXfs"_L1) {
            inCellXfs = false;
        } else if (inCellXfs && r.isStartElement() && r.name() == "xf"_L1) {
            if (dateFormats.contains(r.attributes().value("numFmtId"_L1).toInt()))
                out->insert(index);
            ++index;
        }
    }
    if (r.hasError())
        return partError(r, path, u"xl/styles.xml"_s, error);
    return true;
}

// A date-formatted number that is a day Excel can show (1900-01-01 to 9999-12-31); anything else (1e300,
// nan, negative) stays a number instead of overflowing the conversion to days.
bool isSerialDate(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok && d >= 0 && d < 2958466;
}

QString numberText(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return v;
    if (qAbs(d) < 1e15 && d == double(qint64(d))) // in range before the conversion (1e300 is not a qint64)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}
} // namespace

QString XlsxReader::columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

int XlsxReader::columnIndex(const QString &cellReference)
{
    // Far beyond XFD (16,384), where read() refuses a value; longer references stop growing here instead
    // of overflowing (32 letters once wrapped round to column B and put the value there).
    constexpr int Beyond = 1 << 24;
    int col = 0;
    int letters = 0;
    for (const QChar c : cellReference) {
        if (c < u'A' || c > u'Z')
            break;
        col = col < Beyond ? col * 26 + (c.unicode() - 'A' + 1) : Beyond;
        ++letters;
    }
    return letters == 0 ? -1 : std::min(col, Beyond) - 1;
}

bool XlsxReader::read(const QString &path, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    QMap<QString, QByteArray> parts;
    if (!readParts(path, &parts, error))
        return false;
    QStringList strings;
    if (parts.contains(u"xl/sharedStrings.xml"_s) &&
        !sharedStrings(parts.value(u"xl/sharedStrings.xml"_s), path, &strings, error))
        return false;
    QSet<int> dates;
    if (parts.contains(u"xl/styles.xml"_s) &&
        !dateStyles(parts.value(u"xl/styles.xml"_s), path, &dates, error))
        return false;

    BoundedXmlReader r(parts.value(u"xl/worksheets/sheet1.xml"_s), partLimits());
    // Cells are kept sparse: an empty cell adds nothing, a row is only as wide as its last value, missing
    // rows are empty lists. Once the header (the first row with a value) is known, values further right
    // than its width plus a margin are refused, and so is a sheet with more cells or rows than the bounds.
    QStringList row;
    int rowNumber = 0;
    int nextColumn = 0;
    int maxColumns = MaxColumns;
    bool haveHeader = false;
    qint64 cellCount = 0;
    auto fail = [&](const QString &text) {
        rows->clear();
        if (error)
            *error = text;
        return false;
    };
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == "row"_L1) {
            const int number = r.attributes().value("r"_L1).toInt();
            rowNumber = number > int(rows->size()) ? number : int(rows->size()) + 1;
            if (rowNumber > MaxRows)
                return fail(tr("%1: sheet1 row %2 is beyond the supported %3 rows")
                                .arg(path)
                                .arg(rowNumber)
                                .arg(MaxRows));
            while (rows->size() < rowNumber - 1)
                rows->append(QStringList());
            row.clear();
            nextColumn = 0;
        } else if (r.isEndElement() && r.name() == "row"_L1) {
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
            if (!row.isEmpty() && !haveHeader) {
                haveHeader = true;
                maxColumns = std::min<int>(MaxColumns, int(row.size()) + ColumnMargin);
            }
            rows->append(row);
        } else if (r.isStartElement() && r.name() == "c"_L1) {
            const QXmlStreamAttributes attrs = r.attributes();
            int col = columnIndex(attrs.value("r"_L1).toString());
            if (col < 0)
                col = nextColumn;
            nextColumn = col + 1;
            const QString type = attrs.value("t"_L1).toString();
            const int style = attrs.hasAttribute("s"_L1) ? attrs.value("s"_L1).toInt() : -1;
            QString value;
            QString inlineText;
            while (!(r.isEndElement() && r.name() == "c"_L1) && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == "v"_L1)
                    value = r.readElementText();
                else if (r.isStartElement() && r.name() == "t"_L1)
                    inlineText += r.readElementText();
            }
            QString text;
            if (type == "s"_L1) {
                const int i = value.toInt();
                text = i >= 0 && i < strings.size() ? strings.at(i) : QString();
            } else if (type == "inlineStr"_L1) {
                text = inlineText;
            } else if (type == "b"_L1) {
                text = value.isEmpty() ? QString() : value == "1"_L1 ? u"TRUE"_s : u"FALSE"_s;
            } else if (type == "str"_L1 || type == "e"_L1) {
                text = value;
            } else if (!value.isEmpty() && dates.contains(style) && isSerialDate(value)) {
                text = QDate(1899, 12, 30).addDays(qint64(value.toDouble())).toString(Qt::ISODate);
            } else {
                text = numberText(value);
            }
            if (text.isEmpty())
                continue; // an empty (formatted) cell: nothing to keep
            if (col >= maxColumns)
                return fail(
                    haveHeader
                        ? tr("%1: sheet1 row %2: a value in column %3, beyond the header's %4 columns (at most %5 more are read)")
                              .arg(path)
                              .arg(rowNumber)
                              .arg(columnName(col))
                              .arg(maxColumns - ColumnMargin)
                              .arg(ColumnMargin)
                        : tr("%1: sheet1 row %2: a value in column %3, beyond the %4 columns read")
                              .arg(path)
                              .arg(rowNumber)
                              .arg(columnName(col))
                              .arg(maxColumns));
            if (col >= row.size()) {
                cellCount += col + 1 - row.size();
                if (cellCount > MaxCells)
                    return fail(tr("%1: sheet1 row %2: more than %3 cells in all")
                                    .arg(path)
                                    .arg(rowNumber)
                                    .arg(MaxCells));
                row.resize(col + 1);
            }
            row[col] = text;
        }
    }
    if (r.hasError()) {
        rows->clear();
        return partError(r, path, u"xl/worksheets/sheet1.xml"_s, error);
    }
    return true;
}
