#include "ImportDialog.h"
#include "FileDialogs.h"

#include "package/PackageOpener.h"
#include "profile/Profile.h"
#include "workspace/BatchStore.h"

#include "ui_ImportDialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// Shared between the dialog and its worker; the worker only touches files, never the database.
struct ImportDialog::OpenJob
{
    PackageOpener opener;
    QString path;
    QString batchName;
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    bool ok = false;
    QString error;
    PackageOpener::Extracted extracted;
    OpenJob(Workspace &workspace, const Profile &profile) : opener(workspace, profile) {}
};

ImportDialog::ImportDialog(Workspace &workspace, const Profile &profile, const QString &batchName, Mode mode,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_workspace(workspace), m_profile(profile),
      m_batchName(batchName)
{
    m_ui->setupUi(this);
    m_ui->importTabs->setCurrentIndex(mode);
    m_pool.setMaxThreadCount(1);
    connectPackagePage();
    connectSheetPage();
}

ImportDialog::~ImportDialog()
{
    // Closing while extracting: stop the worker, wait for it, and remove what it extracted.
    if (m_job)
        m_job->cancel.store(true);
    m_pool.waitForDone();
    if (m_job)
        PackageOpener::discard(&m_job->extracted);
}

void ImportDialog::connectPackagePage()
{
    connect(m_ui->importPackageBrowse, &QPushButton::clicked, this, [this] {
        const QString p = FileDialogs::openFile(this, FileDialogs::Package, tr("Package"),
                                                tr("Zip archives (*.zip);;bagit.txt (bagit.txt)"));
        if (!p.isEmpty())
            m_ui->importPackagePath->setText(p.endsWith("bagit.txt"_L1) ? QFileInfo(p).absolutePath() : p);
    });
    connect(m_ui->importOpen, &QPushButton::clicked, this, &ImportDialog::openPackage);
    connect(m_ui->importCancel, &QPushButton::clicked, this, &ImportDialog::cancelOpening);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_job) {
            const qint64 total = m_job->total.load();
            m_ui->importProgress->setValue(total > 0 ? int(m_job->done.load() * 1000 / total) : 0);
        }
    });
}

void ImportDialog::connectSheetPage()
{
    m_ui->importSheetBatch->setText(tr("Batch: %1").arg(m_batchName));
    connect(m_ui->importSheetBrowse, &QPushButton::clicked, this, [this] {
        const QString p = FileDialogs::openFile(this, FileDialogs::Sheet, tr("Metadata sheet"),
                                                tr("Spreadsheets (*.xlsx *.csv)"));
        if (!p.isEmpty()) {
            m_ui->importSheetPath->setText(p);
            checkSheet();
        }
    });
    connect(m_ui->importSheetCheck, &QPushButton::clicked, this, &ImportDialog::checkSheet);
    connect(m_ui->importSheetApply, &QPushButton::clicked, this, &ImportDialog::applySheet);
}

void ImportDialog::openPackage()
{
    if (m_job)
        return; // one at a time
    auto job = std::make_shared<OpenJob>(m_workspace, m_profile);
    job->path = m_ui->importPackagePath->text();
    job->batchName = m_ui->importNewBatch->text().trimmed();
    m_job = job;
    m_ui->importOpen->setEnabled(false);
    m_ui->importCancel->setEnabled(true);
    m_ui->importProgress->setValue(0);
    m_ui->importPackageStatus->setText(tr("Extracting the package…"));
    m_progressTimer->start();
    m_pool.start([job, this] {
        job->ok = job->opener.extract(job->path, &job->extracted, &job->error, &job->cancel,
                                      [job](qint64 done, qint64 total) {
                                          job->done.store(done);
                                          job->total.store(total);
                                      });
        // Back on the GUI thread; dropped when the dialog is gone (its destructor then discards the files).
        QMetaObject::invokeMethod(this, &ImportDialog::packageExtracted, Qt::QueuedConnection);
    });
}

void ImportDialog::cancelOpening()
{
    if (!m_job)
        return;
    m_job->cancel.store(true);
    m_ui->importCancel->setEnabled(false);
    m_ui->importPackageStatus->setText(tr("Cancelling…"));
}

void ImportDialog::packageExtracted()
{
    m_pool.waitForDone(); // the worker has returned from its last statement
    const std::shared_ptr<OpenJob> job = std::move(m_job);
    m_progressTimer->stop();
    m_ui->importOpen->setEnabled(true);
    m_ui->importCancel->setEnabled(false);
    if (!job)
        return;
    if (!job->ok || job->cancel.load()) {
        PackageOpener::discard(&job->extracted);
        m_ui->importProgress->setValue(0);
        m_ui->importPackageStatus->setText(job->cancel.load() ? tr("Cancelled; nothing was created.")
                                                              : tr("Not opened: %1").arg(job->error));
        return;
    }
    m_ui->importProgress->setValue(1000);
    PackageOpener opener(m_workspace, m_profile);
    PackageOpener::Result result;
    QString error;
    if (!opener.commit(&job->extracted, job->batchName, &result, &error)) {
        m_ui->importPackageStatus->setText(tr("Not opened: %1").arg(error));
        return;
    }
    m_ui->importPackageStatus->setText(
        tr("Opened as batch \"%1\": %n resource(s)", nullptr, result.resources).arg(result.batchName) +
        u"; "_s + tr("files in %1").arg(result.folder));
    emit batchImported(result.batchId);
}

void ImportDialog::checkSheet()
{
    m_ui->importSheetResult->clear();
    m_ui->importSheetApply->setEnabled(false);
    Batch batch;
    if (!BatchStore(m_workspace).findByName(m_batchName, &batch)) {
        m_ui->importSheetStatus->setText(tr("There is no batch \"%1\".").arg(m_batchName));
        return;
    }
    SheetImporter importer(m_workspace, m_profile);
    QString error;
    if (!importer.prepare(m_ui->importSheetPath->text(), batch.id, &m_plan, &error)) {
        m_ui->importSheetStatus->setText(error);
        return;
    }
    for (const SheetImporter::Issue &i : m_plan.warnings)
        new QTreeWidgetItem(m_ui->importSheetResult,
                            {QString::number(i.row), i.column, tr("warning: %1").arg(i.text)});
    for (const SheetImporter::Issue &i : m_plan.issues)
        new QTreeWidgetItem(m_ui->importSheetResult, {QString::number(i.row), i.column, i.text});
    for (const SheetImporter::Row &r : m_plan.rows)
        for (auto it = r.changes.cbegin(); it != r.changes.cend(); ++it) {
            const FieldSpec *spec = m_profile.field(it.key());
            new QTreeWidgetItem(m_ui->importSheetResult,
                                {QString::number(r.row), spec ? spec->label.text() : it.key(),
                                 tr("new value: %1").arg(it.value())});
        }
    m_ui->importSheetResult->header()->resizeSections(QHeaderView::ResizeToContents);
    m_ui->importSheetApply->setEnabled(m_plan.issues.isEmpty() && m_plan.changeCount() > 0);
    // "3 problems and 2 changes; …" in the UI's language, punctuation included.
    const QString counts =
        QLocale().createSeparatedList({tr("%n problem(s)", nullptr, int(m_plan.issues.size())),
                                       tr("%n change(s)", nullptr, m_plan.changeCount())});
    QString status = tr("%1; %2", "sheet check: counts; what to do next")
                         .arg(counts, m_plan.issues.isEmpty() ? tr("nothing stored until you press Apply.")
                                                              : tr("fix the sheet and check again."));
    if (!m_plan.encoding.isEmpty())
        status += u' ' + tr("(The file was read as %1 text.)").arg(m_plan.encoding);
    m_ui->importSheetStatus->setText(status);
}

void ImportDialog::applySheet()
{
    SheetImporter importer(m_workspace, m_profile);
    QString error;
    if (!importer.apply(m_plan, &error)) {
        m_ui->importSheetStatus->setText(error);
        return;
    }
    m_ui->importSheetApply->setEnabled(false);
    m_ui->importSheetStatus->setText(tr("%n value(s) stored.", nullptr, m_plan.changeCount()));
    m_plan = SheetImporter::Plan();
}
