#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

class Workspace;

// Remembers technical-check results, keyed by path, size, mtime, profile version and kind of check
// ("probe", "deep", "link"), so that reopening a workspace does not probe unchanged files again.
class CheckResultStore
{
public:
    explicit CheckResultStore(Workspace &workspace) : m_workspace(workspace) {}

    struct Key
    {
        QString path;
        qint64 size = 0;
        QString mtime;          // UTC ISO text, as the files table keeps it
        QString profileVersion; // Profile::idAndVersion()
        QString kind;
        static Key forFile(const QString &path, const QString &profileVersion, const QString &kind);
    };

    // False when nothing usable is cached (no row, a failed query, or a stored result that is not a JSON
    // object): the caller checks again.
    bool find(const Key &key, QJsonObject *result, QDateTime *checkedAt = nullptr) const;
    // False with `error` (naming the file or URL) when the result could not be written.
    bool store(const Key &key, const QJsonObject &result, QString *error);

private:
    Workspace &m_workspace;
};
