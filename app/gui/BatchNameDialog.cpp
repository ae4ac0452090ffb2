#include "BatchNameDialog.h"

#include "ui_BatchNameDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

BatchNameDialog::BatchNameDialog(Purpose purpose, const QString &name, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BatchNameDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"batchNameDialog"_s);
    if (purpose == RenameBatch) {
        setWindowTitle(tr("Rename batch"));
        m_ui->batchNameLabel->setText(tr("New &name of the batch:"));
    }
    m_ui->batchNameEdit->setText(name);
    m_ui->batchNameEdit->selectAll();
    connect(m_ui->batchNameEdit, &QLineEdit::textChanged, this, &BatchNameDialog::updateOk);
    updateOk();
}

BatchNameDialog::~BatchNameDialog() = default;

QString BatchNameDialog::name() const
{
    return m_ui->batchNameEdit->text().trimmed();
}

void BatchNameDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
}

QString BatchNameDialog::ask(QWidget *parent, Purpose purpose, const QString &name)
{
    BatchNameDialog dialog(purpose, name, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.name() : QString();
}
