#pragma once

#include "package/SheetImporter.h"

#include <QDialog>
#include <QThreadPool>

#include <memory>

namespace Ui {
class ImportDialog;
}
class Profile;
class Workspace;
class QTimer;

// File > Open package… / Import metadata sheet…: opens a package as a new batch, or fills a batch's metadata
// from a spreadsheet: the sheet is checked first (problems by row and column, changes listed) and stored
// only when the user presses Apply on a sheet without problems. Layout: forms/ImportDialog.ui (tabs
// importPackagePage and importSheetPage).
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
    void connectPackagePage();
    void connectSheetPage();
    struct OpenJob;
    // Opening a package: extract() on a worker thread (files only; progress and Cancel), then commit() here
    // on the GUI thread (the database, quick, in one SavePoint).
    void openPackage();
    void packageExtracted();
    void cancelOpening();
    void checkSheet();
    void applySheet();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Workspace &m_workspace;
    const Profile &m_profile;
    QString m_batchName;
    QTimer *m_progressTimer = nullptr;
    QThreadPool m_pool;
    std::shared_ptr<OpenJob> m_job;
    SheetImporter::Plan m_plan;
};
