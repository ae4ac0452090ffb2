#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Reads a CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), UTF-8 with or
// without BOM; the separator is ',' or, when the first line has tabs and no comma, a tab.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr qint64 MaxBytes = 64 << 20;
    static bool read(const QString &path, QList<QStringList> *rows, QString *error);
    static QList<QStringList> parse(const QString &text);
};
