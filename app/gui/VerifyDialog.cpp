#include "VerifyDialog.h"
#include "FileDialogs.h"

#include "package/BagVerifier.h"

#include "ui_VerifyDialog.h"

#include <QHash>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>

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

VerifyDialog::VerifyDialog(const QString &packagePath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VerifyDialog>())
{
    m_ui->setupUi(this);
    m_ui->verifyPath->setText(packagePath);
    connect(m_ui->verifyZip, &QPushButton::clicked, this, [this] {
        const QString p =
            FileDialogs::openFile(this, FileDialogs::Package, tr("Package"), tr("Zip archives (*.zip)"));
        if (!p.isEmpty())
            m_ui->verifyPath->setText(p);
    });
    connect(m_ui->verifyFolder, &QPushButton::clicked, this, [this] {
        const QString p = FileDialogs::existingDirectory(this, FileDialogs::Package, tr("Package folder"));
        if (!p.isEmpty())
            m_ui->verifyPath->setText(p);
    });
    connect(m_ui->verifyStart, &QPushButton::clicked, this, &VerifyDialog::startVerify);
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
    m_ui->verifyProblems->clear();
    m_cancel.store(false);
    m_ui->verifyStart->setEnabled(false);
    m_ui->verifyStatus->setText(tr("Verifying…"));
    const QString path = m_ui->verifyPath->text();
    m_thread = QThread::create([this, path] {
        auto progress = [this](qint64 done, qint64 total) {
            const int value = total > 0 ? int(done * 1000 / total) : 0;
            QMetaObject::invokeMethod(m_ui->verifyProgress, "setValue", Qt::QueuedConnection,
                                      Q_ARG(int, value));
        };
        const BagVerifier::Result result =
            BagVerifier::verify(path, BagVerifier::Options(), &m_cancel, progress);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                m_ui->verifyStart->setEnabled(true);
                m_ui->verifyProgress->setValue(result.ran ? 1000 : 0);
                for (const BagVerifier::Problem &p : result.problems)
                    addProblem(m_ui->verifyProblems, p);
                m_ui->verifyProblems->header()->resizeSections(QHeaderView::ResizeToContents);
                if (!result.ran)
                    m_ui->verifyStatus->setText(tr("Could not verify: %1").arg(result.error));
                else if (result.isValid())
                    m_ui->verifyStatus->setText(
                        tr("Valid package%1: %n payload file(s)", nullptr, int(result.files))
                            .arg(result.draft ? tr(" (draft)") : QString()));
                else
                    m_ui->verifyStatus->setText(
                        tr("%n problem(s) found", nullptr, int(result.problems.size())));
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}
