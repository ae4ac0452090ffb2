#include "metadata/ResourceValidator.h"

#include "metadata/FieldValidator.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

ResourceValidator::ResourceValidator(const Profile &profile, ValidationContext context)
    : m_profile(profile), m_context(std::move(context))
{
    if (!m_context.taxonomy)
        m_context.taxonomy = &m_profile.taxonomy;
    m_context.listSeparator = m_profile.listSeparator;
}

QString ResourceValidator::effectiveValue(const Resource &resource, const FieldSpec &spec) const
{
    if (spec.id == "type"_L1)
        return resource.type;
    if (spec.kind == FieldKind::Image) {
        const QList<AttachedFile> files = resource.filesWithRole(spec.id);
        if (!files.isEmpty())
            return files.first().path;
    }
    const QString stored = resource.value(spec.id);
    if (stored.isEmpty() && spec.role == FieldRole::UnitName)
        return m_context.unitName;
    return stored;
}

ValidationReport ResourceValidator::validate(const Resource &resource) const
{
    ValidationReport report;
    auto add = [&](QList<ValidationMessage> messages) {
        for (ValidationMessage &m : messages) {
            m.resourceId = resource.id;
            report.add(m);
        }
    };
    const ResourceTypeSpec *type = m_profile.resourceType(resource.type);
    if (!type) {
        QStringList codes;
        for (const ResourceTypeSpec &t : m_profile.resourceTypes)
            codes.append(t.code);
        add({{Severity::Error,
              0,
              u"type"_s,
              u"unknown_type"_s,
              tr("the resource type \"%1\" is not one of %2").arg(resource.type, codes.join(u", "_s)),
              {}}});
        return report;
    }
    for (const FieldSpec *spec : m_profile.fieldsFor(resource.type)) {
        if (spec->id == "type"_L1)
            continue; // checked above
        add(FieldValidator::validateWithRequired(*spec, resource.type, effectiveValue(resource, *spec),
                                                 m_context));
    }
    const QList<AttachedFile> media = resource.filesWithRole(u"media"_s);
    if (media.size() < type->minFiles)
        add({{Severity::Error,
              0,
              QString(),
              u"media_missing"_s,
              tr("a %1 resource needs at least %n media file(s)", nullptr, type->minFiles)
                  .arg(type->label.text()),
              {}}});
    for (const AttachedFile &f : resource.files) {
        if (!QFileInfo::exists(f.path))
            add({{Severity::Error,
                  0,
                  f.role == "media"_L1 ? QString() : f.role,
                  u"file_missing"_s,
                  tr("the attached file %1 is missing").arg(f.path),
                  {}}});
    }
    return report;
}
