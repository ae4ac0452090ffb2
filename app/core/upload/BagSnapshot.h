#pragma once

#include <QHash>
#include <QString>

// What the files of a bag looked like when their content was last known to match the manifests (just after
// the export wrote and hashed them, or after a full verification): every file's path, size, modification and
// status-change times, and, where the export gave it, the file's ContentFingerprint taken in the same pass as
// its SHA-256; in a small text file beside the bag. A later upload that finds every file as recorded (no file
// added, removed or touched: writing a file changes its status-change time, which no tool can set back) does
// not hash the bag again before sending; StreamVerifier still checks each byte as it goes out, against the
// fingerprint where there is one (a tenth of the cost), against the manifest's SHA-256 otherwise.
namespace BagSnapshot {
// Records the bag's files into `snapshotFile` (written atomically) with the fingerprints known for them (by
// path in the bag); false with *error.
bool write(const QString &bagPath, const QString &snapshotFile, const QHash<QString, QString> &fingerprints,
           QString *error);
// True when `snapshotFile` exists and every file of the bag is exactly as it records; then *fingerprints
// (when given) holds the fingerprints it recorded, by path in the bag.
bool matches(const QString &bagPath, const QString &snapshotFile,
             QHash<QString, QString> *fingerprints = nullptr);
} // namespace BagSnapshot
