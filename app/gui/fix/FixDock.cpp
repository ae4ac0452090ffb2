#include "fix/FixDock.h"

#include "DetailsDisclosure.h"

#include "fix/FixQueue.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { FileColumn, ProgressColumn, SpeedColumn, StateColumn };
}

FixDock::FixDock(QWidget *parent)
    : QDockWidget(parent), m_list(new QTreeWidget), m_parallel(new QSpinBox), m_notice(new QLabel),
      m_cancel(new QPushButton), m_parallelLabel(new QLabel),
      m_details(new DetailsDisclosure(u"fixDetails"_s))
{
    setObjectName(u"fixDock"_s);
    m_list->setObjectName(u"fixJobs"_s);
    m_parallel->setObjectName(u"fixParallel"_s);
    m_notice->setObjectName(u"fixNotice"_s);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_parallel->setRange(1, 4);
    m_parallel->setValue(1);
    QPushButton *cancel = m_cancel;
    cancel->setObjectName(u"fixCancel"_s);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_parallelLabel);
    controls->addWidget(m_parallel);
    controls->addStretch();
    controls->addWidget(cancel);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_list);
    layout->addLayout(controls);
    layout->addWidget(m_notice);
    layout->addWidget(m_details); // why the last conversion failed, in ffmpeg's words
    setWidget(body);
    retranslate();
    connect(m_parallel, &QSpinBox::valueChanged, this, &FixDock::maxRunningChanged);
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (!m_queue)
            return;
        for (QTreeWidgetItem *item : m_list->selectedItems())
            m_queue->cancel(item->data(FileColumn, Qt::UserRole).toLongLong());
    });
}

void FixDock::setQueue(FixQueue *queue)
{
    m_queue = queue;
    m_list->clear();
    m_items.clear();
    if (!queue)
        return;
    connect(queue, &FixQueue::jobQueued, this, &FixDock::addJob);
    connect(queue, &FixQueue::jobStarted, this, [this](qint64 id) {
        if (QTreeWidgetItem *item = itemFor(id))
            item->setText(StateColumn, tr("converting"));
    });
    connect(queue, &FixQueue::progress, this, &FixDock::onProgress);
    connect(queue, &FixQueue::jobFinished, this, &FixDock::onFinished);
    for (const FixJob &job : queue->pending())
        addJob(job);
}

void FixDock::addJob(const FixJob &job)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(FileColumn, QFileInfo(job.input).fileName());
    item->setToolTip(FileColumn, job.input + u" → "_s + job.target);
    item->setData(FileColumn, Qt::UserRole, job.id);
    item->setText(StateColumn, job.state == "running"_L1 ? tr("converting") : tr("waiting"));
    auto *bar = new QProgressBar;
    bar->setRange(0, 1000);
    bar->setValue(0);
    m_list->setItemWidget(item, ProgressColumn, bar);
    m_items.insert(job.id, item);
    show();
}

void FixDock::onProgress(qint64 jobId, double fraction, double speed, double secondsLeft)
{
    QTreeWidgetItem *item = itemFor(jobId);
    if (!item)
        return;
    if (auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn)))
        bar->setValue(int(fraction * 1000));
    QString text = speed > 0 ? tr("%1× real time").arg(speed, 0, 'f', 2) : QString();
    if (secondsLeft >= 0)
        text += tr(", about %1 s left").arg(secondsLeft, 0, 'f', 0);
    item->setText(SpeedColumn, text);
}

void FixDock::onFinished(const FixJob &job, const FixEngine::Outcome &outcome)
{
    QTreeWidgetItem *item = itemFor(job.id);
    const bool passed = outcome.status == FixEngine::Outcome::Status::Passed;
    const QString name = QFileInfo(job.input).fileName();
    if (item) {
        if (auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn)))
            bar->setValue(passed ? 1000 : bar->value());
        item->setText(SpeedColumn, QString());
        item->setText(StateColumn, passed ? tr("done")
                                   : outcome.status == FixEngine::Outcome::Status::Cancelled
                                       ? tr("cancelled")
                                       : tr("not fixed"));
        item->setToolTip(StateColumn, outcome.error);
    }
    // Plain words in the notice; the reason (ffmpeg's message, paths) under Details.
    if (passed)
        m_notice->setText(tr("%1 now meets the standard.").arg(name));
    else if (outcome.status == FixEngine::Outcome::Status::Cancelled)
        m_notice->setText(tr("%1: the conversion was cancelled; the original file is unchanged.").arg(name));
    else
        m_notice->setText(
            tr("%1 was not fixed; the original file is unchanged. See Details for why.").arg(name));
    m_details->setDetails(passed ? QString() : outcome.error);
}

void FixDock::retranslate()
{
    setWindowTitle(tr("Make compliant"));
    m_list->setHeaderLabels({tr("File"), tr("Progress"), tr("Speed, time left"), tr("State")});
    m_cancel->setText(tr("Cancel"));
    m_parallelLabel->setText(tr("At the same time:"));
}

void FixDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}
