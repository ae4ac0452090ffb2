#pragma once

#include "workspace/FileRelinker.h"

#include <QDialog>

#include <atomic>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;
class Workspace;

// "Locate missing files…": lists how many attached files of the workspace are missing, searches a folder the
// user names for them on a worker thread (progress, cancel), re-links the ones found in one go and shows
// what was re-linked and what is still missing, with Undo.
class RelinkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RelinkDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~RelinkDialog() override;

    // Starts the search in `folder` (the Search button does this with the folder field).
    void search(const QString &folder);
    bool isSearching() const { return m_thread != nullptr; }
    const FileRelinker::Plan &lastPlan() const { return m_plan; }

signals:
    void finished_(); // the search ended and its result is shown (tests wait for it)

private:
    // The missing files now; with showCount, says how many in the status line.
    void loadMissing(bool showCount);
    void chooseFolder();
    void onSearched(const FileRelinker::Plan &plan);
    void showPlan();
    void undo();

    Workspace &m_workspace;
    QList<FileRelinker::Missing> m_missing;
    FileRelinker::Plan m_plan;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    QLineEdit *m_folder;
    QPushButton *m_browse, *m_search, *m_cancelButton, *m_undo;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_result;
};
