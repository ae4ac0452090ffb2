#pragma once

#include "metadata/ValidationMessage.h"

#include "profile/FieldSpec.h"
#include <QCoreApplication>

// Shorthands the rule validators use to build their messages.
inline ValidationMessage ruleError(const FieldSpec &spec, const QString &code, const QString &text,
                                   const QString &fix = QString())
{
    return {Severity::Error, 0, spec.id, code, text, fix};
}

inline ValidationMessage ruleWarning(const FieldSpec &spec, const QString &code, const QString &text,
                                     const QString &fix = QString())
{
    return {Severity::Warning, 0, spec.id, code, text, fix};
}
