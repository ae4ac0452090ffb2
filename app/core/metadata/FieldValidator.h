#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationMessage.h"
#include "profile/FieldSpec.h"

#include <QList>

// Checks one non-empty value against its field's rule, dispatching to the rule kind's validator
// (TextRule, DateRule, IntegerRule, EnumRule, ListRule, UrlRule, ImageRule, XmlRule, CategoryRule).
// Whether an empty value is allowed is the ResourceValidator's business (required per type).
// The messages carry the field id; resourceId is filled by the caller.
namespace FieldValidator {
QList<ValidationMessage> validate(const FieldSpec &spec, const QString &value,
                                  const ValidationContext &context);
// The same with the required check: used by editors that validate as the user types.
QList<ValidationMessage> validateWithRequired(const FieldSpec &spec, const QString &typeCode,
                                              const QString &value, const ValidationContext &context);
} // namespace FieldValidator
