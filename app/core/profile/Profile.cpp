#include "profile/Profile.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

const FieldSpec *Profile::field(const QString &fieldId) const
{
    for (const FieldSpec &f : fields)
        if (f.id == fieldId)
            return &f;
    return nullptr;
}

const FieldSpec *Profile::fieldWithRole(FieldRole role, const QString &typeCode) const
{
    if (role == FieldRole::None)
        return nullptr;
    for (const FieldSpec &f : fields)
        if (f.role == role && f.appliesToType(typeCode))
            return &f;
    return nullptr;
}

QString Profile::fieldIdWithRole(FieldRole role, const QString &typeCode) const
{
    const FieldSpec *f = fieldWithRole(role, typeCode);
    return f ? f->id : QString();
}

QString Profile::valueWithRole(FieldRole role, const QString &typeCode,
                               const QMap<QString, QString> &values) const
{
    const FieldSpec *f = fieldWithRole(role, typeCode);
    return f ? values.value(f->id) : QString();
}

QStringList Profile::fieldIdsWithRole(FieldRole role) const
{
    QStringList ids;
    for (const FieldSpec &f : fields)
        if (role != FieldRole::None && f.role == role && !ids.contains(f.id))
            ids.append(f.id);
    return ids;
}

const ResourceTypeSpec *Profile::resourceType(const QString &code) const
{
    for (const ResourceTypeSpec &t : resourceTypes)
        if (t.code == code)
            return &t;
    return nullptr;
}

const Profile::Deadline *Profile::deadline(const QString &deadlineId) const
{
    for (const Deadline &d : deadlines)
        if (d.id == deadlineId)
            return &d;
    return nullptr;
}

QList<const FieldSpec *> Profile::fieldsFor(const QString &typeCode) const
{
    QList<const FieldSpec *> out;
    for (const FieldSpec &f : fields)
        if (f.appliesToType(typeCode))
            out.append(&f);
    return out;
}

QString Profile::guessTypeForFile(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty())
        return {};
    for (const ResourceTypeSpec &t : resourceTypes)
        if (t.extensions.contains(suffix))
            return t.code;
    return {};
}

QString Profile::linkTypeCode() const
{
    for (const ResourceTypeSpec &t : resourceTypes)
        if (t.media == "link"_L1)
            return t.code;
    return {};
}
