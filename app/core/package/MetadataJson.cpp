#include "package/MetadataJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject MetadataJson::toJson(const PackageContent &content)
{
    QJsonObject unit{{u"name"_s, content.unit.name},     {u"person"_s, content.unit.person},
                     {u"title"_s, content.unit.title},   {u"phone"_s, content.unit.phone},
                     {u"mobile"_s, content.unit.mobile}, {u"email"_s, content.unit.email}};
    QJsonArray resources;
    for (const PackageResource &r : content.resources) {
        QJsonObject values;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            values.insert(it.key(), it.value());
        QJsonArray files;
        for (const PackageFile &f : r.files) {
            QJsonObject file{{u"role"_s, f.role},
                             {u"path"_s, f.path},
                             {u"size"_s, double(f.size)},
                             {u"sha256"_s, f.sha256}};
            if (!f.check.isEmpty())
                file.insert(u"check"_s, f.check);
            if (!f.note.isEmpty())
                file.insert(u"note"_s, f.note);
            files.append(file);
        }
        QJsonObject resource{
            {u"id"_s, r.id}, {u"type"_s, r.type}, {u"values"_s, values}, {u"files"_s, files}};
        if (!r.linkCheck.isEmpty())
            resource.insert(u"link_check"_s, r.linkCheck);
        resources.append(resource);
    }
    return QJsonObject{
        {u"format"_s, u"submitdesk-package"_s},
        {u"format_version"_s, 1},
        {u"profile"_s, QJsonObject{{u"id"_s, content.profileId}, {u"version"_s, content.profileVersion}}},
        {u"batch"_s, content.batchName},
        {u"draft"_s, content.draft},
        {u"created"_s, content.created.toUTC().toString(Qt::ISODate)},
        {u"unit"_s, unit},
        {u"resources"_s, resources}};
}

QByteArray MetadataJson::write(const PackageContent &content)
{
    return QJsonDocument(toJson(content)).toJson(QJsonDocument::Indented);
}

bool MetadataJson::read(const QByteArray &json, PackageContent *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("metadata.json: not a JSON object (%1 at offset %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != "submitdesk-package"_L1) {
        if (error)
            *error = tr("metadata.json: \"format\" is not \"submitdesk-package\"");
        return false;
    }
    *out = PackageContent();
    const QJsonObject profile = root.value("profile"_L1).toObject();
    out->profileId = profile.value("id"_L1).toString();
    out->profileVersion = profile.value("version"_L1).toString();
    out->batchName = root.value("batch"_L1).toString();
    out->draft = root.value("draft"_L1).toBool();
    out->created = QDateTime::fromString(root.value("created"_L1).toString(), Qt::ISODate);
    const QJsonObject unit = root.value("unit"_L1).toObject();
    out->unit.name = unit.value("name"_L1).toString();
    out->unit.person = unit.value("person"_L1).toString();
    out->unit.title = unit.value("title"_L1).toString();
    out->unit.phone = unit.value("phone"_L1).toString();
    out->unit.mobile = unit.value("mobile"_L1).toString();
    out->unit.email = unit.value("email"_L1).toString();
    const QJsonArray resources = root.value("resources"_L1).toArray();
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QJsonObject r = resources.at(i).toObject();
        PackageResource res;
        res.id = r.value("id"_L1).toString();
        res.type = r.value("type"_L1).toString();
        if (res.id.isEmpty() || res.type.isEmpty()) {
            if (error)
                *error = tr("metadata.json: resource %1 has no \"id\" or \"type\"").arg(i + 1);
            return false;
        }
        const QJsonObject values = r.value("values"_L1).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            res.values.insert(it.key(), it.value().toString());
        const QJsonArray files = r.value("files"_L1).toArray();
        for (const QJsonValue &fv : files) {
            const QJsonObject f = fv.toObject();
            res.files.append({f.value("role"_L1).toString(), f.value("path"_L1).toString(),
                              qint64(f.value("size"_L1).toDouble()), f.value("sha256"_L1).toString(),
                              f.value("check"_L1).toObject(), f.value("note"_L1).toString()});
        }
        res.linkCheck = r.value("link_check"_L1).toObject();
        out->resources.append(res);
    }
    return true;
}
