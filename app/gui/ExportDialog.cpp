#include "ExportDialog.h"
#include "ExportRefusal.h"
#include "FileDialogs.h"

#include "package/CampaignChecklist.h"
#include "package/ExportJob.h"
#include "profile/Profile.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"

#include "ui_ExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(Workspace &workspace, const Profile &profile, const QString &batchName,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_workspace(workspace), m_profile(profile),
      m_batchName(batchName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Export package: %1").arg(batchName));
    m_ui->exportOutput->setText(
        QDir(FileDialogs::lastFolder(FileDialogs::Export)).filePath(batchName + u".zip"_s));
    connect(m_ui->exportZip, &QPushButton::clicked, this, [this] { browse(true); });
    connect(m_ui->exportFolder, &QPushButton::clicked, this, [this] { browse(false); });
    m_ui->exportButtons->addButton(tr("Export"), QDialogButtonBox::AcceptRole)
        ->setObjectName(u"exportStart"_s);
    connect(m_ui->exportButtons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_ui->exportButtons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::browse(bool zip)
{
    const QString path =
        zip ? FileDialogs::saveFile(this, FileDialogs::Export, tr("Export to a zip file"),
                                    m_ui->exportOutput->text(), tr("Zip archives (*.zip)"))
            : FileDialogs::saveFile(this, FileDialogs::Export, tr("Export to a new folder"),
                                    QFileInfo(m_ui->exportOutput->text()).absolutePath() + u'/' + m_batchName,
                                    QString());
    if (!path.isEmpty())
        m_ui->exportOutput->setText(zip && !path.endsWith(".zip"_L1, Qt::CaseInsensitive) ? path + u".zip"_s
                                                                                          : path);
}

void ExportDialog::startExport()
{
    if (m_job)
        return;
    m_ui->exportMessages->clear();
    ExportRequest request;
    ValidationReport report;
    QString error;
    if (!ExportJob::prepare(m_workspace, m_profile, m_batchName, m_ui->exportDraft->isChecked(),
                            m_ui->exportOutput->text(), &request, &report, &error)) {
        m_ui->exportStatus->setText(error);
        // Resources are named as the table and the report show them: "No. · title".
        ResourceStore store(m_workspace);
        auto resourceName = [&store, this](qint64 id) {
            Resource r;
            if (!store.load(id, &r))
                return tr("resource %1").arg(id);
            return u"%1 · %2"_s.arg(r.position)
                .arg(m_profile.valueWithRole(FieldRole::Title, r.type, r.values));
        };
        for (const ValidationMessage &m : report.messages())
            if (m.isError())
                m_ui->exportMessages->appendPlainText(
                    (m.resourceId ? resourceName(m.resourceId) : tr("batch")) +
                    (m.fieldId.isEmpty()
                         ? QString()
                         : u" / "_s + (m_profile.field(m.fieldId) ? m_profile.field(m.fieldId)->label.text()
                                                                  : m.fieldId)) +
                    u": "_s + m.text);
        return;
    }
    m_job = new ExportJob(this);
    m_job->setRequest(request);
    connect(m_job, &ExportJob::progress, this, &ExportDialog::onProgress, Qt::QueuedConnection);
    connect(m_job, &ExportJob::checking, this, &ExportDialog::onChecking, Qt::QueuedConnection);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished, Qt::QueuedConnection);
    m_ui->exportButtons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_ui->exportButtons->buttons().first()->setEnabled(false);
    m_ui->exportStatus->setText(tr("Checking the media…"));
    m_job->start();
}

void ExportDialog::onProgress(qint64 done, qint64 total, double speed, double eta, const QString &file)
{
    m_ui->exportProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QLocale locale;
    m_ui->exportStatus->setText(tr("%1 of %2, %3/s, %4 left — %5")
                                    .arg(locale.formattedDataSize(done), locale.formattedDataSize(total),
                                         locale.formattedDataSize(qint64(speed)),
                                         eta < 0 ? tr("?") : tr("%n s", nullptr, qRound(eta)), file));
}

void ExportDialog::onChecking(int done, int total, const QString &current)
{
    m_ui->exportProgress->setValue(0);
    m_ui->exportStatus->setText(
        current.isEmpty() ? tr("Checked %1 of %2").arg(done).arg(total)
                          : tr("Technical check %1 of %2: %3").arg(done + 1).arg(total).arg(current));
}

void ExportDialog::onFinished(bool ok, const QString &path, const QString &error)
{
    // The next export (and the media dock) reuse what was probed; a failure costs time, not the package.
    if (QString cacheError; !m_job->saveChecks(m_workspace, &cacheError))
        m_ui->exportMessages->appendPlainText(
            tr("The technical check results were not cached: %1").arg(cacheError));
    const QList<ExportChecks::Failure> failures = m_job->technicalFailures();
    for (const ExportChecks::Failure &f : failures) // plain words; the technical side in the box's Details
        m_ui->exportMessages->appendPlainText(ExportRefusal::plainLine(f));
    if (!ok && m_job->refusedForTechnicalChecks() && !m_closeWhenDone)
        ExportRefusal::show(this, failures, error);
    m_job->deleteLater();
    m_job = nullptr;
    m_ui->exportButtons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_ui->exportButtons->buttons().first()->setEnabled(true);
    if (ok) {
        m_ui->exportProgress->setValue(1000);
        m_ui->exportStatus->setText(tr("Package written: %1").arg(path));
        if (Batch batch;
            !m_ui->exportDraft->isChecked() && BatchStore(m_workspace).findByName(m_batchName, &batch))
            CampaignChecklist::markExported(m_workspace, batch.id, path);
    } else {
        m_ui->exportProgress->setValue(0);
        m_ui->exportStatus->setText(tr("Export failed: %1").arg(error.section(u'\n', 0, 0)));
    }
    if (m_closeWhenDone)
        QDialog::reject();
}

void ExportDialog::reject()
{
    if (m_job) { // cancel first; the dialog closes when the worker has cleaned up
        m_closeWhenDone = true;
        m_ui->exportStatus->setText(tr("Cancelling…"));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}
