#include "metadata/CatalogXml.h"

#include "common/BoundedXmlReader.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {
BoundedXmlReader::Limits catalogLimits()
{
    BoundedXmlReader::Limits limits;
    limits.maxDepth = CatalogXml::MaxDepth;
    limits.maxElements = CatalogXml::MaxElements;
    limits.maxTextChars = CatalogXml::MaxTextChars;
    return limits;
}

bool fail(QString *error, const BoundedXmlReader &reader, const QString &what)
{
    if (error)
        *error = CatalogXml::tr("line %1, column %2: %3")
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(what);
    return false;
}
} // namespace

bool CatalogXml::isValidDuration(const QString &duration)
{
    static const QRegularExpression re(u"^\\d{1,3}:[0-5]\\d:[0-5]\\d$"_s);
    return re.match(duration).hasMatch();
}

bool CatalogXml::checkWellFormed(const QString &xml, const QString &root, QString *error)
{
    BoundedXmlReader reader(xml, catalogLimits());
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && !sawRoot) {
            sawRoot = true;
            if (!root.isEmpty() && reader.name() != root)
                return fail(error, reader,
                            tr("the root element must be <%1>, not <%2>").arg(root, reader.name()));
        }
    }
    if (reader.hasError())
        return fail(error, reader, reader.errorString());
    if (!sawRoot) {
        if (error)
            *error = tr("the catalog has no element");
        return false;
    }
    return true;
}

// One reading pass: the root, the chapters and their sections, then the rest of the text, so that a
// document is accepted only when it is well-formed to its end.
bool CatalogXml::parse(const QString &xml, QList<Chapter> *chapters, QString *error)
{
    QList<Chapter> out;
    BoundedXmlReader reader(xml, catalogLimits());
    if (!reader.readNextStartElement()) {
        if (reader.hasError())
            return fail(error, reader, reader.errorString());
        if (error)
            *error = tr("the catalog has no element");
        return false;
    }
    if (reader.name() != "catalog"_L1)
        return fail(error, reader,
                    tr("the root element must be <%1>, not <%2>").arg(u"catalog"_s, reader.name()));
    while (reader.readNextStartElement()) {
        if (reader.name() != "chapter"_L1)
            return fail(error, reader, tr("expected <chapter>, found <%1>").arg(reader.name()));
        Chapter chapter;
        if (!readChapter(reader, &chapter, error))
            return false;
        out.append(chapter);
    }
    while (!reader.atEnd() && !reader.hasError())
        reader.readNext();
    if (reader.hasError())
        return fail(error, reader, reader.errorString());
    *chapters = out;
    return true;
}

bool CatalogXml::readChapter(BoundedXmlReader &reader, Chapter *chapter, QString *error)
{
    chapter->title = reader.attributes().value("title"_L1).toString();
    while (reader.readNextStartElement()) {
        if (reader.name() != "section"_L1)
            return fail(error, reader, tr("expected <section>, found <%1>").arg(reader.name()));
        Section s;
        s.title = reader.attributes().value("title"_L1).toString();
        s.duration = reader.attributes().value("duration"_L1).toString();
        if (!s.duration.isEmpty() && !isValidDuration(s.duration))
            return fail(error, reader, tr("duration \"%1\" is not hh:mm:ss").arg(s.duration));
        chapter->sections.append(s);
        reader.skipCurrentElement();
    }
    return !reader.hasError() || fail(error, reader, reader.errorString());
}

QString CatalogXml::write(const QList<Chapter> &chapters)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(u"catalog"_s);
    for (const Chapter &c : chapters) {
        w.writeStartElement(u"chapter"_s);
        w.writeAttribute(u"title"_s, c.title);
        for (const Section &s : c.sections) {
            w.writeEmptyElement(u"section"_s);
            w.writeAttribute(u"title"_s, s.title);
            if (!s.duration.isEmpty())
                w.writeAttribute(u"duration"_s, s.duration);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}
