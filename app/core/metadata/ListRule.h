#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationMessage.h"
#include "profile/FieldSpec.h"

// list: items separated by the profile separator; wrong (full-width) separators are errors with a fix;
// each item within item_min_length..item_max_length and matching item_pattern; no empty items.
namespace ListRule {
QList<ValidationMessage> check(const FieldSpec &spec, const QString &value, const ValidationContext &context);
}
