#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationMessage.h"
#include "profile/FieldSpec.h"

// image: the value is a file path; the file must exist and its content be one of rule.formats ("jpeg");
// when the profile sets them, at least rule.min_width × rule.min_height pixels and of rule.aspect.
namespace ImageRule {
QList<ValidationMessage> check(const FieldSpec &spec, const QString &value, const ValidationContext &context);
}
