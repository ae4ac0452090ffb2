#include "VerifyDialog.h"
#include "FileDialogs.h"

#include "package/BagVerifier.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The check by a plain name (its code stays as data); the technical detail in the problem's tooltip.
void addProblem(QTreeWidget *problems, const BagVerifier::Problem &p)
{
    static const QHash<QString, const char *> names{
        {u"missing"_s, QT_TRANSLATE_NOOP("VerifyDialog", "File missing")},
        {u"extra"_s, QT_TRANSLATE_NOOP("VerifyDialog", "Unlisted file")},
        {u"checksum"_s, QT_TRANSLATE_NOOP("VerifyDialog", "Content changed")},
        {u"oxum"_s, QT_TRANSLATE_NOOP("VerifyDialog", "Size summary")},
        {u"unsafe_entry"_s, QT_TRANSLATE_NOOP("VerifyDialog", "Unsafe name")},
        {u"name_clash"_s, QT_TRANSLATE_NOOP("VerifyDialog", "Names collide")},
        {u"entry_name"_s, QT_TRANSLATE_NOOP("VerifyDialog", "Unreadable name")},
        {u"structure"_s, QT_TRANSLATE_NOOP("VerifyDialog", "Package layout")},
        {u"metadata"_s, QT_TRANSLATE_NOOP("VerifyDialog", "Metadata")},
        {u"technical"_s, QT_TRANSLATE_NOOP("VerifyDialog", "Technical standard")}};
    const char *name = names.value(p.code);
    auto *item =
        new QTreeWidgetItem(problems, {p.warning ? VerifyDialog::tr("Warning") : VerifyDialog::tr("Error"),
                                       name ? VerifyDialog::tr(name) : p.code, p.path, p.text});
    item->setData(1, Qt::UserRole, p.code);
    item->setToolTip(
        3, p.detail.isEmpty() ? p.text : p.text + u"\n\n"_s + VerifyDialog::tr("Details: %1").arg(p.detail));
}

} // namespace

VerifyDialog::VerifyDialog(const QString &packagePath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Verify package"));
    setObjectName(u"verifyDialog"_s);
    m_path = new QLineEdit(packagePath, this);
    m_path->setObjectName(u"verifyPath"_s);
    m_path->setPlaceholderText(tr("The package to check: a .zip file or a folder"));
    auto *zip = new QPushButton(tr("Zip file…"), this);
    auto *folder = new QPushButton(tr("Folder…"), this);
    connect(zip, &QPushButton::clicked, this, [this] {
        const QString p =
            FileDialogs::openFile(this, FileDialogs::Package, tr("Package"), tr("Zip archives (*.zip)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString p = FileDialogs::existingDirectory(this, FileDialogs::Package, tr("Package folder"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    m_start = new QPushButton(tr("Verify"), this);
    m_start->setObjectName(u"verifyStart"_s);
    connect(m_start, &QPushButton::clicked, this, &VerifyDialog::startVerify);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(zip);
    row->addWidget(folder);
    row->addWidget(m_start);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_status = new QLabel(this);
    m_status->setObjectName(u"verifyStatus"_s);
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(u"verifyProblems"_s);
    m_problems->setHeaderLabels({tr("Severity"), tr("Check"), tr("File"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(760, 440);
}

VerifyDialog::~VerifyDialog()
{
    m_cancel.store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void VerifyDialog::startVerify()
{
    if (m_thread)
        return;
    m_problems->clear();
    m_cancel.store(false);
    m_start->setEnabled(false);
    m_status->setText(tr("Verifying…"));
    const QString path = m_path->text();
    m_thread = QThread::create([this, path] {
        auto progress = [this](qint64 done, qint64 total) {
            const int value = total > 0 ? int(done * 1000 / total) : 0;
            QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, value));
        };
        const BagVerifier::Result result =
            BagVerifier::verify(path, BagVerifier::Options(), &m_cancel, progress);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                m_start->setEnabled(true);
                m_progress->setValue(result.ran ? 1000 : 0);
                for (const BagVerifier::Problem &p : result.problems)
                    addProblem(m_problems, p);
                m_problems->header()->resizeSections(QHeaderView::ResizeToContents);
                if (!result.ran)
                    m_status->setText(tr("Could not verify: %1").arg(result.error));
                else if (result.isValid())
                    m_status->setText(tr("Valid package%1: %n payload file(s)", nullptr, int(result.files))
                                          .arg(result.draft ? tr(" (draft)") : QString()));
                else
                    m_status->setText(tr("%n problem(s) found", nullptr, int(result.problems.size())));
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}
