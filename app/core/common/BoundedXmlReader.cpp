#include "common/BoundedXmlReader.h"

#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
char16_t unitAt(QStringView text, qsizetype i)
{
    return text.at(i).unicode();
}
char16_t unitAt(QByteArrayView bytes, qsizetype i)
{
    return char16_t(uchar(bytes.at(i)));
}

template <typename View> bool startsWithAt(View text, qsizetype i, QLatin1StringView what)
{
    if (i + what.size() > text.size())
        return false;
    for (qsizetype k = 0; k < what.size(); ++k)
        if (unitAt(text, i + k) != char16_t(what.at(k).unicode()))
            return false;
    return true;
}

template <typename View> qsizetype indexOfFrom(View text, QLatin1StringView what, qsizetype from)
{
    for (qsizetype i = from; i + what.size() <= text.size(); ++i)
        if (startsWithAt(text, i, what))
            return i;
    return -1;
}

// Where the prolog (before the root element) holds a markup declaration "<!…" that is not a comment, i.e.
// a DOCTYPE: its offset, or -1. The XML declaration, processing instructions and comments are skipped.
// Reads only the prolog, once.
template <typename View> qsizetype doctypeOffset(View text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = unitAt(text, i);
        if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == 0xfeff) {
            ++i;
        } else if (startsWithAt(text, i, "<?"_L1)) {
            const qsizetype end = indexOfFrom(text, "?>"_L1, i + 2);
            if (end < 0)
                return -1; // unterminated: the reader reports it
            i = end + 2;
        } else if (startsWithAt(text, i, "<!--"_L1)) {
            const qsizetype end = indexOfFrom(text, "-->"_L1, i + 4);
            if (end < 0)
                return -1;
            i = end + 3;
        } else if (startsWithAt(text, i, "<!"_L1)) {
            return i;
        } else {
            return -1; // the root element, or text the reader refuses
        }
    }
    return -1;
}

template <typename View> qsizetype skipPast(View text, qsizetype from, QLatin1StringView end)
{
    const qsizetype at = indexOfFrom(text, end, from);
    return at < 0 ? text.size() : at + end.size();
}

// The offset of the first start tag with more than `maxAttributes` attributes, or -1. QXmlStreamReader
// compares each attribute of a tag with every one before it, so a tag with 80,000 attributes (800 KB)
// takes 14 s and one with a million most of an hour: such a tag must be refused before the reader sees
// it. One pass; comments, CDATA sections and processing instructions are skipped, quoted values are not
// counted; a malformed document may be counted loosely, as the reader refuses it anyway.
template <typename View> qsizetype crowdedTagOffset(View text, int maxAttributes)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && unitAt(text, i) != u'<')
            ++i;
        if (i >= n)
            break;
        const qsizetype tag = i;
        if (startsWithAt(text, i, "<!--"_L1)) {
            i = skipPast(text, i + 4, "-->"_L1);
        } else if (startsWithAt(text, i, "<![CDATA["_L1)) {
            i = skipPast(text, i + 9, "]]>"_L1);
        } else if (startsWithAt(text, i, "<?"_L1)) {
            i = skipPast(text, i + 2, "?>"_L1);
        } else if (startsWithAt(text, i, "<!"_L1) || startsWithAt(text, i, "</"_L1)) {
            ++i;
        } else {
            int attributes = 0;
            for (++i; i < n; ++i) {
                const char16_t c = unitAt(text, i);
                if (c == u'"' || c == u'\'') {
                    qsizetype close = i + 1;
                    while (close < n && unitAt(text, close) != c)
                        ++close;
                    i = close;
                } else if (c == u'>' || c == u'<') {
                    break;
                } else if (c == u'=' && ++attributes > maxAttributes) {
                    return tag;
                }
            }
        }
    }
    return -1;
}

template <typename View> void lineAndColumn(View text, qsizetype offset, qint64 *line, qint64 *column)
{
    *line = 1;
    *column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (unitAt(text, i) == u'\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

// The encoding named in an XML declaration at the start of `bytes` ("" when none is named); nullopt when
// the declaration names one in a form this reader does not understand.
std::optional<QByteArray> declaredEncoding(QByteArrayView bytes)
{
    if (!bytes.startsWith("<?xml"))
        return QByteArray();
    const qsizetype end = bytes.indexOf("?>");
    const QByteArrayView decl = end < 0 ? bytes : bytes.first(end);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return QByteArray();
    qsizetype i = at + 8;
    auto skipSpace = [&] {
        while (i < decl.size() &&
               (decl.at(i) == ' ' || decl.at(i) == '\t' || decl.at(i) == '\r' || decl.at(i) == '\n'))
            ++i;
    };
    skipSpace();
    if (i >= decl.size() || decl.at(i) != '=')
        return std::nullopt;
    ++i;
    skipSpace();
    if (i >= decl.size() || (decl.at(i) != '"' && decl.at(i) != '\''))
        return std::nullopt;
    const char quote = decl.at(i);
    const qsizetype close = decl.indexOf(quote, i + 1);
    if (close < 0)
        return std::nullopt;
    return decl.sliced(i + 1, close - i - 1).toByteArray().toLower();
}
} // namespace

BoundedXmlReader::BoundedXmlReader(const QByteArray &data, const Limits &limits)
{
    m_limits = limits;
    QString text;
    if (!decode(data, &text))
        return;
    if (text.isNull()) { // UTF-8: the reader takes the bytes as they are
        checkMarkup(QByteArrayView(data).sliced(data.startsWith("\xef\xbb\xbf") ? 3 : 0));
        if (!m_failed)
            m_reader.addData(data);
    } else {
        checkMarkup(QStringView(text));
        if (!m_failed)
            m_reader.addData(text); // a QString locks the encoding: the declaration is not read again
    }
}

BoundedXmlReader::BoundedXmlReader(const QString &text, const Limits &limits)
{
    m_limits = limits;
    checkMarkup(QStringView(text));
    if (!m_failed)
        m_reader.addData(text);
}

// Leaves `text` null when `data` is UTF-8 (or ASCII) to be read as it is; otherwise decodes it into `text`.
bool BoundedXmlReader::decode(const QByteArray &data, QString *text)
{
    const std::optional<QStringConverter::Encoding> detected = QStringConverter::encodingForData(data, u'<');
    if (detected && *detected != QStringConverter::Utf8) {
        QStringDecoder decoder(*detected);
        *text = decoder.decode(data);
        if (decoder.hasError()) {
            refuseAt(1, 1,
                     tr("the text is not valid %1")
                         .arg(QString::fromLatin1(QStringConverter::nameForEncoding(*detected))));
            return false;
        }
        return true;
    }
    const QByteArrayView body = QByteArrayView(data).sliced(data.startsWith("\xef\xbb\xbf") ? 3 : 0);
    const std::optional<QByteArray> declared = declaredEncoding(body);
    if (!declared) {
        refuseAt(1, 1, tr("the XML declaration's encoding cannot be read"));
        return false;
    }
    if (declared->isEmpty() || *declared == "utf-8" || *declared == "utf8")
        return true;
    if (*declared == "us-ascii" || *declared == "ascii" || *declared == "iso-8859-1" ||
        *declared == "latin1" || *declared == "latin-1") {
        *text = QString::fromLatin1(data);
        return true;
    }
    refuseAt(1, 1,
             tr("the encoding \"%1\" is not supported (only UTF-8, UTF-16, UTF-32 and Latin-1)")
                 .arg(QString::fromLatin1(*declared)));
    return false;
}

template <typename View> void BoundedXmlReader::checkMarkup(View text)
{
    qsizetype at = doctypeOffset(text);
    QString message;
    if (at >= 0) {
        message = tr("DTDs are not allowed");
    } else {
        at = crowdedTagOffset(text, m_limits.maxAttributes);
        if (at < 0)
            return;
        message = tr("an element has more than %1 attributes").arg(m_limits.maxAttributes);
    }
    qint64 line = 0;
    qint64 column = 0;
    lineAndColumn(text, at, &line, &column);
    refuseAt(line, column, message);
}

void BoundedXmlReader::refuseAt(qint64 line, qint64 column, const QString &message)
{
    m_failed = true;
    m_error = message;
    m_errorLine = line;
    m_errorColumn = column;
}

void BoundedXmlReader::raiseError(const QString &message)
{
    if (!m_failed)
        m_reader.raiseError(message);
}

QXmlStreamReader::TokenType BoundedXmlReader::readNext()
{
    if (atEnd())
        return tokenType();
    m_reader.readNext();
    checkToken();
    return tokenType();
}

// Applies the bounds to the token just read; false (and the reader stopped) when one is passed.
bool BoundedXmlReader::checkToken()
{
    switch (m_reader.tokenType()) {
    case QXmlStreamReader::StartElement: {
        if (++m_depth > m_limits.maxDepth) {
            m_reader.raiseError(tr("elements are nested deeper than %1 levels").arg(m_limits.maxDepth));
            return false;
        }
        if (++m_elements > m_limits.maxElements) {
            m_reader.raiseError(tr("more than %1 elements").arg(m_limits.maxElements));
            return false;
        }
        for (const QXmlStreamAttribute &a : m_reader.attributes())
            m_textChars += a.value().size();
        // The reader looks prefixes up in every declaration in scope: their number is bounded too.
        const int declared = int(m_reader.namespaceDeclarations().size());
        m_namespaces.append(declared);
        m_namespacesInScope += declared;
        if (m_namespacesInScope > m_limits.maxNamespaces) {
            m_reader.raiseError(
                tr("more than %1 namespace declarations in scope").arg(m_limits.maxNamespaces));
            return false;
        }
        break;
    }
    case QXmlStreamReader::EndElement:
        --m_depth;
        if (!m_namespaces.isEmpty())
            m_namespacesInScope -= m_namespaces.takeLast();
        break;
    case QXmlStreamReader::Characters:
    case QXmlStreamReader::Comment:
        m_textChars += m_reader.text().size();
        break;
    case QXmlStreamReader::DTD: // the prolog check stops these first; kept in case a reader ever reports one
        m_reader.raiseError(tr("DTDs are not allowed"));
        return false;
    case QXmlStreamReader::EntityReference:
        m_reader.raiseError(tr("the entity \"%1\" is not declared").arg(m_reader.name()));
        return false;
    default:
        break;
    }
    if (m_textChars > m_limits.maxTextChars) {
        m_reader.raiseError(tr("more than %1 characters of text").arg(m_limits.maxTextChars));
        return false;
    }
    return true;
}

bool BoundedXmlReader::readNextStartElement()
{
    while (!atEnd()) {
        readNext();
        if (isEndElement() || tokenType() == QXmlStreamReader::EndDocument)
            return false;
        if (isStartElement())
            return true;
    }
    return false;
}

QString BoundedXmlReader::readElementText()
{
    if (!isStartElement())
        return QString();
    QString out;
    while (!atEnd()) {
        switch (readNext()) {
        case QXmlStreamReader::Characters:
            out += text();
            break;
        case QXmlStreamReader::EndElement:
            return out;
        case QXmlStreamReader::StartElement:
            raiseError(tr("the element <%1> is not allowed inside text").arg(name()));
            return QString();
        default:
            break;
        }
    }
    return QString();
}

void BoundedXmlReader::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0 && !atEnd()) {
        readNext();
        if (isEndElement())
            --depth;
        else if (isStartElement())
            ++depth;
    }
}

QString BoundedXmlReader::errorString() const
{
    return m_failed ? m_error : m_reader.errorString();
}

qint64 BoundedXmlReader::lineNumber() const
{
    return m_failed ? m_errorLine : m_reader.lineNumber();
}

qint64 BoundedXmlReader::columnNumber() const
{
    return m_failed ? m_errorColumn : m_reader.columnNumber();
}

QString BoundedXmlReader::describeError() const
{
    if (!hasError())
        return QString();
    return tr("line %1, column %2: %3").arg(lineNumber()).arg(columnNumber()).arg(errorString());
}
