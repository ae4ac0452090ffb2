#include "RegistrationDialog.h"

#include "FileDialogs.h"
#include "package/CampaignChecklist.h"

#include "profile/Profile.h"
#include "registration/ContactValidators.h"
#include "registration/RegistrationDeadline.h"
#include "registration/RegistrationMail.h"
#include "registration/RegistrationPdf.h"
#include "registration/RegistrationUnit.h"
#include "registration/StampedScan.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include "ui_RegistrationDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
void setupPrinter(QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
    printer.setFullPage(true);
    printer.setDocName(RegistrationPdf::formTitle());
}
} // namespace

RegistrationDialog::RegistrationDialog(Workspace &workspace, const Profile &profile, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RegistrationDialog>()), m_workspace(workspace),
      m_profile(profile)
{
    m_ui->setupUi(this);
    m_ui->regIntro->setText(
        tr("<b>%1</b><br>Fill in the form, print it, have it stamped, attach the scan of "
           "the stamped form and send it to <b>%2</b>.")
            .arg(RegistrationPdf::formTitle().toHtmlEscaped(), m_profile.mailbox.toHtmlEscaped()));
    m_ui->regOpenFolder->hide(); // shown once a file was written
    connect(m_ui->regOpenFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
    });
    connect(m_ui->regPreview, &QPushButton::clicked, this, &RegistrationDialog::printPreview);
    connect(m_ui->regPrint, &QPushButton::clicked, this, &RegistrationDialog::print);
    connect(m_ui->regExportPdf, &QPushButton::clicked, this, &RegistrationDialog::exportPdfInteractive);
    connect(m_ui->regAttachScan, &QPushButton::clicked, this, &RegistrationDialog::attachScanInteractive);
    connect(m_ui->regSend, &QPushButton::clicked, this, &RegistrationDialog::send);
    connectFields();

    load();
    // Another view (or the CLI on the same file) may change the unit; follow it unless it is our own write.
    connect(&m_workspace, &Workspace::unitChanged, this, [this](qint64 id) {
        if (id == m_unitId && !m_loading)
            updateScanLabel();
    });
    resize(640, sizeHint().height());
}

// The form's six fields with the unit's columns; each message (under its editor) is hidden while the
// value is valid.
void RegistrationDialog::connectFields()
{
    m_rows = {{u"name"_s, m_ui->regName, m_ui->regNameError},
              {u"person"_s, m_ui->regPerson, m_ui->regPersonError},
              {u"title"_s, m_ui->regTitle, m_ui->regTitleError},
              {u"phone"_s, m_ui->regPhone, m_ui->regPhoneError},
              {u"mobile"_s, m_ui->regMobile, m_ui->regMobileError},
              {u"email"_s, m_ui->regEmail, m_ui->regEmailError}};
    for (int index = 0; index < m_rows.size(); ++index) {
        m_rows.at(index).error->setVisible(false);
        connect(m_rows.at(index).edit, &QLineEdit::textEdited, this,
                [this, index](const QString &t) { fieldEdited(index, t); });
    }
}

RegistrationDialog::~RegistrationDialog() = default;

qint64 RegistrationDialog::unitId() const
{
    return m_unitId;
}

void RegistrationDialog::load()
{
    UnitStore store(m_workspace);
    Unit unit;
    QString error;
    if (!RegistrationUnit::load(store, &unit, &error)) {
        m_ui->regStatus->setText(tr("Cannot read the unit: %1").arg(error));
        setEnabled(false);
        return;
    }
    m_unitId = unit.id;
    m_loading = true;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].edit->setText(RegistrationUnit::value(unit, m_rows[i].column));
        // Only fields that hold something show a message at first; empty ones are simply still to fill.
        if (!m_rows[i].edit->text().isEmpty())
            showProblem(i);
    }
    m_loading = false;
    updateDeadline();
    updateScanLabel();
}

void RegistrationDialog::fieldEdited(int index, const QString &text)
{
    const Row &row = m_rows.at(index);
    // Stored as typed, at once: nothing is lost if the program is killed. Invalid values are kept as drafts
    // and flagged; export and the package check them again.
    QString error;
    m_loading = true;
    if (!UnitStore(m_workspace).setField(m_unitId, row.column, text, &error))
        m_ui->regStatus->setText(error);
    m_loading = false;
    showProblem(index);
}

void RegistrationDialog::showProblem(int index)
{
    const Row &row = m_rows.at(index);
    const QString message = ContactValidators::checkUnitField(row.column, row.edit->text());
    row.error->setText(message);
    row.error->setVisible(!message.isEmpty());
    row.edit->setStyleSheet(message.isEmpty() ? QString() : u"QLineEdit { border: 1px solid #b00020; }"_s);
    growToFit();
}

// A message that appears gets the room it needs: the dialog grows (never shrinks under the user) to the
// height its layout wants at the current width, so no wrapped message is cut.
void RegistrationDialog::growToFit()
{
    QLayout *box = layout();
    if (!box)
        return;
    box->activate();
    const int needed =
        box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QStringList RegistrationDialog::problems() const
{
    QStringList out;
    for (const Row &row : m_rows)
        if (const QString m = ContactValidators::checkUnitField(row.column, row.edit->text()); !m.isEmpty())
            out.append(m);
    return out;
}

void RegistrationDialog::updateDeadline()
{
    const RegistrationDeadline::Status s = RegistrationDeadline::status(m_profile);
    m_ui->regDeadline->setText(s.hint.isEmpty() ? s.text : s.text + u'\n' + s.hint);
    if (s.overdue())
        m_ui->regDeadline->setStyleSheet(
            u"color: white; background: #b00020; font-weight: bold; padding: 4px;"_s);
    else if (s.known && !s.closed && s.daysLeft <= 3)
        m_ui->regDeadline->setStyleSheet(u"color: #8a4b00; font-weight: bold;"_s);
    else
        m_ui->regDeadline->setStyleSheet(QString());
}

void RegistrationDialog::updateScanLabel()
{
    Unit unit;
    UnitStore(m_workspace).find(m_unitId, &unit);
    if (unit.stampedScan.isEmpty())
        m_ui->regScan->setText(tr("Stamped scan: none attached yet (the unstamped PDF will be sent)."));
    else if (!QFileInfo::exists(unit.stampedScan))
        m_ui->regScan->setText(
            tr("Stamped scan: %1 — the file is missing; attach it again.").arg(unit.stampedScan));
    else
        m_ui->regScan->setText(tr("Stamped scan: %1").arg(unit.stampedScan));
}

static Unit currentUnit(Workspace &ws, qint64 id)
{
    Unit unit;
    UnitStore(ws).find(id, &unit);
    return unit;
}

void RegistrationDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: %1").arg(RegistrationPdf::formTitle()));
    const Unit unit = currentUnit(m_workspace, m_unitId);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [unit](QPrinter *p) {
        QPainter painter(p);
        RegistrationPdf(unit).paint(painter,
                                    QRectF(QPointF(0, 0), p->paperRect(QPrinter::DevicePixel).size()));
    });
    preview.exec();
}

void RegistrationDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    RegistrationPdf(currentUnit(m_workspace, m_unitId))
        .paint(painter, QRectF(QPointF(0, 0), printer.paperRect(QPrinter::DevicePixel).size()));
    CampaignChecklist::markRegistrationPrinted(m_workspace);
}

bool RegistrationDialog::exportPdf(const QString &path, QString *error)
{
    if (!RegistrationPdf(currentUnit(m_workspace, m_unitId)).writeFile(path, error))
        return false;
    CampaignChecklist::markRegistrationPrinted(m_workspace);
    showWritten(path, tr("The form was saved as %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RegistrationDialog::exportPdfInteractive()
{
    const Unit unit = currentUnit(m_workspace, m_unitId);
    const QString path =
        FileDialogs::saveFile(this, FileDialogs::Pdf, tr("Export the form as PDF"),
                              RegistrationMail::attachmentName(unit, u"pdf"_s), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("Export PDF"), error);
}

bool RegistrationDialog::attachScan(const QString &path, QString *error)
{
    UnitStore store(m_workspace);
    const bool ok = StampedScan::attach(store, m_unitId, path, error);
    updateScanLabel();
    return ok;
}

void RegistrationDialog::attachScanInteractive()
{
    const QString path =
        FileDialogs::openFile(this, FileDialogs::Scan, tr("Attach the scan or photo of the stamped form"),
                              tr("Scans and photos (*.jpg *.jpeg *.png *.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!attachScan(path, &error))
        QMessageBox::warning(this, tr("Attach stamped scan"), error);
}

QString RegistrationDialog::draftPath() const
{
    const Unit unit = currentUnit(m_workspace, m_unitId);
    return QDir(FileDialogs::lastFolder(FileDialogs::Pdf))
        .filePath(RegistrationMail::attachmentName(unit, u"eml"_s));
}

bool RegistrationDialog::writeDraft(const QString &path, QString *error)
{
    if (!RegistrationMail::writeEml(currentUnit(m_workspace, m_unitId), m_profile, path, error))
        return false;
    showWritten(path, tr("The e-mail draft was saved as %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RegistrationDialog::send()
{
    const QStringList issues = problems();
    if (!issues.isEmpty() &&
        QMessageBox::warning(this, tr("Send the registration form"),
                             tr("The form is not complete:\n\n%1\n\nSend it anyway?").arg(issues.join(u'\n')),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (currentUnit(m_workspace, m_unitId).stampedScan.isEmpty() &&
        QMessageBox::question(this, tr("Send the registration form"),
                              tr("No scan of the stamped form is attached; the unstamped PDF would be sent. "
                                 "The notice asks for the stamped form.\n\nSend the unstamped form anyway?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QString path = draftPath();
    QString error;
    if (!writeDraft(path, &error)) {
        QMessageBox::warning(this, tr("Send the registration form"), error);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(
            this, tr("Send the registration form"),
            tr("No mail client opened the draft. Open %1 in your mail client, or send the "
               "form to %2 yourself.")
                .arg(path, m_profile.mailbox));
}

void RegistrationDialog::showWritten(const QString &path, const QString &message)
{
    m_writtenPath = path;
    m_ui->regStatus->setText(message);
    m_ui->regOpenFolder->show();
}
