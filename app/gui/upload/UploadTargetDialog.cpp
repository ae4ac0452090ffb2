#include "UploadTargetDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UploadTargetDialog::UploadTargetDialog(QWidget *parent)
    : QDialog(parent), m_targets(UploadTargets::load()), m_choice(new QComboBox), m_name(new QLineEdit),
      m_endpoint(new QLineEdit), m_user(new QLineEdit), m_token(new QLineEdit), m_caFile(new QLineEdit),
      m_plainHttp(new QCheckBox(tr("Allow plain http to another computer (the token travels unprotected)"))),
      m_notice(new QLabel)
{
    setObjectName(u"uploadTargetDialog"_s);
    setWindowTitle(tr("Upload targets"));
    m_choice->setObjectName(u"targetChoice"_s);
    m_name->setObjectName(u"targetName"_s);
    m_endpoint->setObjectName(u"targetEndpoint"_s);
    m_user->setObjectName(u"targetUser"_s);
    m_token->setObjectName(u"targetToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("unchanged"));
    m_endpoint->setPlaceholderText(u"https://upload.example.org/files/"_s);
    m_notice->setObjectName(u"targetNotice"_s);
    m_notice->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Target:"), m_choice);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address (tus endpoint):"), m_endpoint);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("Own certificate authority (PEM file, optional):"), m_caFile);
    form->addRow(m_plainHttp);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    QPushButton *removeButton = buttons->addButton(tr("Remove"), QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    for (const UploadTarget &t : std::as_const(m_targets))
        m_choice->addItem(t.name);
    m_choice->addItem(tr("New target"));
    connect(m_choice, &QComboBox::currentIndexChanged, this, &UploadTargetDialog::showTarget);
    connect(buttons, &QDialogButtonBox::accepted, this, &UploadTargetDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(removeButton, &QPushButton::clicked, this, &UploadTargetDialog::remove);
    showTarget(0);
}

void UploadTargetDialog::showTarget(int index)
{
    const UploadTarget t = m_targets.value(index);
    m_name->setText(t.name);
    m_endpoint->setText(t.endpoint.toString());
    m_user->setText(t.user);
    m_caFile->setText(t.caFile);
    m_plainHttp->setChecked(t.allowPlainHttp);
    m_token->clear();
}

void UploadTargetDialog::save()
{
    UploadTarget t;
    t.name = m_name->text().trimmed();
    t.endpoint = QUrl(m_endpoint->text().trimmed());
    t.user = m_user->text().trimmed();
    t.caFile = m_caFile->text().trimmed();
    t.allowPlainHttp = m_plainHttp->isChecked();
    if (t.name.isEmpty()) {
        m_notice->setText(tr("Give the target a name."));
        return;
    }
    if (const UploadError bad = t.account().checkEndpoint(); bad.isError()) {
        m_notice->setText(bad.text);
        return;
    }
    const int index = m_choice->currentIndex();
    if (index < m_targets.size())
        m_targets[index] = t;
    else
        m_targets.append(t);
    UploadTargets::save(m_targets);
    QString notice = tr("Saved.");
    if (!m_token->text().isEmpty()) {
        TokenVault vault;
        if (!vault.writeBlocking(t.name, m_token->text(), &notice))
            notice = notice.isEmpty() ? tr("The token is kept for this session only.") : notice;
        else
            notice = tr("Saved; the token is in the system keychain.");
        m_token->clear();
    }
    m_notice->setText(notice);
    if (index >= m_choice->count() - 1) {
        m_choice->insertItem(index, t.name);
        m_choice->setCurrentIndex(index);
    } else {
        m_choice->setItemText(index, t.name);
    }
}

void UploadTargetDialog::remove()
{
    const int index = m_choice->currentIndex();
    if (index >= m_targets.size())
        return;
    TokenVault vault;
    vault.removeBlocking(m_targets.at(index).name, nullptr);
    m_targets.removeAt(index);
    UploadTargets::save(m_targets);
    m_choice->removeItem(index);
}
