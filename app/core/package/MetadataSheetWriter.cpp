#include "package/MetadataSheetWriter.h"

#include "profile/Profile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

QString MetadataSheetWriter::idHeader()
{
    return u"编号"_s;
}

QString MetadataSheetWriter::filesHeader()
{
    return u"文件名"_s;
}

QStringList MetadataSheetWriter::headers(const Profile &profile)
{
    QStringList out{idHeader(), filesHeader()};
    for (const FieldSpec &f : profile.fields)
        out.append(f.label.zh.isEmpty() ? f.id : f.label.zh);
    return out;
}

QStringList MetadataSheetWriter::row(const PackageResource &resource, const Profile &profile)
{
    QStringList names;
    for (const PackageFile &f : resource.filesWithRole(u"media"_s))
        names.append(QFileInfo(f.path).fileName());
    QStringList out{resource.id, names.join(profile.listSeparator)};
    for (const FieldSpec &f : profile.fields)
        out.append(f.appliesToType(resource.type) ? resource.values.value(f.id) : QString());
    return out;
}

bool MetadataSheetWriter::writeFile(const QString &path, const PackageContent &content,
                                    const Profile &profile, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(name.constData());
    if (!workbook) {
        if (error)
            *error = tr("%1: cannot create the spreadsheet").arg(path);
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "metadata");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    const QStringList header = headers(profile);
    for (qsizetype c = 0; c < header.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c < 2 ? 14 : 20, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t r = 1;
    for (const PackageResource &resource : content.resources) {
        const QStringList cells = row(resource, profile);
        for (qsizetype c = 0; c < cells.size(); ++c)
            if (!cells.at(c).isEmpty())
                worksheet_write_string(sheet, r, lxw_col_t(c), cells.at(c).toUtf8().constData(), nullptr);
        ++r;
    }
    const lxw_error rc = workbook_close(workbook);
    if (rc != LXW_NO_ERROR) {
        if (error)
            *error =
                tr("%1: cannot write the spreadsheet (%2)").arg(path, QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    return true;
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
