#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
}

// The deep check's H.264 video decoded range by range: every range starts at an IDR access unit (nothing
// after it refers to a picture before it), so ranges decode independently, each on a worker thread with a
// single-threaded decoder of its own. No frame-thread synchronisation, and every slice is still fully
// decoded. Packets reach a worker through a queue bounded in bytes; the caller blocks while it is full.
// Only for length-prefixed H.264 (MP4/MOV "avcC"); a stream without a later IDR stays on one worker.
class GopDecoders
{
public:
    struct Error
    {
        double time = -1;
        QString message;
    };

    // True for H.264 whose extradata is an avcC record (NAL units prefixed by their length).
    static bool suits(const AVCodecParameters *par);
    // True when the packet holds an IDR slice (NAL unit type 5) before any other slice.
    static bool startsIdr(const AVPacket *packet, int lengthSize);

    GopDecoders();
    ~GopDecoders(); // stops and joins the workers
    GopDecoders(const GopDecoders &) = delete;
    GopDecoders &operator=(const GopDecoders &) = delete;

    // `workers` decoders for the stream, each refusing pictures over maxPixels; false when one does not open.
    // Each holds up to queueBytes of packets, or idleQueueBytes while another worker has nothing queued.
    bool open(const AVCodecParameters *par, AVRational timeBase, int workers, qint64 maxPixels,
              qint64 queueBytes, qint64 idleQueueBytes);
    // Hands a reference to the packet to the worker of its range (a new range at an IDR). False when
    // stopped.
    bool push(const AVPacket *packet);
    // Ends the last range and waits for every worker.
    void finish();
    // Stops the workers at once (cancel, time limit); queued packets are dropped.
    void stop();

    qint64 frames() const;
    double decodedUntil() const;
    int errorCount() const;
    QList<Error> errors() const; // by time

private:
    struct Worker;
    void run(Worker &worker);
    void enqueue(Worker &worker, AVPacket *packet);

    std::vector<std::unique_ptr<Worker>> m_workers;
    size_t m_current = 0;
    bool m_started = false;
    int m_lengthSize = 4;
    qint64 m_queueBytes = 0;
    qint64 m_idleQueueBytes = 0;
    std::atomic_bool m_stop{false};
};
