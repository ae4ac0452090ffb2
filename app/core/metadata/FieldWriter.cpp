#include "metadata/FieldWriter.h"

#include "metadata/FieldValidator.h"
#include "workspace/ResourceStore.h"

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

bool FieldWriter::writeChecked(qint64 resourceId, const QString &fieldId, const QString &value,
                               const ValidationContext &context, QList<ValidationMessage> *messages, QString *error)
{
    const FieldSpec *spec = m_profile.field(fieldId);
    if (!spec) {
        QStringList ids;
        for (const FieldSpec &f : m_profile.fields)
            ids.append(f.id);
        if (error)
            *error = tr("the profile has no field \"%1\" (fields: %2)").arg(fieldId, ids.join(u", "_s));
        return false;
    }
    Resource r;
    if (!ResourceStore(m_workspace).load(resourceId, &r)) {
        if (error)
            *error = tr("there is no resource %1").arg(resourceId);
        return false;
    }
    ValidationContext ctx = context;
    ctx.taxonomy = ctx.taxonomy ? ctx.taxonomy : &m_profile.taxonomy;
    ctx.listSeparator = m_profile.listSeparator;
    QList<ValidationMessage> found;
    if (!value.isEmpty())
        found = FieldValidator::validate(*spec, value, ctx);
    for (ValidationMessage &m : found)
        m.resourceId = resourceId;
    if (messages)
        *messages = found;
    for (const ValidationMessage &m : found) {
        if (m.isError()) {
            if (error)
                *error = m.text;
            return false;
        }
    }
    return write(resourceId, fieldId, value, error);
}
