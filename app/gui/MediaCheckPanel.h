#pragma once

#include "media/CheckReport.h"

#include <QPointer>
#include <QWidget>

class DetailsDisclosure;
class MediaCheckService;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The technical-check results of one resource's file or link: one row per rule with an icon and, in plain
// words, what the rule asks and what to do; the expected and measured values, the checker's messages
// and the fix's command under "Details" (MediaCheckWording); a progress bar while a check runs; "Deep check"
// and "Cancel". With a service set, showFile() starts the check by itself (or shows the cached result);
// showFiles() offers a resource's several media files in a list. A link (A03) is fetched only when
// "Check link" is pressed; showLinkResource() shows the last result and its time until then.
class MediaCheckPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MediaCheckPanel(QWidget *parent = nullptr);

    void setService(MediaCheckService *service);
    // Shows this file's result, checking it in the background when nothing is cached.
    void showFile(const QString &path, const QString &kind);
    // A resource's media files: the first is shown (and checked); the others are offered in a list.
    void showFiles(const QStringList &paths, const QString &kind);
    // An online course: shows the last link check from the cache, if any; "Check link" fetches it.
    void showLinkResource(const QString &url, const QString &protectionLevel, const QString &filingNumber);
    // Checks an online course link (A03) with its declared protection level and filing number.
    void showLink(const QString &url, const QString &protectionLevel, const QString &filingNumber);
    void clear();
    // Runs the deep check (full decode) of the file shown.
    void deepCheck();

    void setReport(const CheckReport &report);
    const CheckReport &report() const { return m_report; }
    QString currentPath() const { return m_path; }

    // Checks the file (or link) shown again.
    void checkAgain();

signals:
    void reportChanged(const CheckReport &report);
    // Double-click on a result: show the resource of this file (or link).
    void openRequested(const QString &path);
    // The context menu's Play, Replace File and Fix on the file shown (the preview and the fixes take
    // them; Replace and Fix are offered only when something is connected).
    void playRequested(const QString &path);
    void replaceRequested(const QString &path);
    void fixRequested(const QString &path);

private:
    static bool decodes(const QString &kind);
    void checkLinkNow();
    void showContextMenu(const QPoint &pos);
    QString summaryFor(const CheckReport &report, const QString &verdict) const;
    bool knownToFail(const QString &path, const QString &kind) const;
    void cancel();
    void showTechnicalColumns(bool show);
    void setBusy(bool busy);
    void onStarted(const QString &path);
    void onProgress(const QString &path, double fraction);
    void onFinished(const QString &path, const CheckReport &report, bool fromCache);
    void onCancelled(const QString &path);

    QPointer<MediaCheckService> m_service;
    QString m_path;
    QString m_kind;
    QString m_protectionLevel;
    QString m_filingNumber;
    CheckReport m_report;
    QLabel *m_summary;
    QTreeWidget *m_table;
    QProgressBar *m_progress;
    QComboBox *m_files;
    QPushButton *m_link;
    QPushButton *m_deep;
    QPushButton *m_cancel;
    DetailsDisclosure *m_details;
};
