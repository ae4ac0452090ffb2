#pragma once

#include <QObject>

#include <functional>

class MainWindow;
class QAction;
class QLabel;

// The window's part of several campaigns: Batch > Campaign Profiles… (ProfilesDialog) and, in the status
// bar, the campaign of the current batch's profile with its next deadline, or "closed" with a hint to import
// the current call's profile (CampaignStatus). `batchProfileChanged` is how the window reloads the batch when
// the dialog records another profile for it.
// objectNames: actionProfiles, campaignStatus.
class CampaignController : public QObject
{
    Q_OBJECT
public:
    CampaignController(MainWindow *window, std::function<void()> batchProfileChanged);
    // Makes the window's profile the one the batch records (WorkspaceController::useProfileOfBatch), says so
    // in the status bar when it is not installed, and refreshes the campaign shown. True when the profile
    // changed.
    bool useProfileOfBatch(qint64 batchId);
    // The status bar's campaign text for the current profile.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void openDialog();

    MainWindow *m_window;
    std::function<void()> m_batchProfileChanged;
    QAction *m_action;
    QLabel *m_status;
};
