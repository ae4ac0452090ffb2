#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationMessage.h"
#include "profile/FieldSpec.h"

// url: an absolute URL with a scheme of rule.schemes and a host; schemes in rule.warn_schemes warn.
namespace UrlRule {
QList<ValidationMessage> check(const FieldSpec &spec, const QString &value, const ValidationContext &context);
}
