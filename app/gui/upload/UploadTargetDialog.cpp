#include "UploadTargetDialog.h"

#include "ui_UploadTargetDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

UploadTargetDialog::UploadTargetDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UploadTargetDialog>()), m_targets(UploadTargets::load())
{
    m_ui->setupUi(this);
    QPushButton *removeButton =
        m_ui->targetButtons->addButton(tr("Remove"), QDialogButtonBox::DestructiveRole);
    for (const UploadTarget &t : std::as_const(m_targets))
        m_ui->targetChoice->addItem(t.name);
    m_ui->targetChoice->addItem(tr("New target"));
    connect(m_ui->targetChoice, &QComboBox::currentIndexChanged, this, &UploadTargetDialog::showTarget);
    connect(m_ui->targetButtons, &QDialogButtonBox::accepted, this, &UploadTargetDialog::save);
    connect(removeButton, &QPushButton::clicked, this, &UploadTargetDialog::remove);
    showTarget(0);
}

UploadTargetDialog::~UploadTargetDialog() = default;

void UploadTargetDialog::showTarget(int index)
{
    const UploadTarget t = m_targets.value(index);
    m_ui->targetName->setText(t.name);
    m_ui->targetEndpoint->setText(t.endpoint.toString());
    m_ui->targetUser->setText(t.user);
    m_ui->targetCaFile->setText(t.caFile);
    m_ui->targetPlainHttp->setChecked(t.allowPlainHttp);
    m_ui->targetToken->clear();
}

void UploadTargetDialog::save()
{
    UploadTarget t;
    t.name = m_ui->targetName->text().trimmed();
    t.endpoint = QUrl(m_ui->targetEndpoint->text().trimmed());
    t.user = m_ui->targetUser->text().trimmed();
    t.caFile = m_ui->targetCaFile->text().trimmed();
    t.allowPlainHttp = m_ui->targetPlainHttp->isChecked();
    if (t.name.isEmpty()) {
        m_ui->targetNotice->setText(tr("Give the target a name."));
        return;
    }
    if (const UploadError bad = t.account().checkEndpoint(); bad.isError()) {
        m_ui->targetNotice->setText(bad.text);
        return;
    }
    const int index = m_ui->targetChoice->currentIndex();
    if (index < m_targets.size())
        m_targets[index] = t;
    else
        m_targets.append(t);
    UploadTargets::save(m_targets);
    QString notice = tr("Saved.");
    if (!m_ui->targetToken->text().isEmpty()) {
        TokenVault vault;
        if (!vault.writeBlocking(t.name, m_ui->targetToken->text(), &notice))
            notice = notice.isEmpty() ? tr("The token is kept for this session only.") : notice;
        else
            notice = tr("Saved; the token is in the system keychain.");
        m_ui->targetToken->clear();
    }
    m_ui->targetNotice->setText(notice);
    if (index >= m_ui->targetChoice->count() - 1) {
        m_ui->targetChoice->insertItem(index, t.name);
        m_ui->targetChoice->setCurrentIndex(index);
    } else {
        m_ui->targetChoice->setItemText(index, t.name);
    }
}

void UploadTargetDialog::remove()
{
    const int index = m_ui->targetChoice->currentIndex();
    if (index >= m_targets.size())
        return;
    TokenVault vault;
    vault.removeBlocking(m_targets.at(index).name, nullptr);
    m_targets.removeAt(index);
    UploadTargets::save(m_targets);
    m_ui->targetChoice->removeItem(index);
}
