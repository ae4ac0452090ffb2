#include "package/CsvReader.h"

#include <QFile>

using namespace Qt::StringLiterals;

QList<QStringList> CsvReader::parse(const QString &text)
{
    const QString firstLine = text.section(u'\n', 0, 0);
    const QChar separator = firstLine.contains(u'\t') && !firstLine.contains(u',') ? u'\t' : u',';
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
            any = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

bool CsvReader::read(const QString &path, QList<QStringList> *rows, QString *error,
                     TextEncoding::Kind *encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read (%2)").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxBytes) {
        if (error)
            *error = tr("%1: larger than %2 bytes").arg(path).arg(MaxBytes);
        return false;
    }
    const TextEncoding::Decoded decoded = TextEncoding::decode(file.read(MaxBytes));
    if (encoding)
        *encoding = decoded.kind;
    *rows = parse(decoded.text);
    return true;
}
