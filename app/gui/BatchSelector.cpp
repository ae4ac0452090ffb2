#include "BatchSelector.h"
#include "BatchNameDialog.h"
#include "ProblemBox.h"

#include "WorkspaceController.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

BatchSelector::BatchSelector(WorkspaceController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel), m_combo(new QComboBox),
      m_new(new QAction(this)), m_rename(new QAction(this)), m_delete(new QAction(this))
{
    m_combo->setObjectName(u"batchCombo"_s);
    m_new->setObjectName(u"actionNewBatch"_s);
    m_rename->setObjectName(u"actionRenameBatch"_s);
    m_delete->setObjectName(u"actionDeleteBatch"_s);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_label->setBuddy(m_combo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    for (QAction *action : {m_new, m_rename, m_delete}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }

    connect(m_new, &QAction::triggered, this, &BatchSelector::askNew);
    connect(m_rename, &QAction::triggered, this, &BatchSelector::askRename);
    connect(m_delete, &QAction::triggered, this, &BatchSelector::askDelete);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = currentBatchId();
        updateActions();
        if (id != m_current) {
            m_current = id;
            emit currentBatchChanged(id);
        }
    });
    connect(&m_controller.workspace(), &Workspace::batchesChanged, this, &BatchSelector::reload);
    retranslate();
    updateActions();
}

qint64 BatchSelector::currentBatchId() const
{
    return m_combo->currentIndex() < 0 ? 0 : m_combo->currentData().toLongLong();
}

QString BatchSelector::currentBatchName() const
{
    return m_combo->currentIndex() < 0 ? QString() : m_combo->currentText();
}

bool BatchSelector::setCurrentBatchId(qint64 batchId)
{
    const int index = m_combo->findData(batchId);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

void BatchSelector::reload()
{
    const qint64 keep = currentBatchId();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        if (m_controller.isOpen()) {
            QList<Batch> batches;
            QString error;
            if (!BatchStore(m_controller.workspace()).all(&batches, &error))
                QMessageBox::warning(this, tr("Batches"), error);
            for (const Batch &batch : std::as_const(batches))
                m_combo->addItem(batch.name, batch.id);
        }
        const int index = m_combo->findData(keep);
        m_combo->setCurrentIndex(index >= 0 ? index : (m_combo->count() > 0 ? 0 : -1));
    }
    updateActions();
    const qint64 id = currentBatchId();
    if (id != m_current) {
        m_current = id;
        emit currentBatchChanged(id);
    }
}

void BatchSelector::resetForWorkspace()
{
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
    }
    m_current = -1;
    reload();
}

bool BatchSelector::createBatch(const QString &name, QString *error)
{
    Batch batch;
    batch.name = name;
    batch.unitId = UnitStore(m_controller.workspace()).primary(error).id;
    if (!BatchStore(m_controller.workspace()).create(&batch, error))
        return false;
    reload();
    setCurrentBatchId(batch.id);
    return true;
}

void BatchSelector::askNew()
{
    if (!m_controller.isOpen())
        return;
    const QString name =
        BatchNameDialog::ask(window(), BatchNameDialog::NewBatch, tr("Batch %1").arg(m_combo->count() + 1));
    if (name.isEmpty())
        return;
    QString error;
    if (!createBatch(name, &error))
        ProblemBox::warning(this, tr("New batch"), tr("The batch was not created."), error);
}

void BatchSelector::askRename()
{
    const qint64 id = currentBatchId();
    if (id == 0)
        return;
    const QString name = BatchNameDialog::ask(window(), BatchNameDialog::RenameBatch, m_combo->currentText());
    if (name.isEmpty())
        return;
    QString error;
    if (!BatchStore(m_controller.workspace()).rename(id, name, &error)) {
        ProblemBox::warning(this, tr("Rename batch"), tr("The batch was not renamed."), error);
        return;
    }
    reload();
}

void BatchSelector::askDelete()
{
    const qint64 id = currentBatchId();
    if (id == 0)
        return;
    QString error;
    const int count = ResourceStore(m_controller.workspace()).countInBatch(id, &error);
    if (count < 0) {
        ProblemBox::warning(this, tr("Delete batch"), tr("The batch was not deleted."), error);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete batch"),
        tr("Delete the batch \"%1\" and its %n resource(s)? This cannot be undone.", nullptr, count)
            .arg(m_combo->currentText()));
    if (answer != QMessageBox::Yes)
        return;
    if (!BatchStore(m_controller.workspace()).remove(id, &error)) {
        ProblemBox::warning(this, tr("Delete batch"), tr("The batch was not deleted."), error);
        return;
    }
    emit batchRemoved(id);
    reload();
}

void BatchSelector::updateActions()
{
    const bool open = m_controller.isOpen();
    m_new->setEnabled(open);
    m_rename->setEnabled(open && currentBatchId() != 0);
    m_delete->setEnabled(open && currentBatchId() != 0);
    m_combo->setEnabled(open);
}

void BatchSelector::retranslate()
{
    m_label->setText(tr("Ba&tch:")); // Alt+B opens the Batch menu
    m_new->setText(tr("New batch…"));
    m_rename->setText(tr("Rename…"));
    m_delete->setText(tr("Delete"));
    m_new->setToolTip(tr("Create a new batch (one batch becomes one submission package)"));
    m_rename->setToolTip(tr("Rename the current batch"));
    m_delete->setToolTip(tr("Delete the current batch and its resources"));
}
