#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Text files as offices have them: a CSV saved by Excel or WPS on a Chinese Windows is GB18030 (the
// system code page), one saved "as UTF-8" carries a byte order mark, Notepad may write UTF-16. decode()
// picks the encoding from the bytes alone: a byte order mark (UTF-8, UTF-16 LE/BE), else UTF-8 when the
// bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312; every byte sequence decodes, so a
// file in yet another encoding comes out as odd characters, never as an error).
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
public:
    enum Kind { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Gb18030 };
    struct Decoded
    {
        QString text;
        Kind kind = Utf8;
    };
    static Decoded decode(const QByteArray &bytes);
    // The encoding's usual name: "UTF-8", "UTF-16LE", "GB18030".
    static QString name(Kind kind);
    // For the user: "GB18030 (Chinese Windows: Excel, WPS)".
    static QString describe(Kind kind);
    static bool isValidUtf8(const QByteArray &bytes);
};
