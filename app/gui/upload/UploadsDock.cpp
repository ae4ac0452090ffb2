#include "UploadsDock.h"

#include "upload/UploadQueue.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { FileColumn, StateColumn, ProgressColumn, SpeedColumn, TimeLeftColumn, ProblemColumn, Columns };

QString byteSize(double bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

// "3 min 20 s", "45 s", "1 h 5 min": short, for a column.
QString duration(double seconds)
{
    const qint64 s = qMax<qint64>(1, qRound64(seconds));
    if (s < 60)
        return UploadsDock::tr("%1 s").arg(s);
    if (s < 3600)
        return UploadsDock::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return UploadsDock::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}
} // namespace

UploadsDock::UploadsDock(QWidget *parent)
    : QDockWidget(parent), m_table(new QTableWidget(0, Columns)), m_total(new QLabel), m_notice(new QLabel),
      m_noticeDetails(new QPushButton), m_noticeDetail(new QLabel), m_preparation(new QWidget),
      m_prepareLabel(new QLabel), m_prepareBar(new QProgressBar), m_prepareCancel(new QPushButton),
      m_upload(new QPushButton), m_targets(new QPushButton), m_pause(new QPushButton),
      m_resume(new QPushButton), m_cancel(new QPushButton)
{
    setObjectName(u"uploadsDock"_s);
    m_table->setObjectName(u"uploadsTable"_s);
    m_total->setObjectName(u"uploadsTotal"_s);
    m_upload->setObjectName(u"uploadBatchButton"_s);
    m_targets->setObjectName(u"uploadTargetsButton"_s);
    m_pause->setObjectName(u"uploadPauseButton"_s);
    m_resume->setObjectName(u"uploadResumeButton"_s);
    m_cancel->setObjectName(u"uploadCancelButton"_s);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    for (int column : {FileColumn, StateColumn, SpeedColumn, TimeLeftColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(ProgressColumn, 120);
    m_table->setWordWrap(true); // a problem's plain words wrap instead of ending in "…"
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_upload, m_targets, m_pause, m_resume, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(makePreparationRow());
    layout->addWidget(makeNoticeRow());
    layout->addWidget(m_table);
    layout->addWidget(m_total);
    setWidget(box);
    connectButtons();
    retranslate();
}

QWidget *UploadsDock::makePreparationRow()
{
    m_preparation->setObjectName(u"uploadPreparation"_s);
    m_prepareLabel->setObjectName(u"uploadPrepareLabel"_s);
    m_prepareBar->setObjectName(u"uploadPrepareProgress"_s);
    m_prepareCancel->setObjectName(u"uploadPrepareCancel"_s);
    m_prepareBar->setRange(0, 1000);
    m_prepareLabel->setWordWrap(true);
    auto *row = new QHBoxLayout(m_preparation);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_prepareLabel, 2);
    row->addWidget(m_prepareBar, 1);
    row->addWidget(m_prepareCancel);
    m_preparation->hide();
    return m_preparation;
}

QWidget *UploadsDock::makeNoticeRow()
{
    m_notice->setObjectName(u"uploadsNotice"_s);
    m_noticeDetails->setObjectName(u"uploadsNoticeDetails"_s);
    m_noticeDetail->setObjectName(u"uploadsNoticeDetail"_s);
    m_notice->setWordWrap(true);
    m_noticeDetail->setWordWrap(true);
    m_noticeDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeDetails->setCheckable(true);
    m_noticeDetails->hide();
    m_noticeDetail->hide();
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_notice, 1);
    row->addWidget(m_noticeDetails, 0, Qt::AlignTop);
    column->addLayout(row);
    column->addWidget(m_noticeDetail);
    connect(m_noticeDetails, &QPushButton::toggled, m_noticeDetail, &QWidget::setVisible);
    return box;
}

void UploadsDock::connectButtons()
{
    connect(m_pause, &QPushButton::clicked, this, [this] {
        for (int row : selectedRows())
            m_queue->pauseFile(row);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        for (int row : selectedRows())
            m_queue->resumeFile(row);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (int row : selectedRows())
            m_queue->cancelFile(row);
    });
}

void UploadsDock::retranslate()
{
    setWindowTitle(tr("Uploads"));
    m_upload->setText(tr("Upload batch…"));
    m_targets->setText(tr("Upload targets…"));
    m_pause->setText(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_cancel->setText(tr("Cancel"));
    m_pause->setToolTip(tr("Pause the selected files"));
    m_resume->setToolTip(tr("Resume the selected files"));
    m_cancel->setToolTip(tr("Stop the selected files and remove what was sent of them from the server"));
    m_prepareCancel->setText(tr("Cancel"));
    m_noticeDetails->setText(tr("Details"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("State"), tr("Progress"), tr("Speed"), tr("Time left"), tr("Problem")});
    if (m_queue)
        rebuild();
    updateTotals();
}

void UploadsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void UploadsDock::setQueue(UploadQueue *queue)
{
    m_queue = queue;
    connect(queue, &UploadQueue::entryChanged, this, [this](int index) {
        if (index >= m_table->rowCount())
            rebuild();
        updateRow(index);
        updateTotals();
    });
    connect(queue, &UploadQueue::progressChanged, this, [this] {
        for (int i = 0; i < m_table->rowCount(); ++i)
            updateRow(i);
        updateTotals();
    });
    connect(queue, &UploadQueue::offlineChanged, this, [this](bool offline) {
        showNotice(offline ? tr("The network is away: uploads are paused and continue by themselves when it "
                                "is back.")
                           : tr("The network is back: uploads continue."),
                   offline);
    });
    connect(queue, &UploadQueue::batchFinished, this, &UploadsDock::showBatchFinished);
    connect(queue, &UploadQueue::storeFailed, this, [this](const QString &error) {
        showNotice(tr("What was sent cannot be recorded in the workspace: if SubmitDesk is closed now, some "
                      "files will be sent again."),
                   true, error);
    });
    rebuild();
    updateTotals();
}

QList<int> UploadsDock::selectedRows() const
{
    QList<int> rows;
    if (!m_queue)
        return rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    return rows;
}

void UploadsDock::rebuild()
{
    const int count = m_queue ? m_queue->count() : 0;
    m_table->setRowCount(count);
    for (int i = 0; i < count; ++i) {
        if (!m_table->cellWidget(i, ProgressColumn)) {
            auto *bar = new QProgressBar;
            bar->setRange(0, 1000);
            m_table->setCellWidget(i, ProgressColumn, bar);
        }
        updateRow(i);
    }
}

QString UploadsDock::stateText(int index) const
{
    const QString state = m_queue->entry(index).record.state;
    if (state == "done"_L1)
        return tr("Received");
    if (state == "uploading"_L1)
        return m_queue->entry(index).error.isError() ? tr("Retrying") : tr("Uploading");
    if (state == "paused"_L1)
        return tr("Paused");
    if (state == "failed"_L1)
        return tr("Needs attention");
    return tr("Waiting");
}

void UploadsDock::updateRow(int index)
{
    if (!m_queue || index >= m_table->rowCount())
        return;
    const QueueEntry &e = m_queue->entry(index);
    auto set = [this, index](int column, const QString &text, const QString &tip = {}) {
        auto *item = m_table->item(index, column);
        if (!item)
            m_table->setItem(index, column, item = new QTableWidgetItem);
        item->setText(text);
        item->setToolTip(tip);
    };
    const bool done = e.record.state == "done"_L1;
    set(FileColumn, e.record.bagPath, e.record.localPath);
    set(StateColumn, stateText(index));
    // A file not moving shows what the server acknowledged, not the bytes a refused request carried.
    const qint64 held = e.transfer ? e.sent : e.record.offset;
    const double share =
        e.record.size > 0 ? double(std::min(held, e.record.size)) / double(e.record.size) : 0;
    if (auto *bar = qobject_cast<QProgressBar *>(m_table->cellWidget(index, ProgressColumn)))
        bar->setValue(done ? 1000 : int(share * 1000));
    const bool moving = e.transfer && e.speed > 0 && !done;
    set(SpeedColumn, moving ? tr("%1/s").arg(byteSize(e.speed)) : QString());
    set(TimeLeftColumn, moving ? duration(double(e.record.size - e.sent) / e.speed) : QString());
    const QString problem = e.error.isError() ? e.error.text : e.record.lastError;
    const QTableWidgetItem *before = m_table->item(index, ProblemColumn);
    const bool changed = !before || before->text() != problem;
    set(ProblemColumn, problem, e.error.detail); // the technical detail stays behind the tooltip
    if (changed)
        m_table->resizeRowToContents(index);
}

void UploadsDock::updateTotals()
{
    if (!m_queue) {
        m_total->setText(tr("Nothing is being uploaded."));
        return;
    }
    const UploadQueue::Totals t = m_queue->totals();
    const QString eta = t.etaSeconds < 0 ? tr("unknown") : duration(t.etaSeconds);
    m_total->setText(tr("%1 of %2 files received, %3 of %4, %5/s, time left: %6")
                         .arg(t.done)
                         .arg(t.files)
                         .arg(byteSize(double(t.sent)), byteSize(double(t.bytes)), byteSize(t.speed), eta));
}

void UploadsDock::showNotice(const QString &text, bool attention, const QString &detail)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(attention ? u"color: #a40000; font-weight: bold;"_s : QString());
    m_noticeDetail->setText(detail);
    m_noticeDetails->setChecked(false);
    m_noticeDetails->setVisible(!detail.isEmpty());
}

// The notice when every file of a batch is received, or when some need attention; the dock comes forward.
void UploadsDock::showBatchFinished(qint64 batchId, bool complete)
{
    QString name;
    for (int i = 0; i < m_queue->count() && name.isEmpty(); ++i)
        if (m_queue->entry(i).record.batchId == batchId)
            for (const auto &[key, value] : m_queue->entry(i).metadata)
                if (key == "batch")
                    name = value;
    showNotice(complete
                   ? tr("The batch \"%1\" was received completely.").arg(name)
                   : tr("The batch \"%1\" needs attention: some files could not be uploaded. The Problem "
                        "column says why; select them and press Resume to try again.")
                         .arg(name),
               !complete);
    show();
    raise();
}

void UploadsDock::showPreparation(const QString &text, int permille)
{
    m_prepareLabel->setText(text);
    m_prepareBar->setValue(permille);
    m_prepareCancel->setEnabled(true);
    m_preparation->show();
}

void UploadsDock::hidePreparation()
{
    m_preparation->hide();
}
