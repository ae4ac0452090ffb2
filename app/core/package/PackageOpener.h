#pragma once

#include "common/SafeOutput.h"

#include <memory>

#include "package/PackageContent.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class BagReader;
class PackageManifest;
class Profile;
class Workspace;

// Opens a package (folder or zip) into a workspace as a new batch, for re-editing or review.
// Nothing from the package is trusted: an entry with an absolute path, "..", a link or any name that
// could escape, and names that collide (also after Unicode normalisation or case folding) or are not
// UTF-8, are refused before anything is written; sizes are bounded (declared and actual, tag files one by
// one and in all); the tag
// manifest, the payload manifest and metadata.json are checked, and every resource's type code and file
// roles against the profile, before any file is extracted. Files are extracted only into
// <workspace dir>/<workspace name>.files/, under a hidden staging folder renamed at the end, checked
// against the manifest while they are written. A damaged package creates nothing: no batch, no files.
//
// Two phases, so that a GUI can extract on a worker thread: extract() touches files only (no database,
// safe on any thread); commit() (the workspace's thread, quick) writes the batch in one SavePoint and
// moves the files into place, and on any failure rolls back and removes them. open() does both.
class PackageOpener
{
    Q_DECLARE_TR_FUNCTIONS(PackageOpener)
public:
    struct Limits
    {
        qint64 maxTotalBytes = qint64(1) << 40;  // 1 TiB
        qint64 maxFileBytes = qint64(256) << 30; // 256 GiB
        qint64 maxMetadataBytes = 32 << 20;      // each tag file (*.txt at the root) and metadata.json
        qint64 maxTagTotalBytes = 64 << 20;      // all of them together
        int maxEntries = 100000;
    };
    struct Result
    {
        QString batchName;
        qint64 batchId = 0;
        int resources = 0;
        int files = 0;
        QString folder; // where the files went
        QStringList warnings;
    };
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;
    // What extract() produced: the package's metadata and its files in a staging folder.
    struct Extracted
    {
        QString packagePath;
        PackageContent content;
        QString staging; // absolute; empty once committed or discarded
        // The recognisably-ours folder around `staging` (marker locked while this lives): a run killed
        // between extract() and commit() leaves it for the next import to remove.
        std::shared_ptr<PartialOutput> partial;
        QMap<QString, QString> targets; // bag path -> path relative to the staging folder
        qint64 bytes = 0;
    };

    PackageOpener(Workspace &workspace, const Profile &profile) : m_workspace(workspace), m_profile(profile)
    {
    }
    void setLimits(const Limits &limits) { m_limits = limits; }

    // `batchName` empty: the package's batch name (made unique in the workspace).
    bool open(const QString &packagePath, const QString &batchName, Result *result, QString *error,
              const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {});

    // Phase 1, any thread: checks the package and extracts its files into a staging folder. Reads no
    // database. On failure nothing is left on disk.
    bool extract(const QString &packagePath, Extracted *out, QString *error,
                 const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {}) const;
    // Phase 2, the workspace's thread: the batch, resources, values and files, in one SavePoint; the staging
    // folder becomes <files>/<batch>. On failure the database is as before and the files are removed.
    bool commit(Extracted *extracted, const QString &batchName, Result *result, QString *error);
    // Removes what extract() left (after a cancel, or when commit() is not wanted).
    static void discard(Extracted *extracted);

    // <workspace dir>/<workspace name>.files
    static QString filesFolder(const Workspace &workspace);

private:
    // The steps of extract(), in order; each fails with a message naming the package and the entry.
    bool checkEntries(const QString &packagePath, const BagReader &reader, qint64 *declared,
                      QString *error) const;
    bool readTagFiles(const QString &packagePath, const BagReader &reader, QMap<QString, QByteArray> *kept,
                      QString *error, const std::atomic_bool *cancel) const;
    bool checkTagFiles(const QString &packagePath, const QMap<QString, QByteArray> &kept,
                       PackageManifest *manifest, PackageContent *content, QString *error) const;
    bool checkContent(const QString &packagePath, const PackageContent &content, QString *error) const;
    bool makeStaging(const QString &packagePath, qint64 declared, std::shared_ptr<PartialOutput> *partial,
                     QString *staging, QString *error) const;
    bool planTargets(const QString &packagePath, const PackageContent &content,
                     const PackageManifest &manifest, QMap<QString, QString> *targets, QString *error) const;
    bool extractFiles(const QString &packagePath, const BagReader &reader, const PackageManifest &manifest,
                      const QMap<QString, QString> &targets, const QString &staging, qint64 declared,
                      qint64 *done, QString *error, const std::atomic_bool *cancel,
                      const ProgressFn &progress) const;
    bool storeBatch(const PackageContent &content, const QMap<QString, QString> &targets, const QString &name,
                    const QString &finalFolder, Batch *batch, int *files, Result *result, QString *error);
    Workspace &m_workspace;
    const Profile &m_profile;
    Limits m_limits;
};
