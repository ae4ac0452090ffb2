#include "common/TextEncoding.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

bool TextEncoding::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes); // the conversion runs when the result becomes a QString
    Q_UNUSED(text);
    return !decoder.hasError();
}

namespace {
QString decodeWith(QStringDecoder decoder, QByteArrayView bytes)
{
    return decoder.decode(bytes);
}
} // namespace

TextEncoding::Decoded TextEncoding::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {decodeWith(QStringDecoder(QStringDecoder::Utf8), QByteArrayView(bytes).sliced(3)),
                Utf8WithBom};
    if (bytes.startsWith("\xFF\xFE"))
        return {decodeWith(QStringDecoder(QStringDecoder::Utf16LE), QByteArrayView(bytes).sliced(2)),
                Utf16LE};
    if (bytes.startsWith("\xFE\xFF"))
        return {decodeWith(QStringDecoder(QStringDecoder::Utf16BE), QByteArrayView(bytes).sliced(2)),
                Utf16BE};
    if (isValidUtf8(bytes))
        return {QString::fromUtf8(bytes), Utf8};
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid()) // a Qt built without ICU has no GB18030: the text is read as UTF-8, and says so
        return {QString::fromUtf8(bytes), Utf8};
    return {decodeWith(std::move(gb18030), bytes), Gb18030};
}

QString TextEncoding::name(Kind kind)
{
    switch (kind) {
    case Utf8:
    case Utf8WithBom:
        return u"UTF-8"_s;
    case Utf16LE:
        return u"UTF-16LE"_s;
    case Utf16BE:
        return u"UTF-16BE"_s;
    case Gb18030:
        return u"GB18030"_s;
    }
    return QString();
}

QString TextEncoding::describe(Kind kind)
{
    switch (kind) {
    case Utf8:
        return tr("UTF-8");
    case Utf8WithBom:
        return tr("UTF-8 (with byte order mark)");
    case Utf16LE:
    case Utf16BE:
        return tr("%1 (Unicode, as Notepad saves it)").arg(name(kind));
    case Gb18030:
        return tr("GB18030 (Chinese Windows, as Excel or WPS saves it)");
    }
    return QString();
}
