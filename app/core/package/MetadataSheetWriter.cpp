#include "package/MetadataSheetWriter.h"

#include "profile/Profile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {
// What the sheet holds: every resource's cells, each value in the pieces that fit a cell, and how many
// cells each logical column spans (the most pieces any of its values has).
struct SheetLayout
{
    QStringList headers; // the written headers, continuation columns included
    QList<QList<QStringList>> rows;
    QList<int> parts;
};

bool planLayout(const PackageContent &content, const Profile &profile, SheetLayout *layout, QString *error)
{
    const QStringList logical = MetadataSheetWriter::headers(profile);
    layout->parts = QList<int>(logical.size(), 1);
    for (const PackageResource &resource : content.resources) {
        const QStringList cells = MetadataSheetWriter::row(resource, profile);
        QList<QStringList> pieces;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            pieces.append(MetadataSheetWriter::splitForCells(cells.at(c)));
            if (pieces.last().size() > MetadataSheetWriter::MaxCellParts) {
                if (error)
                    *error =
                        MetadataSheetWriter::tr("%1 · %2, \"%3\": %4 characters do not fit in metadata.xlsx "
                                                "(at most %5); shorten the value")
                            .arg(resource.id,
                                 profile.valueWithRole(FieldRole::Title, resource.type, resource.values),
                                 logical.at(c))
                            .arg(cells.at(c).size())
                            .arg(MetadataSheetWriter::MaxCellChars * MetadataSheetWriter::MaxCellParts);
                return false;
            }
            layout->parts[c] = std::max(layout->parts.at(c), int(pieces.last().size()));
        }
        layout->rows.append(pieces);
    }
    for (qsizetype c = 0; c < logical.size(); ++c) {
        layout->headers.append(logical.at(c));
        for (int part = 2; part <= layout->parts.at(c); ++part)
            layout->headers.append(MetadataSheetWriter::continuationHeader(logical.at(c), part));
    }
    return true;
}

QString cellName(lxw_row_t row, lxw_col_t col)
{
    QString letters;
    for (int c = int(col) + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

// One libxlsxwriter call's result: false with a message naming the cell when it did not write.
bool checked(lxw_error rc, lxw_row_t row, lxw_col_t col, QString *error)
{
    if (rc == LXW_NO_ERROR)
        return true;
    if (error)
        *error = MetadataSheetWriter::tr("metadata.xlsx, cell %1: %2")
                     .arg(cellName(row, col), QString::fromUtf8(lxw_strerror(rc)));
    return false;
}

bool writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format,
               QString *error)
{
    return checked(worksheet_write_string(sheet, row, col, text.toUtf8().constData(), format), row, col,
                   error);
}

bool writeHeader(lxw_workbook *workbook, lxw_worksheet *sheet, const QStringList &headers, QString *error)
{
    lxw_format *bold = workbook_add_format(workbook);
    if (!bold) {
        if (error)
            *error = MetadataSheetWriter::tr("metadata.xlsx: cannot add a cell format");
        return false;
    }
    format_set_bold(bold);
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const lxw_col_t col = lxw_col_t(c);
        if (!writeText(sheet, 0, col, headers.at(c), bold, error) ||
            !checked(worksheet_set_column(sheet, col, col, c < 3 ? 14 : 20, nullptr), 0, col, error))
            return false;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return true;
}

bool writeRows(lxw_worksheet *sheet, const SheetLayout &layout, QString *error)
{
    lxw_row_t r = 1;
    for (const QList<QStringList> &row : layout.rows) {
        lxw_col_t col = 0;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QStringList &pieces = row.at(c);
            for (qsizetype p = 0; p < pieces.size(); ++p) {
                QString cellError;
                if (pieces.at(p).isEmpty() ||
                    writeText(sheet, r, col + lxw_col_t(p), pieces.at(p), nullptr, &cellError))
                    continue;
                // "A01-0001, "资源目录": metadata.xlsx, cell D2: …"
                if (error)
                    *error =
                        MetadataSheetWriter::tr("%1, \"%2\": %3")
                            .arg(row.value(0).value(0), layout.headers.value(col + lxw_col_t(p)), cellError);
                return false;
            }
            col += lxw_col_t(layout.parts.at(c));
        }
        ++r;
    }
    return true;
}
} // namespace

QString MetadataSheetWriter::idHeader()
{
    return u"编号"_s;
}

QString MetadataSheetWriter::filesHeader()
{
    return u"文件名"_s;
}

QString MetadataSheetWriter::keyHeader()
{
    return u"资源键"_s;
}

QString MetadataSheetWriter::continuationHeader(const QString &header, int part)
{
    return u"%1（续%2）"_s.arg(header).arg(part);
}

QString MetadataSheetWriter::resourceKey(qint64 resourceId, const QString &uid)
{
    return u"%1-%2"_s.arg(resourceId).arg(uid);
}

bool MetadataSheetWriter::parseResourceKey(const QString &key, qint64 *resourceId, QString *uid)
{
    static const QRegularExpression pattern(u"^([1-9][0-9]{0,17})-([0-9a-f]{16})$"_s);
    const QRegularExpressionMatch m = pattern.match(key.trimmed());
    if (!m.hasMatch())
        return false;
    *resourceId = m.captured(1).toLongLong();
    *uid = m.captured(2);
    return true;
}

QStringList MetadataSheetWriter::splitForCells(const QString &value)
{
    QStringList out;
    qsizetype start = 0;
    auto goodCut = [&value](qsizetype at) {
        return !value.at(at - 1).isSpace() && !value.at(at).isSpace() && !value.at(at).isLowSurrogate();
    };
    while (value.size() - start > MaxCellChars) {
        const qsizetype hard = start + MaxCellChars;
        qsizetype cut = hard;
        while (cut > hard - 1024 && !goodCut(cut))
            --cut;
        if (!goodCut(cut))
            cut = value.at(hard).isLowSurrogate() ? hard - 1 : hard;
        out.append(value.mid(start, cut - start));
        start = cut;
    }
    out.append(value.mid(start));
    return out;
}

QStringList MetadataSheetWriter::headers(const Profile &profile)
{
    QStringList out{idHeader(), filesHeader(), keyHeader()};
    for (const FieldSpec &f : profile.fields)
        out.append(f.label.zh.isEmpty() ? f.id : f.label.zh);
    return out;
}

QStringList MetadataSheetWriter::row(const PackageResource &resource, const Profile &profile)
{
    QStringList names;
    for (const PackageFile &f : resource.filesWithRole(u"media"_s))
        names.append(QFileInfo(f.path).fileName());
    QStringList out{resource.id, names.join(profile.listSeparator), resource.sheetKey};
    for (const FieldSpec &f : profile.fields)
        out.append(f.appliesToType(resource.type) ? resource.values.value(f.id) : QString());
    return out;
}

bool MetadataSheetWriter::writeFile(const QString &path, const PackageContent &content,
                                    const Profile &profile, QString *error)
{
    SheetLayout layout;
    if (!planLayout(content, profile, &layout, error))
        return false;
    const QByteArray name = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(name.constData());
    if (!workbook) {
        if (error)
            *error = tr("%1: cannot create the spreadsheet").arg(path);
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "metadata");
    QString cellError;
    bool written = sheet && writeHeader(workbook, sheet, layout.headers, &cellError) &&
                   writeRows(sheet, layout, &cellError);
    if (!sheet)
        cellError = tr("metadata.xlsx: cannot add the worksheet");
    const lxw_error rc = workbook_close(workbook); // frees the workbook whatever happened
    if (written && rc != LXW_NO_ERROR) {
        cellError =
            tr("%1: cannot write the spreadsheet (%2)").arg(path, QString::fromUtf8(lxw_strerror(rc)));
        written = false;
    }
    if (!written) {
        QFile::remove(path);
        if (error)
            *error = cellError;
    }
    return written;
}

QByteArray MetadataSheetWriter::toXlsx(const PackageContent &content, const Profile &profile, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        if (error)
            *error = tr("cannot create a temporary folder for metadata.xlsx");
        return {};
    }
    const QString path = dir.filePath(u"metadata.xlsx"_s);
    if (!writeFile(path, content, profile, error))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read back (%2)").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}
