#include "metadata/FieldWriter.h"

#include "metadata/FieldValidator.h"
#include "workspace/ResourceStore.h"
#include "workspace/SavePoint.h"
#include "workspace/Workspace.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString FieldWriter::read(qint64 resourceId, const QString &fieldId) const
{
    Resource r;
    if (!ResourceStore(m_workspace).load(resourceId, &r))
        return {};
    if (fieldId == "type"_L1)
        return r.type;
    const FieldSpec *spec = m_profile.field(fieldId);
    if (spec && spec->kind == FieldKind::Image) {
        const QList<AttachedFile> files = r.filesWithRole(fieldId);
        return files.isEmpty() ? QString() : files.first().path;
    }
    return r.value(fieldId);
}

bool FieldWriter::write(qint64 resourceId, const QString &fieldId, const QString &value, QString *error)
{
    const FieldSpec *spec = m_profile.field(fieldId);
    if (!spec) {
        if (error)
            *error = tr("the profile has no field \"%1\"").arg(fieldId);
        return false;
    }
    ResourceStore store(m_workspace);
    if (fieldId == "type"_L1)
        return store.setType(resourceId, value.trimmed(), error);
    if (spec->kind == FieldKind::Image) {
        if (value.isEmpty())
            return store.replaceFile(resourceId, fieldId, QString(), error) == 0;
        return store.replaceFile(resourceId, fieldId, value, error) != 0;
    }
    return store.setValue(resourceId, fieldId, value, error);
}

QList<ValidationMessage> FieldWriter::checkType(const Resource &resource, const QString &type) const
{
    const FieldSpec *spec = m_profile.field(u"type"_s);
    const QString fieldId = spec ? spec->id : u"type"_s;
    if (!m_profile.resourceType(type)) {
        QStringList codes;
        for (const ResourceTypeSpec &t : m_profile.resourceTypes)
            codes.append(t.code);
        return {{Severity::Error,
                 resource.id,
                 fieldId,
                 u"unknown_type"_s,
                 tr("the resource type must be one of %1 (not \"%2\")").arg(codes.join(u", "_s), type),
                 {}}};
    }
    for (const AttachedFile &f : resource.filesWithRole(u"media"_s)) {
        const QString guessed = m_profile.guessTypeForFile(f.path);
        if (!guessed.isEmpty() && guessed != type)
            return {{Severity::Error,
                     resource.id,
                     fieldId,
                     u"type_mismatch"_s,
                     tr("%1 is attached as media and is a %2 file; the type cannot be %3")
                         .arg(QFileInfo(f.path).fileName(), guessed, type),
                     {}}};
    }
    return {};
}

bool FieldWriter::writeAll(qint64 resourceId, const QList<Assignment> &assignments,
                           const ValidationContext &context, QList<ValidationMessage> *messages,
                           QString *error)
{
    Resource resource;
    if (!ResourceStore(m_workspace).load(resourceId, &resource)) {
        if (error)
            *error = tr("there is no resource %1").arg(resourceId);
        return false;
    }
    ValidationContext ctx = context;
    ctx.taxonomy = ctx.taxonomy ? ctx.taxonomy : &m_profile.taxonomy;
    ctx.listSeparator = m_profile.listSeparator;
    QString type = resource.type;
    for (const Assignment &a : assignments)
        if (a.fieldId == "type"_L1)
            type = a.value.trimmed();

    QList<ValidationMessage> found;
    for (const Assignment &a : assignments) {
        const FieldSpec *spec = m_profile.field(a.fieldId);
        if (!spec) {
            QStringList ids;
            for (const FieldSpec &f : m_profile.fields)
                ids.append(f.id);
            if (error)
                *error = tr("the profile has no field \"%1\" (fields: %2)").arg(a.fieldId, ids.join(u", "_s));
            return false;
        }
        QList<ValidationMessage> messagesForField =
            spec->id == "type"_L1 ? checkType(resource, type)
                                  : FieldValidator::validateWithRequired(*spec, type, a.value, ctx);
        for (ValidationMessage &m : messagesForField) {
            m.resourceId = resourceId;
            found.append(m);
        }
    }
    if (messages)
        *messages = found;
    for (const ValidationMessage &m : found) {
        if (m.isError()) {
            if (error)
                *error = m.text;
            return false;
        }
    }
    SavePoint savePoint(m_workspace.database());
    if (!savePoint.isActive()) {
        if (error)
            *error = tr("cannot start writing resource %1").arg(resourceId);
        return false;
    }
    for (const Assignment &a : assignments) {
        if (!write(resourceId, a.fieldId, a.value, error))
            return false; // the save point rolls everything back
    }
    return savePoint.release(error);
}
