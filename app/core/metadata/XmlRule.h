#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationMessage.h"
#include "profile/FieldSpec.h"

// xml: a well-formed XML string whose root element is rule.root; no DTD (external entities are never
// resolved).
namespace XmlRule {
QList<ValidationMessage> check(const FieldSpec &spec, const QString &value, const ValidationContext &context);
}
