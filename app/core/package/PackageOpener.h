#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class Profile;
class Workspace;

// Opens a package (folder or zip) into a workspace as a new batch, for re-editing or review.
// Nothing from the package is trusted: an entry with an absolute path, "..", a link or any name that
// could escape is refused before anything is written; sizes are bounded (declared and actual); files are
// extracted only into <workspace dir>/<workspace name>.files/<batch>/, checked against the manifest while
// they are written, under a temporary name renamed at the end. A damaged package creates nothing.
class PackageOpener
{
    Q_DECLARE_TR_FUNCTIONS(PackageOpener)
public:
    struct Limits
    {
        qint64 maxTotalBytes = qint64(1) << 40;   // 1 TiB
        qint64 maxFileBytes = qint64(256) << 30;  // 256 GiB
        qint64 maxMetadataBytes = 64 << 20;       // metadata.json, manifests, bag-info.txt
        int maxEntries = 100000;
    };
    struct Result
    {
        QString batchName;
        qint64 batchId = 0;
        int resources = 0;
        int files = 0;
        QString folder;           // where the files went
        QStringList warnings;
    };
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    PackageOpener(Workspace &workspace, const Profile &profile) : m_workspace(workspace), m_profile(profile) {}
    void setLimits(const Limits &limits) { m_limits = limits; }

    // `batchName` empty: the package's batch name (made unique in the workspace).
    bool open(const QString &packagePath, const QString &batchName, Result *result, QString *error,
              const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {});

    // <workspace dir>/<workspace name>.files
    static QString filesFolder(const Workspace &workspace);

private:
    Workspace &m_workspace;
    const Profile &m_profile;
    Limits m_limits;
};
