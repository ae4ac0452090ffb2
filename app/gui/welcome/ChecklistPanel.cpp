#include "welcome/ChecklistPanel.h"

#include "workspace/Workspace.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// QTreeView asks its delegate for a row's height without the column's width, so a wrapped text would be
// cut to one line and end in "…". This delegate measures the text wrapped at the width it will be drawn in.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The deadline is sized to its contents, on one line; only the step's words wrap.
        if (index.column() != ChecklistPanel::StepColumn)
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem wrapped(option);
        wrapped.rect = QRect(0, 0, qMax(1, drawnWidth(index)), 1);
        wrapped.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    int drawnWidth(const QModelIndex &index) const
    {
        const bool child = index.parent().isValid();
        if (child && m_view->isFirstColumnSpanned(index.row(), index.parent()))
            return m_view->viewport()->width() - m_view->indentation();
        return m_view->header()->sectionSize(index.column()) - (child ? m_view->indentation() : 0);
    }

    QTreeView *m_view;
};
} // namespace

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent), m_steps(new QTreeWidget), m_error(new QLabel), m_timer(new QTimer(this))
{
    setObjectName(u"checklistPanel"_s);
    m_steps->setObjectName(u"checklistSteps"_s);
    m_steps->setColumnCount(2);
    m_steps->setRootIsDecorated(false);
    m_steps->setItemsExpandable(false);
    m_steps->setIndentation(m_steps->fontMetrics().horizontalAdvance(u"☐ "_s));
    m_steps->setWordWrap(true);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setItemDelegate(new WrappingDelegate(m_steps));
    QHeaderView *header = m_steps->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DeadlineColumn, QHeaderView::ResizeToContents);
    // A new width wraps the steps anew: their rows are measured again once the resize is done.
    connect(header, &QHeaderView::sectionResized, m_steps,
            [this] { QMetaObject::invokeMethod(m_steps, &QTreeView::doItemsLayout, Qt::QueuedConnection); });
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_steps);
    layout->addWidget(m_error);
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &ChecklistPanel::refresh);
    retranslate();
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

void ChecklistPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ChecklistPanel::retranslate()
{
    m_steps->setHeaderLabels({tr("Step"), tr("By")});
    m_steps->headerItem()->setToolTip(DeadlineColumn, tr("The deadline the campaign sets for the step"));
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
    for (const CampaignChecklist::Step &step : std::as_const(steps))
        addStep(number++, step);
}

// The step's row (mark, number, title; deadline) and under it the line saying where the batch stands.
void ChecklistPanel::addStep(int number, const CampaignChecklist::Step &step)
{
    const QString title = (step.done ? u"✔ "_s : u"☐ "_s) + QString::number(number) + u". "_s + step.title;
    const QString deadline =
        step.deadline.isValid() ? QLocale().toString(step.deadline, QLocale::ShortFormat) : QString();
    auto *item = new QTreeWidgetItem(m_steps, {title, deadline});
    item->setData(StepColumn, Qt::UserRole, step.id);
    item->setData(StepColumn, Qt::UserRole + 1, step.done ? u"done"_s : u"open"_s);
    item->setToolTip(StepColumn, step.explanation);
    if (!deadline.isEmpty())
        item->setToolTip(DeadlineColumn, tr("To be done by %1").arg(QLocale().toString(step.deadline)));
    if (!step.state.isEmpty()) {
        auto *state = new QTreeWidgetItem(item, {step.state});
        state->setForeground(StepColumn, m_steps->palette().brush(QPalette::PlaceholderText));
        state->setToolTip(StepColumn, step.state);
        state->setFirstColumnSpanned(true);
    }
    item->setExpanded(true);
}

QString ChecklistPanel::stepState(const QString &stepId) const
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        if (m_steps->topLevelItem(i)->data(0, Qt::UserRole).toString() == stepId)
            return m_steps->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
    return {};
}
