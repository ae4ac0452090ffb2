#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class Workspace;

// "Locate missing files…": when attached files have moved (a folder renamed, copied to another disk), the
// files of the workspace whose path is no longer a file are looked for in one folder the user names and
// re-linked in one go.
//
// 1. findMissing() (database, the workspace's thread): every attached file whose path is not a file, with
//    its recorded size and modification time, and its content's SHA-256 when one was recorded.
// 2. search() (no database: run it on a worker thread): walks the folder without following symbolic links
//    (a link is neither entered nor taken as a candidate), within a cap on files scanned and on time,
//    cancellable, reporting progress. A candidate has the missing file's name and size; only candidates
//    are hashed. A missing file is re-linked to a candidate when the choice is certain: the one candidate;
//    the one whose content matches the recorded SHA-256; among several copies, identical content; among
//    different contents, the one with the recorded modification time. Otherwise it stays missing, with the
//    reason (never a guess).
// 3. apply() (database) writes the new paths in one transaction and records their SHA-256; undo() puts the
//    old paths back.
class FileRelinker
{
    Q_DECLARE_TR_FUNCTIONS(FileRelinker)
public:
    struct Missing
    {
        qint64 fileId = 0;
        qint64 resourceId = 0;
        QString resourceTitle; // the resource's title, for the report
        QString batchName;
        QString role;
        QString path; // as recorded
        qint64 size = 0;
        QString mtime;  // as recorded (UTC ISO text)
        QString sha256; // recorded content hash, or empty
    };
    struct Link
    {
        Missing file;
        QString newPath;
        qint64 newSize = 0;
        QString newMtime; // UTC ISO text, as the files table keeps it
        QString sha256;   // the new file's content, when it was hashed
        QString how;      // in plain words: "same name and size", "same content (SHA-256)" …
    };
    struct NotFound
    {
        Missing file;
        QString why;
    };
    struct Limits
    {
        int maxFiles = 500000;            // entries looked at
        qint64 maxMilliseconds = 600000;  // the whole search
        qint64 maxHashBytes = 64LL << 30; // bytes read to hash candidates
    };
    struct Plan
    {
        QString folder;
        QList<Link> relinked;
        QList<NotFound> stillMissing;
        int scanned = 0;
        bool cancelled = false;
        QString stoppedEarly; // why the search stopped before the end of the folder (a limit), or empty
        QJsonObject toJson() const;
    };
    using Progress = std::function<void(int scanned, int relinked, int missing)>;

    explicit FileRelinker(Workspace &workspace) : m_workspace(workspace) {}

    bool findMissing(QList<Missing> *out, QString *error) const;
    static Plan search(const QList<Missing> &missing, const QString &folder, const Limits &limits,
                       const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
    bool apply(const Plan &plan, QString *error);
    bool undo(const Plan &plan, QString *error);

    // The recorded SHA-256 of a file as it was (path, size, mtime), kept with the check results.
    QString recordedSha256(const QString &path, qint64 size, const QString &mtime) const;
    bool recordSha256(const QString &path, qint64 size, const QString &mtime, const QString &sha256,
                      QString *error);
    // SHA-256 of a file's content (hex), empty on a read error or cancel.
    static QString sha256Of(const QString &path, const std::atomic_bool *cancel = nullptr);

private:
    bool setPath(qint64 fileId, const QString &path, qint64 size, const QString &mtime, QString *error);
    Workspace &m_workspace;
};
