#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

// The one way SubmitDesk reads XML that comes from outside (xlsx parts, catalogs, package metadata).
// QXmlStreamReader resolves internal entities with a limit per reference only, so a small document with a
// DTD can expand to gigabytes. This reader:
//  - refuses a document type declaration at its "<!DOCTYPE" token, before the reader parses its internal
//    subset ("DTDs are not allowed"), so no entity is ever declared, let alone expanded;
//  - accepts UTF-8, UTF-16 and UTF-32 (BOM or detected) and an ASCII or Latin-1 declaration; any other
//    declared encoding is refused, so nothing can hide a DOCTYPE from the check;
//  - caps the element depth, the number of elements, the total characters of text and attribute values,
//    the attributes of one tag (before the reader parses it: its duplicate check is quadratic) and the
//    namespace declarations in scope;
//  - reports the line and column of what it refuses (errorString() is the bare reason, describeError()
//    "line L, column C: reason").
// Once an error is raised, readNext() returns Invalid and atEnd() is true.
class BoundedXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(BoundedXmlReader)
public:
    struct Limits
    {
        int maxDepth = 256;
        qint64 maxElements = 1000000;
        qint64 maxTextChars = qint64(16) << 20; // text, CDATA and attribute values, in UTF-16 units
        int maxAttributes = 64;                 // in one start tag (checked before the reader parses it)
        int maxNamespaces = 64;                 // namespace declarations in scope at once
    };

    explicit BoundedXmlReader(const QByteArray &data) : BoundedXmlReader(data, Limits{}) {}
    explicit BoundedXmlReader(const QString &text) : BoundedXmlReader(text, Limits{}) {}
    BoundedXmlReader(const QByteArray &data, const Limits &limits);
    BoundedXmlReader(const QString &text, const Limits &limits);
    BoundedXmlReader(const BoundedXmlReader &) = delete;
    BoundedXmlReader &operator=(const BoundedXmlReader &) = delete;

    // As QXmlStreamReader's, but with the checks above; a DTD, an undeclared entity reference or a limit
    // passed ends the document with an error.
    QXmlStreamReader::TokenType readNext();
    // The next start element inside the current element; false at its end or on error.
    bool readNextStartElement();
    // The current element's text (elements inside it are an error); the reader ends on its end element.
    QString readElementText();
    // Reads to the end of the current element.
    void skipCurrentElement();

    bool atEnd() const { return m_failed || m_reader.atEnd(); }
    bool hasError() const { return m_failed || m_reader.hasError(); }
    QString errorString() const;
    qint64 lineNumber() const;
    qint64 columnNumber() const;
    // "line L, column C: reason" (translated), or "" without an error.
    QString describeError() const;
    // Raises an error of the caller's at the current position; the reader stops.
    void raiseError(const QString &message);

    QXmlStreamReader::TokenType tokenType() const
    {
        return m_failed ? QXmlStreamReader::Invalid : m_reader.tokenType();
    }
    bool isStartElement() const { return !m_failed && m_reader.isStartElement(); }
    bool isEndElement() const { return !m_failed && m_reader.isEndElement(); }
    bool isCharacters() const { return !m_failed && m_reader.isCharacters(); }
    QStringView name() const { return m_reader.name(); }
    QStringView text() const { return m_reader.text(); }
    QXmlStreamAttributes attributes() const { return m_reader.attributes(); }
    int depth() const { return m_depth; }

private:
    bool decode(const QByteArray &data, QString *text);
    template <typename View> void checkMarkup(View text);
    void refuseAt(qint64 line, qint64 column, const QString &message);
    bool checkToken();

    QXmlStreamReader m_reader;
    Limits m_limits;
    int m_depth = 0;
    qint64 m_elements = 0;
    qint64 m_textChars = 0;
    QList<int> m_namespaces; // declarations made by each open element
    qint64 m_namespacesInScope = 0;
    bool m_failed = false; // an error found before the reader ran (prolog, encoding)
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};
