#pragma once

#include <QString>

// What the files of a bag looked like when their content was last known to match the manifests (just after
// the export wrote and hashed them, or after a full verification): every file's path, size, modification and
// status-change times, in a small text file beside the bag. A later upload that finds every file as recorded
// (no file added, removed or touched: writing a file changes its status-change time, which no tool can set
// back) does not hash the bag again before sending; StreamVerifier still checks each byte as it goes out.
namespace BagSnapshot {
// Records the bag's files into `snapshotFile` (written atomically); false with *error.
bool write(const QString &bagPath, const QString &snapshotFile, QString *error);
// True when `snapshotFile` exists and every file of the bag is exactly as it records.
bool matches(const QString &bagPath, const QString &snapshotFile);
} // namespace BagSnapshot
