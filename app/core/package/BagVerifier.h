#pragma once

#include "package/PackageContent.h"
#include "package/PackageManifest.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

// Checks a package, folder or zip: the bag's structure (bagit.txt, manifests, bag-info.txt), every
// checksum, Payload-Oxum, no missing, extra or unsafe entries, no entry names that collide or are not
// UTF-8; then that metadata.json matches its profile (each resource re-validated with ResourceValidator) and
// that every media file passes the technical check (MediaCheck). Each problem names its file (and the rule).
// Tag files are read whole only within a limit per file and in all; a zip's media are copied out for the
// technical check only within Options::maxExtractBytes and the temporary folder's free space.
class Profile;

class BagVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BagVerifier)
public:
    struct Problem
    {
        QString code; // "missing", "extra", "checksum", "oxum", "unsafe_entry", "name_clash" (entries whose
                      // names collide), "entry_name" (not UTF-8), "structure", "metadata", "technical"
        QString path; // the file concerned, relative to the bag root, or ""
        QString text; // for the user, in plain words
        bool warning = false;
        QString detail; // the technical side (rule id, measured values, the checker's message), or ""
    };
    struct Result
    {
        bool ran = false; // false: the package could not be read at all (exit code 2)
        QString error;    // why not
        QList<Problem> problems;
        qint64 files = 0;
        qint64 bytes = 0;
        bool draft = false;
        PackageContent content; // from metadata.json, when readable
        PackageManifest manifest;
        // With Options::fingerprints: each file's ContentFingerprint, by path in the bag, from the same
        // reading pass as its checksum
        QHash<QString, QString> fingerprints;
        bool isValid() const; // ran and no problem other than warnings
        QJsonObject toJson() const;
    };
    struct Options
    {
        bool metadata = true;      // re-validate metadata.json against its profile
        bool technical = true;     // re-run the media checks when the media module offers them
        bool fingerprints = false; // also take each file's ContentFingerprint (Result::fingerprints)
        // The profile to judge by: a .json file or a built-in id (ProfileLoader::loadReference); empty:
        // the built-in profile named in metadata.json. Its id must be the package's.
        QString profile;
        // A zip's media are copied out for the technical check: at most this many bytes in all.
        qint64 maxExtractBytes = qint64(1) << 40;
    };
    // Called with bytes hashed so far and the total.
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    static Result verify(const QString &packagePath, const Options &options,
                         const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {});
    static Result verify(const QString &packagePath) { return verify(packagePath, Options()); }

private:
    // Re-runs the technical check of every media file (MediaCheck, the profile's rules): a failing rule is a
    // "technical" problem naming the file and the rule, also in a draft (the package cannot be submitted).
    static void checkMedia(Result &result, const Profile &profile, const QString &packagePath, bool zip,
                           const QMap<QString, QString> &extracted, const std::atomic_bool *cancel);
};
