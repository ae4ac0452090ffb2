#pragma once

#include "EditorActions.h"

#include "workspace/Entities.h"

#include <QWidget>

#include <functional>

class MessageLabel;
class Profile;
class QPushButton;
class QTimer;
class QUrl;
class Workspace;

// The resource's media file above its form: the file's name, its size and, when a check has measured them,
// its duration and picture size; Open (the system's player), Show in Folder, Replace… (the window's Replace
// Media File action, so it is one undoable step) and, when the file is not where it was, a plain "the file
// is missing" with Locate… (the window's Locate Missing Files). Hidden for a link or a resource without file.
// The facts come from the check's cache; while a check of a new file still runs, the cache is read again
// every few seconds for a while.
// Object names: mediaFileRow, mediaFileName, mediaFileFacts, mediaFileOpen, mediaFileShowFolder,
// mediaFileReplace, mediaFileLocate.
class MediaFileRow : public QWidget
{
    Q_OBJECT
public:
    MediaFileRow(Workspace &workspace, const Profile &profile, QWidget *parent = nullptr);

    void setResource(qint64 resourceId);
    void setActions(const EditorActions &actions);
    // How Open and Show in Folder reach the desktop (QDesktopServices::openUrl by default; tests record).
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // The file shown ("" when none).
    QString path() const { return m_path; }
    // "12.3 MB · 0:02:15 · 1280 × 720": what is known of the file.
    QString factsText(const AttachedFile &file) const;

private:
    void showFile(const AttachedFile &file);
    void updateButtons();
    void open(const QString &localPath);
    QString measuredFacts(const QString &path) const;
    void lookForFacts();

    Workspace &m_workspace;
    const Profile &m_profile;
    EditorActions m_actions;
    std::function<bool(const QUrl &)> m_opener;
    QString m_path;
    bool m_missing = false;
    AttachedFile m_file;
    int m_looks = 0; // how often the cache was read again for the facts of a check still running
    MessageLabel *m_name;
    MessageLabel *m_facts;
    QPushButton *m_open;
    QPushButton *m_showFolder;
    QPushButton *m_replace;
    QPushButton *m_locate;
    QTimer *m_factsTimer;
};
