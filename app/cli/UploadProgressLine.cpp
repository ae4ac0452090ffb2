#include "UploadProgressLine.h"

#include "CliSupport.h"

#include "upload/UploadQueue.h"

#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString size(double bytes)
{
    return QLocale::c().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

UploadProgressLine::UploadProgressLine(UploadQueue *queue, bool show) : m_queue(queue), m_show(show)
{
    connect(queue, &UploadQueue::progressChanged, this, &UploadProgressLine::draw);
    connect(queue, &UploadQueue::entryChanged, this, &UploadProgressLine::entryChanged);
    connect(queue, &UploadQueue::offlineChanged, this, [this](bool offline) {
        if (m_show)
            CliSupport::err(offline ? tr("\nupload: the network is away; waiting for it to come back")
                                    : tr("\nupload: the network is back; resuming"));
    });
}

void UploadProgressLine::draw()
{
    if (!m_show)
        return;
    const UploadQueue::Totals t = m_queue->totals();
    const QString line = tr("%1/%2 files  %3 / %4  %5/s  ETA %6")
                             .arg(t.done)
                             .arg(t.files)
                             .arg(size(double(t.sent)), size(double(t.bytes)), size(t.speed))
                             .arg(t.etaSeconds < 0 ? u"?"_s : u"%1 s"_s.arg(qRound(t.etaSeconds)));
    std::fprintf(stderr, "\r%s   ", line.toUtf8().constData());
    std::fflush(stderr);
    m_drawn = true;
}

void UploadProgressLine::entryChanged(int index)
{
    const QueueEntry &e = m_queue->entry(index);
    if (!m_show)
        return;
    if (e.record.state == "failed"_L1 || (e.error.isError() && e.transfer))
        CliSupport::err(u"\n"_s + tr("%1: %2").arg(e.record.bagPath,
                                                   e.error.isError() ? e.error.text : e.record.lastError));
}

void UploadProgressLine::finish()
{
    if (m_show && m_drawn) {
        draw();
        std::fprintf(stderr, "\n");
    }
}

void UploadProgressLine::summarise()
{
    const UploadQueue::Totals t = m_queue->totals();
    if (t.done == t.files && t.files > 0)
        CliSupport::out(tr("Uploaded %n file(s), %1; the server acknowledged every one.", nullptr, t.files)
                            .arg(size(double(t.bytes))));
    else
        CliSupport::err(tr("upload: %1 of %2 files acknowledged; %3 failed. Run the same command again to "
                           "resume.")
                            .arg(t.done)
                            .arg(t.files)
                            .arg(t.failed));
    for (int i = 0; i < m_queue->count(); ++i) {
        const QueueEntry &e = m_queue->entry(i);
        if (e.record.state == "failed"_L1)
            CliSupport::err(tr("  %1: %2").arg(e.record.bagPath, e.record.lastError));
    }
}
