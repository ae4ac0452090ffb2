#include "welcome/ChecklistPanel.h"

#include "package/CampaignChecklist.h"
#include "workspace/Workspace.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent), m_steps(new QTreeWidget), m_error(new QLabel), m_timer(new QTimer(this))
{
    setObjectName(u"checklistPanel"_s);
    m_steps->setObjectName(u"checklistSteps"_s);
    m_steps->setHeaderHidden(true);
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_steps);
    layout->addWidget(m_error);
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &ChecklistPanel::refresh);
}

void ChecklistPanel::setWorkspace(Workspace *workspace, const Profile *profile)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_profile = profile;
    if (m_workspace) {
        connect(m_workspace, &Workspace::unitChanged, this, &ChecklistPanel::scheduleRefresh);
        connect(m_workspace, &Workspace::batchesChanged, this, &ChecklistPanel::scheduleRefresh);
        connect(m_workspace, &Workspace::resourcesChanged, this, &ChecklistPanel::scheduleRefresh);
        connect(m_workspace, &Workspace::resourceChanged, this, &ChecklistPanel::scheduleRefresh);
    }
    scheduleRefresh();
}

void ChecklistPanel::setBatch(qint64 batchId)
{
    m_batchId = batchId;
    scheduleRefresh();
}

void ChecklistPanel::scheduleRefresh()
{
    // A hidden panel (its dock closed) costs nothing: it is brought up to date when shown.
    if (isVisible())
        m_timer->start();
    else
        m_stale = true;
}

void ChecklistPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_timer->start();
}

void ChecklistPanel::refresh()
{
    m_timer->stop();
    m_stale = false;
    m_steps->clear();
    if (!m_workspace || !m_profile || !m_workspace->isOpen())
        return;
    QList<CampaignChecklist::Step> steps;
    QString error;
    const bool ok = CampaignChecklist::evaluate(*m_workspace, *m_profile, m_batchId, &steps, &error);
    m_error->setText(ok ? QString() : tr("The checklist could not be read: %1").arg(error));
    m_error->setVisible(!ok);
    int number = 1;
    for (const CampaignChecklist::Step &step : std::as_const(steps)) {
        QString text = (step.done ? u"✔ "_s : u"☐ "_s) + QString::number(number++) + u". "_s + step.title;
        if (step.deadline.isValid())
            text += u"  "_s + tr("(by %1)").arg(QLocale().toString(step.deadline, QLocale::ShortFormat));
        text += u"\n    "_s + step.state;
        auto *item = new QTreeWidgetItem(m_steps, {text});
        item->setData(0, Qt::UserRole, step.id);
        item->setData(0, Qt::UserRole + 1, step.done ? u"done"_s : u"open"_s);
        item->setToolTip(0, step.explanation);
    }
}

QString ChecklistPanel::stepState(const QString &stepId) const
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        if (m_steps->topLevelItem(i)->data(0, Qt::UserRole).toString() == stepId)
            return m_steps->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
    return {};
}
