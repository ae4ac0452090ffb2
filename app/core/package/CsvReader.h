#pragma once

#include "common/TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Reads a CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) in the encoding
// TextEncoding finds (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 as Excel and WPS save it on
// a Chinese Windows); the separator is ',' or, when the first line has tabs and no comma, a tab.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr qint64 MaxBytes = 64 << 20;
    // `encoding`, when given, says which encoding the file was read in.
    static bool read(const QString &path, QList<QStringList> *rows, QString *error,
                     TextEncoding::Kind *encoding = nullptr);
    static QList<QStringList> parse(const QString &text);
};
