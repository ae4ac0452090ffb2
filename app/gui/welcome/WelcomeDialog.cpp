#include "welcome/WelcomeDialog.h"

#include "package/CampaignChecklist.h"
#include "registration/ContactValidators.h"
#include "registration/RegistrationUnit.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QStringList kColumns{u"name"_s, u"person"_s, u"title"_s, u"phone"_s, u"mobile"_s, u"email"_s};

// The unit page: asks the dialog to check the fields before Next.
class UnitPage : public QWizardPage
{
public:
    explicit UnitPage(WelcomeDialog *dialog) : m_dialog(dialog) {}
    bool validatePage() override { return m_dialog->validateUnit() && m_dialog->saveUnit(); }

private:
    WelcomeDialog *m_dialog;
};
} // namespace

WelcomeDialog::WelcomeDialog(Workspace &workspace, const Profile &profile, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_profile(profile)
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to SubmitDesk"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("Skip"));
    button(QWizard::CancelButton)->setObjectName(u"welcomeSkip"_s);
    button(QWizard::NextButton)->setObjectName(u"welcomeNext"_s);
    button(QWizard::FinishButton)->setObjectName(u"welcomeFinish"_s);
    addPage(stepsPage());
    addPage(unitPage());
    addPage(workspacePage());
    loadUnit();
    resize(680, 520);
}

QWizardPage *WelcomeDialog::stepsPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(u"welcomeStepsPage"_s);
    page->setTitle(tr("What the campaign asks of you, step by step"));
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
    auto *steps = new QLabel(html);
    steps->setObjectName(u"welcomeSteps"_s);
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(steps);
    layout->addStretch();
    return page;
}

QWizardPage *WelcomeDialog::unitPage()
{
    auto *page = new UnitPage(this);
    page->setObjectName(u"welcomeUnitPage"_s);
    page->setTitle(tr("Your unit and its responsible person"));
    page->setSubTitle(tr("As on the registration form; the form is filled in from these."));
    auto *form = new QFormLayout(page);
    for (const QString &column : kColumns) {
        auto *edit = new QLineEdit;
        edit->setObjectName(u"welcomeUnit_"_s + column);
        auto *error = new QLabel;
        error->setObjectName(u"welcomeUnitError_"_s + column);
        error->setWordWrap(true);
        error->setStyleSheet(u"color: #b00020"_s);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(error);
        form->addRow(ContactValidators::fieldLabel(column) + u':', cell);
        m_fields.insert(column, edit);
        m_errors.insert(column, error);
    }
    m_saveError = new QLabel;
    m_saveError->setWordWrap(true);
    form->addRow(m_saveError);
    return page;
}

QWizardPage *WelcomeDialog::workspacePage()
{
    auto *page = new QWizardPage;
    page->setObjectName(u"welcomeWorkspacePage"_s);
    page->setTitle(tr("Where your work is kept"));
    const QString path = QDir::toNativeSeparators(m_workspace.path());
    auto *where = new QLabel(tr("Everything is saved in this file, which you can back up or copy like any "
                                "document:<br><b>%1</b>")
                                 .arg(path.toHtmlEscaped()));
    where->setObjectName(u"welcomeWorkspacePath"_s);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *open = new QPushButton(tr("Open Folder"));
    open->setObjectName(u"welcomeOpenFolder"_s);
    connect(open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_workspace.path()).absolutePath()));
    });
    auto *next = new QLabel(tr("The checklist on the right of the window shows where your batch stands in "
                               "these steps. Start with File ▸ Add Files or drop videos on the window."));
    next->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(where);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(next);
    layout->addStretch();
    return page;
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
    return valid;
}

bool WelcomeDialog::saveUnit()
{
    UnitStore store(m_workspace);
    Unit unit;
    QString error;
    bool ok = RegistrationUnit::load(store, &unit, &error);
    for (const QString &column : kColumns)
        ok = ok && store.setField(unit.id, column, m_fields.value(column)->text().trimmed(), &error);
    m_saveError->setText(ok ? QString() : tr("The unit could not be saved: %1").arg(error));
    return ok;
}
