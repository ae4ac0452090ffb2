#include "ImportDialog.h"

#include "package/PackageOpener.h"
#include "profile/Profile.h"
#include "workspace/BatchStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

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
}

QWidget *ImportDialog::packagePage()
{
    auto *page = new QWidget(this);
    m_packagePath = new QLineEdit(page);
    m_packagePath->setObjectName(u"importPackagePath"_s);
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Package"), QString(), tr("Zip archives (*.zip);;bagit.txt (bagit.txt)"));
        if (!p.isEmpty())
            m_packagePath->setText(p.endsWith("bagit.txt"_L1) ? QFileInfo(p).absolutePath() : p);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_packagePath, 1);
    row->addWidget(browse);
    m_newBatch = new QLineEdit(page);
    m_newBatch->setPlaceholderText(tr("the package's batch name"));
    auto *open = new QPushButton(tr("Open"), page);
    open->setObjectName(u"importOpen"_s);
    connect(open, &QPushButton::clicked, this, &ImportDialog::openPackage);
    m_packageStatus = new QLabel(page);
    m_packageStatus->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Package:"), row);
    form->addRow(tr("New batch:"), m_newBatch);
    form->addRow(QString(), open);
    form->addRow(m_packageStatus);
    return page;
}

QWidget *ImportDialog::sheetPage()
{
    auto *page = new QWidget(this);
    m_sheetPath = new QLineEdit(page);
    m_sheetPath->setObjectName(u"importSheetPath"_s);
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Metadata sheet"), QString(),
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
    PackageOpener opener(m_workspace, m_profile);
    QProgressDialog progress(tr("Opening the package…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    std::atomic_bool cancel{false};
    PackageOpener::Result result;
    QString error;
    // Extraction reports progress here and keeps the window responsive; Cancel stops it cleanly.
    const bool ok = opener.open(m_packagePath->text(), m_newBatch->text().trimmed(), &result, &error, &cancel,
                                [&](qint64 done, qint64 total) {
                                    progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
                                    QApplication::processEvents();
                                    if (progress.wasCanceled())
                                        cancel.store(true);
                                });
    progress.reset();
    if (!ok) {
        m_packageStatus->setText(tr("Not opened: %1").arg(error));
        return;
    }
    m_packageStatus->setText(tr("Opened as batch \"%1\": %n resource(s)", nullptr, result.resources).arg(result.batchName)
                             + u"; "_s + tr("files in %1").arg(result.folder));
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
    m_sheetStatus->setText(tr("%n problem(s)", nullptr, int(m_plan.issues.size())) + u", "_s
                           + tr("%n change(s)", nullptr, m_plan.changeCount()) + u"; "_s
                           + (m_plan.issues.isEmpty() ? tr("nothing stored until you press Apply.")
                                                      : tr("fix the sheet and check again.")));
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
