#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationReport.h"
#include "profile/Profile.h"
#include "workspace/Entities.h"

#include <QCoreApplication>

// Checks a whole resource: its type, every field that applies to it (required ones must be filled),
// and the files its type needs (media files, the cover).
class ResourceValidator
{
    Q_DECLARE_TR_FUNCTIONS(ResourceValidator)
public:
    ResourceValidator(const Profile &profile, ValidationContext context);
    ValidationReport validate(const Resource &resource) const;
    // The value a field is judged by: the stored value, the attached file's path for an image field,
    // the resource's type for "type", the unit's name for an empty field with the role unit_name.
    QString effectiveValue(const Resource &resource, const FieldSpec &spec) const;

private:
    const Profile &m_profile;
    ValidationContext m_context;
};
