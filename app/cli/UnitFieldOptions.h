#pragma once

#include "workspace/Entities.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

// The six fields of the submitting unit (--name --person --title --phone --mobile --email), shared by the
// `unit` and `registration` verbs: the options, their validation (ContactValidators) and their output.
namespace UnitFieldOptions {
// Declares the six options on the parser.
void addTo(QCommandLineParser &parser);
// Copies every given option (trimmed) into *unit. A value ContactValidators refuses is copied too and
// "--option: message" is appended to *problems, so the caller stores nothing when problems is not empty.
// Returns true when at least one of the options was given.
bool apply(const QCommandLineParser &parser, Unit *unit, QStringList *problems);
// The ContactValidators message of every one of the six fields of *unit that is missing or invalid.
QStringList check(const Unit &unit);
// {"id", "name", "person", "title", "phone", "mobile", "email", "stamped_scan"}.
QJsonObject toJson(const Unit &unit);
// One "label: value" line a field on stdout.
void print(const Unit &unit);
} // namespace UnitFieldOptions
