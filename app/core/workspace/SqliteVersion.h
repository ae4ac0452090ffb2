#pragma once

#include <QString>

// The version of the SQLite library Qt's SQLite driver runs (`select sqlite_version()` on a private
// in-memory database), e.g. "3.40.1"; empty with *error set when the driver is missing or fails.
namespace SqliteVersion {
QString runtime(QString *error = nullptr);
}
