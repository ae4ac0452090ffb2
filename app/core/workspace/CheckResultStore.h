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

    bool find(const Key &key, QJsonObject *result, QDateTime *checkedAt = nullptr) const;
    bool store(const Key &key, const QJsonObject &result, QString *error = nullptr);

private:
    Workspace &m_workspace;
};
