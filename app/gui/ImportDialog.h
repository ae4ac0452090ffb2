#pragma once

#include "package/SheetImporter.h"

#include <QDialog>
#include <QThreadPool>

#include <memory>

class Profile;
class Workspace;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTabWidget;
class QTreeWidget;

// File > Open package… / Import metadata sheet…: opens a package as a new batch, or fills a batch's metadata
// from a spreadsheet: the sheet is checked first (problems by row and column, changes listed) and stored
// only when the user presses Apply on a sheet without problems.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { OpenPackage = 0, ImportSheet = 1 };
    ImportDialog(Workspace &workspace, const Profile &profile, const QString &batchName, Mode mode,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;
    // True while a package is being extracted on the worker thread.
    bool isOpening() const { return m_job != nullptr; }

signals:
    void batchImported(qint64 batchId);

private:
    QWidget *packagePage();
    QWidget *sheetPage();
    struct OpenJob;
    // Opening a package: extract() on a worker thread (files only; progress and Cancel), then commit() here
    // on the GUI thread (the database, quick, in one SavePoint).
    void openPackage();
    void packageExtracted();
    void cancelOpening();
    void checkSheet();
    void applySheet();

    Workspace &m_workspace;
    const Profile &m_profile;
    QString m_batchName;
    QTabWidget *m_tabs;
    QLineEdit *m_packagePath = nullptr;
    QLineEdit *m_newBatch = nullptr;
    QLabel *m_packageStatus = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    QThreadPool m_pool;
    std::shared_ptr<OpenJob> m_job;
    QLineEdit *m_sheetPath = nullptr;
    QTreeWidget *m_sheetResult = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_sheetStatus = nullptr;
    SheetImporter::Plan m_plan;
};
