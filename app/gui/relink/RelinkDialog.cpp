#include "relink/RelinkDialog.h"

#include "FileDialogs.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RelinkDialog::RelinkDialog(Workspace &workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(u"relinkDialog"_s);
    setWindowTitle(tr("Locate Missing Files"));
    auto *intro =
        new QLabel(tr("When attached files have moved (a folder renamed, or copied to another disk), "
                      "choose the folder they are in now. Every missing file found there is linked "
                      "again; a file is only taken when its name and size match and, if several "
                      "look alike, its content."));
    intro->setWordWrap(true);
    m_folder = new QLineEdit;
    m_folder->setObjectName(u"relinkFolder"_s);
    m_browse = new QPushButton(tr("Choose…"));
    m_browse->setObjectName(u"relinkBrowse"_s);
    m_search = new QPushButton(tr("Search and Re-link"));
    m_search->setObjectName(u"relinkSearch"_s);
    m_cancelButton = new QPushButton(tr("Stop"));
    m_cancelButton->setObjectName(u"relinkCancel"_s);
    m_cancelButton->setEnabled(false);
    m_undo = new QPushButton(tr("Undo Re-linking"));
    m_undo->setObjectName(u"relinkUndo"_s);
    m_undo->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"relinkProgress"_s);
    m_progress->setRange(0, 1);
    m_status = new QLabel;
    m_status->setObjectName(u"relinkStatus"_s);
    m_status->setWordWrap(true);
    m_result = new QTreeWidget;
    m_result->setObjectName(u"relinkResult"_s);
    m_result->setHeaderLabels({tr("Resource"), tr("Result"), tr("File")});
    m_result->setRootIsDecorated(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);

    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(m_browse);
    row->addWidget(m_search);
    row->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(820, 480);

    connect(m_browse, &QPushButton::clicked, this, &RelinkDialog::chooseFolder);
    connect(m_search, &QPushButton::clicked, this, [this] { search(m_folder->text().trimmed()); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel.store(true); });
    connect(m_undo, &QPushButton::clicked, this, &RelinkDialog::undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadMissing(true);
}

RelinkDialog::~RelinkDialog()
{
    m_cancel.store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void RelinkDialog::loadMissing(bool showCount)
{
    QString error;
    if (!FileRelinker(m_workspace).findMissing(&m_missing, &error)) {
        m_status->setText(tr("The attached files could not be read: %1").arg(error));
        m_search->setEnabled(false);
        return;
    }
    m_search->setEnabled(!m_missing.isEmpty());
    if (!showCount)
        return;
    m_status->setText(m_missing.isEmpty() ? tr("No attached file is missing.")
                                          : tr("%n attached file(s) cannot be found where they were.",
                                               nullptr, int(m_missing.size())));
}

void RelinkDialog::chooseFolder()
{
    const QString folder =
        FileDialogs::existingDirectory(this, FileDialogs::Media, tr("Folder with the Moved Files"));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void RelinkDialog::search(const QString &folder)
{
    if (m_thread || m_missing.isEmpty())
        return;
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        m_status->setText(tr("Choose the folder to search first."));
        return;
    }
    m_cancel.store(false);
    m_search->setEnabled(false);
    m_browse->setEnabled(false);
    m_undo->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, 0); // busy: the number of files in the folder is not known beforehand
    m_result->clear();
    m_status->setText(tr("Searching…"));
    const QList<FileRelinker::Missing> missing = m_missing;
    m_thread = QThread::create([this, missing, folder] {
        auto progress = [this](int scanned, int, int) {
            QMetaObject::invokeMethod(
                m_status, "setText", Qt::QueuedConnection,
                Q_ARG(QString, tr("Searching… %n file(s) looked at", nullptr, scanned)));
        };
        const FileRelinker::Plan plan =
            FileRelinker::search(missing, folder, FileRelinker::Limits(), &m_cancel, progress);
        QMetaObject::invokeMethod(
            this, [this, plan] { onSearched(plan); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void RelinkDialog::onSearched(const FileRelinker::Plan &plan)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_plan = plan;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_cancelButton->setEnabled(false);
    m_browse->setEnabled(true);
    QString error;
    if (plan.cancelled) {
        m_plan.relinked.clear();
        m_status->setText(tr("Stopped. Nothing was changed."));
    } else if (!FileRelinker(m_workspace).apply(m_plan, &error)) {
        m_plan.relinked.clear();
        m_status->setText(tr("The files could not be re-linked; nothing was changed. %1").arg(error));
    } else {
        showPlan();
    }
    loadMissing(false);
    emit finished_();
}

namespace {
QString resourceName(const FileRelinker::Missing &m)
{
    return m.resourceTitle.isEmpty() ? QFileInfo(m.path).fileName() : m.resourceTitle;
}
} // namespace

void RelinkDialog::showPlan()
{
    m_result->clear();
    for (const FileRelinker::Link &l : m_plan.relinked) {
        auto *item = new QTreeWidgetItem(
            m_result, {resourceName(l.file), tr("re-linked"), QDir::toNativeSeparators(l.newPath)});
        item->setToolTip(2, tr("Was: %1\nFound by: %2").arg(QDir::toNativeSeparators(l.file.path), l.how));
    }
    for (const FileRelinker::NotFound &n : m_plan.stillMissing) {
        auto *item = new QTreeWidgetItem(m_result, {resourceName(n.file), tr("still missing: %1").arg(n.why),
                                                    QDir::toNativeSeparators(n.file.path)});
        item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_result->header()->resizeSections(QHeaderView::ResizeToContents);
    QString text = tr("%n file(s) re-linked", nullptr, int(m_plan.relinked.size())) + u"; "_s +
                   tr("%n still missing.", nullptr, int(m_plan.stillMissing.size()));
    if (!m_plan.stoppedEarly.isEmpty())
        text += u' ' + tr("The search stopped early (%1): choose a smaller folder for the rest.")
                           .arg(m_plan.stoppedEarly);
    m_status->setText(text);
    m_undo->setEnabled(!m_plan.relinked.isEmpty());
}

void RelinkDialog::undo()
{
    QString error;
    if (!FileRelinker(m_workspace).undo(m_plan, &error)) {
        m_status->setText(tr("The re-linking could not be undone: %1").arg(error));
        return;
    }
    m_status->setText(
        tr("Undone: %n file(s) point to their old place again.", nullptr, int(m_plan.relinked.size())));
    m_plan = FileRelinker::Plan();
    m_result->clear();
    m_undo->setEnabled(false);
    loadMissing(false);
}
