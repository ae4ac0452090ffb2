#include "ImportDialog.h"
#include "FileDialogs.h"

#include "package/PackageOpener.h"
#include "profile/Profile.h"
#include "workspace/BatchStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    : QDialog(parent), m_workspace(workspace), m_profile(profile), m_batchName(batchName)
{
    setWindowTitle(tr("Import"));
    setObjectName(u"importDialog"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(packagePage(), tr("Open a package"));
    m_tabs->addTab(sheetPage(), tr("Metadata sheet"));
    m_tabs->setCurrentIndex(mode);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 480);
    m_pool.setMaxThreadCount(1);
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

QWidget *ImportDialog::packagePage()
{
    auto *page = new QWidget(this);
    m_packagePath = new QLineEdit(page);
    m_packagePath->setPlaceholderText(tr("A submission package: a .zip file or a folder with bagit.txt"));
    m_packagePath->setObjectName(u"importPackagePath"_s);
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = FileDialogs::openFile(this, FileDialogs::Package, tr("Package"),
                                                tr("Zip archives (*.zip);;bagit.txt (bagit.txt)"));
        if (!p.isEmpty())
            m_packagePath->setText(p.endsWith("bagit.txt"_L1) ? QFileInfo(p).absolutePath() : p);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_packagePath, 1);
    row->addWidget(browse);
    m_newBatch = new QLineEdit(page);
    m_newBatch->setPlaceholderText(tr("the package's batch name"));
    m_open = new QPushButton(tr("Open"), page);
    m_open->setObjectName(u"importOpen"_s);
    connect(m_open, &QPushButton::clicked, this, &ImportDialog::openPackage);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(u"importCancel"_s);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelOpening);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_job) {
            const qint64 total = m_job->total.load();
            m_progress->setValue(total > 0 ? int(m_job->done.load() * 1000 / total) : 0);
        }
    });
    m_packageStatus = new QLabel(page);
    m_packageStatus->setObjectName(u"importPackageStatus"_s);
    m_packageStatus->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Package:"), row);
    form->addRow(tr("New batch:"), m_newBatch);
    form->addRow(QString(), buttons);
    form->addRow(m_packageStatus);
    return page;
}

QWidget *ImportDialog::sheetPage()
{
    auto *page = new QWidget(this);
    m_sheetPath = new QLineEdit(page);
    m_sheetPath->setPlaceholderText(tr("A metadata sheet (.xlsx or .csv), e.g. one exported with a package"));
    m_sheetPath->setObjectName(u"importSheetPath"_s);
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = FileDialogs::openFile(this, FileDialogs::Sheet, tr("Metadata sheet"),
                                                tr("Spreadsheets (*.xlsx *.csv)"));
        if (!p.isEmpty()) {
            m_sheetPath->setText(p);
            checkSheet();
        }
    });
    auto *check = new QPushButton(tr("Check"), page);
    connect(check, &QPushButton::clicked, this, &ImportDialog::checkSheet);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sheetPath, 1);
    row->addWidget(browse);
    row->addWidget(check);
    m_sheetResult = new QTreeWidget(page);
    m_sheetResult->setObjectName(u"importSheetResult"_s);
    m_sheetResult->setHeaderLabels({tr("Row"), tr("Column"), tr("Problem or change")});
    m_sheetResult->setRootIsDecorated(false);
    m_sheetStatus = new QLabel(page);
    m_apply = new QPushButton(tr("Apply"), page);
    m_apply->setObjectName(u"importSheetApply"_s);
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &ImportDialog::applySheet);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Batch: %1").arg(m_batchName), page));
    layout->addLayout(row);
    layout->addWidget(m_sheetResult, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_sheetStatus, 1);
    bottom->addWidget(m_apply);
    layout->addLayout(bottom);
    return page;
}

void ImportDialog::openPackage()
{
    if (m_job)
        return; // one at a time
    auto job = std::make_shared<OpenJob>(m_workspace, m_profile);
    job->path = m_packagePath->text();
    job->batchName = m_newBatch->text().trimmed();
    m_job = job;
    m_open->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_packageStatus->setText(tr("Extracting the package…"));
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
    m_cancel->setEnabled(false);
    m_packageStatus->setText(tr("Cancelling…"));
}

void ImportDialog::packageExtracted()
{
    m_pool.waitForDone(); // the worker has returned from its last statement
    const std::shared_ptr<OpenJob> job = std::move(m_job);
    m_progressTimer->stop();
    m_open->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!job)
        return;
    if (!job->ok || job->cancel.load()) {
        PackageOpener::discard(&job->extracted);
        m_progress->setValue(0);
        m_packageStatus->setText(job->cancel.load() ? tr("Cancelled; nothing was created.")
                                                    : tr("Not opened: %1").arg(job->error));
        return;
    }
    m_progress->setValue(1000);
    PackageOpener opener(m_workspace, m_profile);
    PackageOpener::Result result;
    QString error;
    if (!opener.commit(&job->extracted, job->batchName, &result, &error)) {
        m_packageStatus->setText(tr("Not opened: %1").arg(error));
        return;
    }
    m_packageStatus->setText(
        tr("Opened as batch \"%1\": %n resource(s)", nullptr, result.resources).arg(result.batchName) +
        u"; "_s + tr("files in %1").arg(result.folder));
    emit batchImported(result.batchId);
}

void ImportDialog::checkSheet()
{
    m_sheetResult->clear();
    m_apply->setEnabled(false);
    Batch batch;
    if (!BatchStore(m_workspace).findByName(m_batchName, &batch)) {
        m_sheetStatus->setText(tr("There is no batch \"%1\".").arg(m_batchName));
        return;
    }
    SheetImporter importer(m_workspace, m_profile);
    QString error;
    if (!importer.prepare(m_sheetPath->text(), batch.id, &m_plan, &error)) {
        m_sheetStatus->setText(error);
        return;
    }
    for (const SheetImporter::Issue &i : m_plan.warnings)
        new QTreeWidgetItem(m_sheetResult, {QString::number(i.row), i.column, tr("warning: %1").arg(i.text)});
    for (const SheetImporter::Issue &i : m_plan.issues)
        new QTreeWidgetItem(m_sheetResult, {QString::number(i.row), i.column, i.text});
    for (const SheetImporter::Row &r : m_plan.rows)
        for (auto it = r.changes.cbegin(); it != r.changes.cend(); ++it) {
            const FieldSpec *spec = m_profile.field(it.key());
            new QTreeWidgetItem(m_sheetResult, {QString::number(r.row), spec ? spec->label.text() : it.key(),
                                                tr("new value: %1").arg(it.value())});
        }
    m_sheetResult->header()->resizeSections(QHeaderView::ResizeToContents);
    m_apply->setEnabled(m_plan.issues.isEmpty() && m_plan.changeCount() > 0);
    // "3 problems and 2 changes; …" in the UI's language, punctuation included.
    const QString counts =
        QLocale().createSeparatedList({tr("%n problem(s)", nullptr, int(m_plan.issues.size())),
                                       tr("%n change(s)", nullptr, m_plan.changeCount())});
    QString status = tr("%1; %2", "sheet check: counts; what to do next")
                         .arg(counts, m_plan.issues.isEmpty() ? tr("nothing stored until you press Apply.")
                                                              : tr("fix the sheet and check again."));
    if (!m_plan.encoding.isEmpty())
        status += u' ' + tr("(The file was read as %1 text.)").arg(m_plan.encoding);
    m_sheetStatus->setText(status);
}

void ImportDialog::applySheet()
{
    SheetImporter importer(m_workspace, m_profile);
    QString error;
    if (!importer.apply(m_plan, &error)) {
        m_sheetStatus->setText(error);
        return;
    }
    m_apply->setEnabled(false);
    m_sheetStatus->setText(tr("%n value(s) stored.", nullptr, m_plan.changeCount()));
    m_plan = SheetImporter::Plan();
}
