#pragma once

#include "workspace/Entities.h"

class UnitStore;

// The unit the registration form is about: the workspace's primary unit, created when there is none.
// (Creates it with empty, non-null strings: the units table's columns are NOT NULL.)
namespace RegistrationUnit {
bool load(UnitStore &store, Unit *out, QString *error);
// The value of a UnitStore column ("name" … "email", "stamped_scan") in `unit`.
QString value(const Unit &unit, const QString &column);
} // namespace RegistrationUnit
