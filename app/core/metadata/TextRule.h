#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationMessage.h"
#include "profile/FieldSpec.h"

// text: length in characters (min_length, max_length), single_line, optional pattern.
namespace TextRule {
QList<ValidationMessage> check(const FieldSpec &spec, const QString &value, const ValidationContext &context);
}
