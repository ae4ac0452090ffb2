#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Writing an output (a package, a workspace copy) so that nothing already on disk is lost or followed:
//
// - The output is written inside a fresh folder ".NAME.<16 hex>.sdpartial" beside the target, made with
//   mkdir (which never reuses an existing entry: a planted file, folder or link, dangling or not, makes it
//   fail and another random name is tried). It holds a marker file, locked while the writer lives, that
//   makes it recognisably ours; the output itself is "<partial>/NAME".
// - commit() fsyncs the output (file, or every file and folder of a tree), then moves it to the target:
//   a new name only when nothing is there; an existing file is replaced by rename (atomic); an existing
//   folder is swapped with the new one (renameat2 RENAME_EXCHANGE where available) and then removed.
//   The target's folder is fsync'd before commit() returns.
// - Partials of killed runs are removed by removeStalePartials(): only real folders (lstat, never through
//   a link) named like ours, holding our marker, whose lock nobody holds (no run is still writing them).
// Everything is removed through file descriptors opened with O_NOFOLLOW: a link is deleted, never followed.
class PartialOutput
{
    Q_DECLARE_TR_FUNCTIONS(PartialOutput)
public:
    enum class Replace { Never, Existing };

    PartialOutput() = default;
    ~PartialOutput(); // discard() unless committed
    PartialOutput(const PartialOutput &) = delete;
    PartialOutput &operator=(const PartialOutput &) = delete;

    // Creates the partial folder beside `target` (whose folder must exist) and locks its marker, after
    // removing the stale partials of `target` (removeStalePartials).
    bool create(const QString &target, QString *error);
    QString target() const { return m_target; }
    QString folder() const { return m_folder; }   // the partial folder
    QString content() const { return m_content; } // where the output goes: <folder>/NAME (not created)

    // Syncs the output and moves it to the target; then removes the partial folder. With Replace::Never an
    // existing target is an error; with Replace::Existing a file replaces a file and a folder a folder.
    bool commit(Replace replace, QString *error);
    // Removes the partial folder and whatever was written in it. Safe to call more than once.
    void discard();

private:
    bool replaceFolder(QString *error);
    QString m_target;
    QString m_folder;
    QString m_content;
    int m_markerFd = -1;
};

namespace SafeOutput {
// What is at `path` itself, never through a link (lstat).
enum class Kind { Missing, File, Folder, Link, Other };
Kind kindOf(const QString &path);

// The partial folders of `target` that exist (ours or not, any kind: named ".NAME.*.sdpartial").
QStringList partialsOf(const QString &target);
// Removes the partial folders of `target` left by killed runs (see above); returns how many.
int removeStalePartials(const QString &target);
// True when `path` is a partial folder made by PartialOutput whose writer no longer runs.
bool isStalePartial(const QString &path);

// Removes a file, a link (not what it points to) or a whole folder tree without following any link.
bool removeTree(const QString &path, QString *error = nullptr);
// fsync of one file or folder, opened without following a link.
bool syncPath(const QString &path, QString *error = nullptr);
// fsync of every file and folder under `path` (itself included), links skipped.
bool syncTree(const QString &path, QString *error = nullptr);
} // namespace SafeOutput
