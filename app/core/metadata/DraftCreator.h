#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

class Workspace;

// Turns dropped files, folders and links into draft resources: one resource per media file or link,
// its type guessed from the file's ending (or "link" for http(s) URLs), its title from the file name.
// Used by the main window (drag and drop, Add files…) and by `submitdesk-cli add`.
class DraftCreator
{
    Q_DECLARE_TR_FUNCTIONS(DraftCreator)
public:
    struct Outcome
    {
        QString source;        // the file path or URL
        qint64 resourceId = 0; // 0 when nothing was created
        QString type;
        QString error; // why not, when resourceId == 0
    };

    DraftCreator(Workspace &workspace, const Profile &profile) : m_workspace(workspace), m_profile(profile) {}
    // Folders are walked recursively (hidden files skipped, sorted by path); files whose type cannot be
    // guessed are reported, not added. All resources are created in one transaction.
    QList<Outcome> create(qint64 batchId, const QStringList &sources);
    // The sources after expanding folders into their media files.
    QStringList expand(const QStringList &sources) const;

private:
    Outcome createOne(qint64 batchId, const QString &source);
    bool setRoleValue(Outcome &o, FieldRole role, const QString &value);
    QSet<QString> m_existing; // media paths and links already in the batch
    Workspace &m_workspace;
    const Profile &m_profile;
};
