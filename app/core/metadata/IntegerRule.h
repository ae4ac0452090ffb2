#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationMessage.h"
#include "profile/FieldSpec.h"

// integer: digits only (an optional leading minus), between rule.min and rule.max.
namespace IntegerRule {
QList<ValidationMessage> check(const FieldSpec &spec, const QString &value, const ValidationContext &context);
}
