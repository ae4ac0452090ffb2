#include "welcome/WelcomeDialog.h"

#include "package/CampaignChecklist.h"
#include "registration/ContactValidators.h"
#include "registration/RegistrationUnit.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include "ui_WelcomeDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QStringList kColumns{u"name"_s, u"person"_s, u"title"_s, u"phone"_s, u"mobile"_s, u"email"_s};
} // namespace

WelcomeDialog::WelcomeDialog(Workspace &workspace, const Profile &profile, QWidget *parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::WelcomeDialog>()), m_workspace(workspace), m_profile(profile)
{
    m_ui->setupUi(this);
    setButtonText(QWizard::CancelButton, tr("Skip"));
    button(QWizard::CancelButton)->setObjectName(u"welcomeSkip"_s);
    button(QWizard::NextButton)->setObjectName(u"welcomeNext"_s);
    button(QWizard::FinishButton)->setObjectName(u"welcomeFinish"_s);
    for (const QString &column : kColumns) {
        m_fields.insert(column, findChild<QLineEdit *>(u"welcomeUnit_"_s + column));
        QLabel *error = findChild<QLabel *>(u"welcomeUnitError_"_s + column);
        error->hide();
        m_errors.insert(column, error);
    }
    fillStepsPage();
    fillWorkspacePage();
    loadUnit();
}

WelcomeDialog::~WelcomeDialog() = default;

bool WelcomeDialog::validateCurrentPage()
{
    if (currentPage() == m_ui->welcomeUnitPage && !(validateUnit() && saveUnit()))
        return false;
    return QWizard::validateCurrentPage();
}

void WelcomeDialog::fillStepsPage()
{
    QString html = u"<p>"_s + m_profile.title.text().toHtmlEscaped() + u"</p><ol>"_s;
    for (const CampaignChecklist::Step &step : CampaignChecklist::steps(m_profile)) {
        html += u"<li><b>"_s + step.title.toHtmlEscaped() + u"</b>"_s;
        if (step.deadline.isValid())
            html += u" — "_s + tr("by %1").arg(QLocale().toString(step.deadline, QLocale::LongFormat));
        html += u"<br>"_s + step.explanation.toHtmlEscaped() + u"</li>"_s;
    }
    html += u"</ol><p>"_s +
            tr("Everything you type is saved at once. You can skip this and fill in the unit later in the "
               "registration form.")
                .toHtmlEscaped() +
            u"</p>"_s;
    m_ui->welcomeSteps->setText(html);
}

void WelcomeDialog::fillWorkspacePage()
{
    const QString path = QDir::toNativeSeparators(m_workspace.path());
    m_ui->welcomeWorkspacePath->setText(tr("Everything is saved in this file, which you can back up or copy "
                                           "like any document:<br><b>%1</b>")
                                            .arg(path.toHtmlEscaped()));
    connect(m_ui->welcomeOpenFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_workspace.path()).absolutePath()));
    });
}

void WelcomeDialog::loadUnit()
{
    UnitStore store(m_workspace);
    Unit unit;
    QString error;
    if (!RegistrationUnit::load(store, &unit, &error))
        return;
    for (const QString &column : kColumns)
        m_fields.value(column)->setText(RegistrationUnit::value(unit, column));
}

bool WelcomeDialog::validateUnit()
{
    bool valid = true;
    for (const QString &column : kColumns) {
        const QString problem =
            ContactValidators::checkUnitField(column, m_fields.value(column)->text().trimmed());
        QLabel *label = m_errors.value(column);
        label->setText(problem);
        label->setVisible(!problem.isEmpty());
        if (!problem.isEmpty() && valid) {
            m_fields.value(column)->setFocus();
            valid = false;
        }
    }
    growToFit();
    return valid;
}

// Messages that appear get the room they need: the dialog grows (never shrinks under the user) by what the
// current page's layout lacks at its width, so no wrapped message is cut.
void WelcomeDialog::growToFit()
{
    QWizardPage *page = currentPage();
    QLayout *box = page ? page->layout() : nullptr;
    if (!box)
        return;
    box->activate();
    const int needed =
        box->hasHeightForWidth() ? box->totalHeightForWidth(page->width()) : box->totalSizeHint().height();
    if (needed > page->height())
        resize(width(), height() + needed - page->height());
}

bool WelcomeDialog::saveUnit()
{
    UnitStore store(m_workspace);
    Unit unit;
    QString error;
    bool ok = RegistrationUnit::load(store, &unit, &error);
    for (const QString &column : kColumns)
        ok = ok && store.setField(unit.id, column, m_fields.value(column)->text().trimmed(), &error);
    m_ui->welcomeUnitSaveError->setText(ok ? QString() : tr("The unit could not be saved: %1").arg(error));
    return ok;
}
