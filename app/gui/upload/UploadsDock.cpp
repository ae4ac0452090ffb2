#include "UploadsDock.h"

#include "upload/UploadQueue.h"

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
QString byteSize(double bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

UploadsDock::UploadsDock(QWidget *parent)
    : QDockWidget(tr("Uploads"), parent), m_table(new QTableWidget(0, 5)), m_total(new QLabel),
      m_notice(new QLabel), m_upload(new QPushButton(tr("Upload batch…"))),
      m_targets(new QPushButton(tr("Upload targets…"))), m_pause(new QPushButton(tr("Pause"))),
      m_resume(new QPushButton(tr("Resume"))), m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(u"uploadsDock"_s);
    m_table->setObjectName(u"uploadsTable"_s);
    m_total->setObjectName(u"uploadsTotal"_s);
    m_notice->setObjectName(u"uploadsNotice"_s);
    m_upload->setObjectName(u"uploadBatchButton"_s);
    m_targets->setObjectName(u"uploadTargetsButton"_s);
    m_pause->setObjectName(u"uploadPauseButton"_s);
    m_resume->setObjectName(u"uploadResumeButton"_s);
    m_cancel->setObjectName(u"uploadCancelButton"_s);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("State"), tr("Progress"), tr("Speed"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notice->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_upload, m_targets, m_pause, m_resume, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_table);
    layout->addWidget(m_total);
    setWidget(box);
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
    updateTotals();
}

void UploadsDock::setQueue(UploadQueue *queue)
{
    m_queue = queue;
    connect(queue, &UploadQueue::entryChanged, this, [this](int index) {
        if (index >= m_table->rowCount())
            rebuild();
        updateRow(index);
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
    rebuild();
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
        if (!m_table->cellWidget(i, 2)) {
            auto *bar = new QProgressBar;
            bar->setRange(0, 1000);
            m_table->setCellWidget(i, 2, bar);
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
    set(0, e.record.bagPath);
    set(1, stateText(index));
    const double share = e.record.size > 0 ? double(e.sent) / double(e.record.size) : (e.sent >= 0 ? 1 : 0);
    if (auto *bar = qobject_cast<QProgressBar *>(m_table->cellWidget(index, 2)))
        bar->setValue(e.record.state == "done"_L1 ? 1000 : int(share * 1000));
    set(3, e.transfer && e.speed > 0 ? tr("%1/s").arg(byteSize(e.speed)) : QString());
    const QString problem = e.error.isError() ? e.error.text : e.record.lastError;
    set(4, problem, e.error.detail); // the technical detail stays behind the tooltip
}

void UploadsDock::updateTotals()
{
    if (!m_queue) {
        m_total->setText(tr("Nothing is being uploaded."));
        return;
    }
    const UploadQueue::Totals t = m_queue->totals();
    const QString eta = t.etaSeconds < 0 ? tr("unknown") : tr("%n second(s)", nullptr, qRound(t.etaSeconds));
    m_total->setText(tr("%1 of %2 files received, %3 of %4, %5/s, time left: %6")
                         .arg(t.done)
                         .arg(t.files)
                         .arg(byteSize(double(t.sent)), byteSize(double(t.bytes)), byteSize(t.speed), eta));
}

void UploadsDock::showNotice(const QString &text, bool attention)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(attention ? u"color: #a40000; font-weight: bold;"_s : QString());
}
