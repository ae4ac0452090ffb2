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

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
struct FieldDef
{
    const char *column;
    const char *objectName;
    const char *label; // as printed on the form
    const char *placeholder;
};
constexpr FieldDef kFields[] = {
    {"name", "regName", QT_TRANSLATE_NOOP("RegistrationDialog", "Province/unit name (省(区、市)/单位名称)"),
     QT_TRANSLATE_NOOP("RegistrationDialog", "e.g. 北京市教育委员会")},
    {"person", "regPerson", QT_TRANSLATE_NOOP("RegistrationDialog", "Responsible person (负责人姓名)"), ""},
    {"title", "regTitle", QT_TRANSLATE_NOOP("RegistrationDialog", "Position (职务)"),
     QT_TRANSLATE_NOOP("RegistrationDialog", "e.g. 处长")},
    {"phone", "regPhone", QT_TRANSLATE_NOOP("RegistrationDialog", "Landline (座机)"),
     QT_TRANSLATE_NOOP("RegistrationDialog", "e.g. 010-66096459 or 0755-12345678-801")},
    {"mobile", "regMobile", QT_TRANSLATE_NOOP("RegistrationDialog", "Mobile (手机)"),
     QT_TRANSLATE_NOOP("RegistrationDialog", "e.g. 138 0013 8000")},
    {"email", "regEmail", QT_TRANSLATE_NOOP("RegistrationDialog", "E-mail (电子邮箱)"),
     QT_TRANSLATE_NOOP("RegistrationDialog", "e.g. name@example.edu.cn")},
};

void setupPrinter(QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
    printer.setFullPage(true);
    printer.setDocName(RegistrationPdf::formTitle());
}
} // namespace

RegistrationDialog::RegistrationDialog(Workspace &workspace, const Profile &profile, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_profile(profile)
{
    setWindowTitle(tr("Contact registration form"));
    setObjectName(u"RegistrationDialog"_s);

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("<b>%1</b><br>Fill in the form, print it, have it stamped, attach the scan of "
                      "the stamped form and send it to <b>%2</b>.")
                       .arg(RegistrationPdf::formTitle().toHtmlEscaped(), m_profile.mailbox.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_deadline = new QLabel(this);
    m_deadline->setObjectName(u"regDeadline"_s);
    layout->addWidget(m_deadline);

    layout->addLayout(createFieldGrid());

    m_scan = new QLabel(this);
    m_scan->setObjectName(u"regScan"_s);
    m_scan->setWordWrap(true);
    m_scan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_scan);

    m_status = new QLabel(this);
    m_status->setObjectName(u"regStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder = new QPushButton(tr("Open Folder"), this);
    m_openFolder->setObjectName(u"regOpenFolder"_s);
    m_openFolder->setAutoDefault(false);
    m_openFolder->hide(); // shown once a file was written
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_openFolder, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    auto *buttons = new QHBoxLayout;
    auto addButton = [&](const QString &text, const QString &name, void (RegistrationDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    addButton(tr("Print preview…"), u"regPreview"_s, &RegistrationDialog::printPreview);
    addButton(tr("Print…"), u"regPrint"_s, &RegistrationDialog::print);
    addButton(tr("Export PDF…"), u"regExportPdf"_s, &RegistrationDialog::exportPdfInteractive);
    addButton(tr("Attach stamped scan…"), u"regAttachScan"_s, &RegistrationDialog::attachScanInteractive);
    addButton(tr("Send…"), u"regSend"_s, &RegistrationDialog::send);
    layout->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    load();
    // Another view (or the CLI on the same file) may change the unit; follow it unless it is our own write.
    connect(&m_workspace, &Workspace::unitChanged, this, [this](qint64 id) {
        if (id == m_unitId && !m_loading)
            updateScanLabel();
    });
    resize(640, sizeHint().height());
}

// One row per field of the unit: its label and editor, and under the editor its message (hidden while
// the value is valid).
QGridLayout *RegistrationDialog::createFieldGrid()
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    int gridRow = 0;
    for (const FieldDef &f : kFields) {
        Row row;
        row.column = QLatin1StringView(f.column);
        row.edit = new QLineEdit(this);
        row.edit->setObjectName(QLatin1StringView(f.objectName));
        if (*f.placeholder)
            row.edit->setPlaceholderText(tr(f.placeholder));
        row.error = new QLabel(this);
        row.error->setObjectName(QLatin1StringView(f.objectName) + "Error"_L1);
        row.error->setStyleSheet(u"color: #b00020;"_s);
        row.error->setWordWrap(true);
        row.error->setVisible(false);
        auto *label = new QLabel(tr(f.label), this);
        label->setBuddy(row.edit);
        grid->addWidget(label, gridRow, 0);
        grid->addWidget(row.edit, gridRow++, 1);
        grid->addWidget(row.error, gridRow++, 1);
        const int index = int(m_rows.size());
        connect(row.edit, &QLineEdit::textEdited, this,
                [this, index](const QString &t) { fieldEdited(index, t); });
        m_rows.append(row);
    }
    return grid;
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
        m_status->setText(tr("Cannot read the unit: %1").arg(error));
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
        m_status->setText(error);
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
    m_deadline->setText(s.hint.isEmpty() ? s.text : s.text + u'\n' + s.hint);
    m_deadline->setWordWrap(true);
    if (s.overdue())
        m_deadline->setStyleSheet(u"color: white; background: #b00020; font-weight: bold; padding: 4px;"_s);
    else if (s.known && !s.closed && s.daysLeft <= 3)
        m_deadline->setStyleSheet(u"color: #8a4b00; font-weight: bold;"_s);
    else
        m_deadline->setStyleSheet(QString());
}

void RegistrationDialog::updateScanLabel()
{
    Unit unit;
    UnitStore(m_workspace).find(m_unitId, &unit);
    if (unit.stampedScan.isEmpty())
        m_scan->setText(tr("Stamped scan: none attached yet (the unstamped PDF will be sent)."));
    else if (!QFileInfo::exists(unit.stampedScan))
        m_scan->setText(tr("Stamped scan: %1 — the file is missing; attach it again.").arg(unit.stampedScan));
    else
        m_scan->setText(tr("Stamped scan: %1").arg(unit.stampedScan));
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
    m_status->setText(message);
    m_openFolder->show();
}
