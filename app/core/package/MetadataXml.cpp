#include "package/MetadataXml.h"

#include "profile/Profile.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

QByteArray MetadataXml::write(const PackageContent &content, const Profile &profile)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"package"_s);
    xml.writeAttribute(u"profile"_s, content.profileId);
    xml.writeAttribute(u"profile-version"_s, content.profileVersion);
    xml.writeAttribute(u"batch"_s, content.batchName);
    xml.writeAttribute(u"created"_s, content.created.toUTC().toString(Qt::ISODate));
    if (content.draft)
        xml.writeAttribute(u"draft"_s, u"yes"_s);
    xml.writeStartElement(u"unit"_s);
    xml.writeTextElement(u"name"_s, content.unit.name);
    xml.writeTextElement(u"person"_s, content.unit.person);
    xml.writeTextElement(u"title"_s, content.unit.title);
    xml.writeTextElement(u"phone"_s, content.unit.phone);
    xml.writeTextElement(u"mobile"_s, content.unit.mobile);
    xml.writeTextElement(u"email"_s, content.unit.email);
    xml.writeEndElement();
    xml.writeStartElement(u"resources"_s);
    for (const PackageResource &r : content.resources) {
        xml.writeStartElement(u"resource"_s);
        xml.writeAttribute(u"id"_s, r.id);
        xml.writeAttribute(u"type"_s, r.type);
        for (const FieldSpec *spec : profile.fieldsFor(r.type)) {
            xml.writeStartElement(spec->id);
            xml.writeAttribute(u"label"_s, spec->label.zh);
            xml.writeCharacters(r.values.value(spec->id));
            xml.writeEndElement();
        }
        xml.writeStartElement(u"files"_s);
        for (const PackageFile &f : r.files) {
            xml.writeStartElement(u"file"_s);
            xml.writeAttribute(u"role"_s, f.role);
            xml.writeAttribute(u"path"_s, f.path);
            xml.writeAttribute(u"size"_s, QString::number(f.size));
            xml.writeAttribute(u"sha256"_s, f.sha256);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
