#pragma once

#include "metadata/ValidationMessage.h"

#include "profile/FieldSpec.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

// The compiled form of a profile's pattern, compiled once per process and shared (compiling a pattern
// costs far more than matching it: validating a batch matches the same few patterns thousands of times).
// Thread-safe.
QRegularExpression cachedPattern(const QString &pattern);
