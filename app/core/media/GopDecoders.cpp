#include "media/GopDecoders.h"

#include "media/AvInput.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {
struct CodecDeleter
{
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};

double toSeconds(int64_t ts, AVRational tb)
{
    return ts == AV_NOPTS_VALUE ? -1.0 : double(ts) * av_q2d(tb);
}

QString damagedText()
{
    return QCoreApplication::translate("DeepCheck", "damaged picture or sound (concealed by the decoder)");
}
} // namespace

struct GopDecoders::Worker
{
    std::unique_ptr<AVCodecContext, CodecDeleter> codec;
    AVRational timeBase{0, 1};
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<AVPacket *> queue; // nullptr: the end of a range
    std::atomic<qint64> bytes{0}; // read by the reader without the lock (is another worker short of work?)
    std::atomic<int> items{0};
    bool quit = false;
    // Written by the worker, read after it was joined.
    QList<Error> errors;
    int errorCount = 0;
    qint64 frames = 0;
    double until = 0;
};

bool GopDecoders::suits(const AVCodecParameters *par)
{
    return par->codec_id == AV_CODEC_ID_H264 && par->extradata_size >= 7 && par->extradata[0] == 1;
}

bool GopDecoders::startsIdr(const AVPacket *packet, int lengthSize)
{
    qint64 pos = 0;
    while (pos + lengthSize < packet->size) {
        quint32 length = 0;
        for (int i = 0; i < lengthSize; ++i)
            length = (length << 8) | packet->data[pos + i];
        const int type = packet->data[pos + lengthSize] & 0x1f;
        if (type == 5)
            return true;
        if (type >= 1 && type <= 4)
            return false; // a slice of a picture that may refer to earlier ones
        pos += lengthSize + qint64(length);
    }
    return false;
}

GopDecoders::GopDecoders() = default;

GopDecoders::~GopDecoders()
{
    stop();
}

bool GopDecoders::open(const AVCodecParameters *par, AVRational timeBase, int workers, qint64 maxPixels,
                       qint64 queueBytes, qint64 idleQueueBytes)
{
    m_lengthSize = (par->extradata[4] & 3) + 1;
    m_queueBytes = qMax<qint64>(1 << 20, queueBytes);
    m_idleQueueBytes = qMax(m_queueBytes, idleQueueBytes);
    const AVCodec *decoder = avcodec_find_decoder(par->codec_id);
    for (int i = 0; i < workers; ++i) {
        auto worker = std::make_unique<Worker>();
        worker->codec.reset(decoder ? avcodec_alloc_context3(decoder) : nullptr);
        AVCodecContext *c = worker->codec.get();
        if (!c || avcodec_parameters_to_context(c, par) < 0)
            return false;
        c->thread_count = 1;
        c->max_pixels = maxPixels;
        c->skip_loop_filter = AVDISCARD_ALL; // cannot reveal damage (see DeepCheck)
        c->pkt_timebase = timeBase;
        if (avcodec_open2(c, decoder, nullptr) < 0)
            return false;
        worker->timeBase = timeBase;
        m_workers.push_back(std::move(worker));
    }
    for (auto &worker : m_workers)
        worker->thread = std::thread([this, w = worker.get()] { run(*w); });
    return true;
}

// Waits until the worker's queue has room: queueBytes, or idleQueueBytes while another worker has nothing
// queued (it would otherwise wait for this range to be read before its own comes).
void GopDecoders::enqueue(Worker &worker, AVPacket *packet)
{
    const qint64 size = packet ? packet->size : 0;
    const auto anotherIsIdle = [&] {
        for (const auto &other : m_workers)
            if (other.get() != &worker && other->items.load() == 0)
                return true;
        return false;
    };
    const auto fits = [&] {
        const qint64 limit = anotherIsIdle() ? m_idleQueueBytes : m_queueBytes;
        return m_stop || worker.bytes == 0 || worker.bytes + size <= limit;
    };
    std::unique_lock lock(worker.mutex);
    while (!worker.changed.wait_for(lock, std::chrono::milliseconds(5), fits)) {
    } // (another worker running dry does not signal this one: looked at again every 5 ms)
    if (m_stop) {
        av_packet_free(&packet);
        return;
    }
    worker.queue.push_back(packet);
    worker.bytes += size;
    ++worker.items;
    worker.changed.notify_all();
}

bool GopDecoders::push(const AVPacket *packet)
{
    if (m_stop || m_workers.empty())
        return false;
    if (startsIdr(packet, m_lengthSize)) {
        if (m_started) { // the range before ends here: its worker flushes, the next worker takes over
            enqueue(*m_workers[m_current], nullptr);
            m_current = (m_current + 1) % m_workers.size();
        }
        m_started = true;
    }
    enqueue(*m_workers[m_current], av_packet_clone(packet));
    return !m_stop;
}

void GopDecoders::run(Worker &worker)
{
    AVFrame *frame = av_frame_alloc();
    auto drain = [&] {
        for (;;) {
            const int rc = avcodec_receive_frame(worker.codec.get(), frame);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return;
            if (rc < 0) {
                ++worker.errorCount;
                worker.errors.append({-1, AvInput::errorText(rc)});
                return;
            }
            const double t = toSeconds(frame->best_effort_timestamp, worker.timeBase);
            if (frame->decode_error_flags || (frame->flags & AV_FRAME_FLAG_CORRUPT)) {
                ++worker.errorCount;
                worker.errors.append({t, damagedText()});
            }
            ++worker.frames;
            worker.until = qMax(worker.until, t);
            av_frame_unref(frame);
        }
    };
    for (;;) {
        AVPacket *packet = nullptr;
        {
            std::unique_lock lock(worker.mutex);
            worker.changed.wait(lock, [&] { return m_stop || worker.quit || !worker.queue.empty(); });
            if (m_stop || worker.queue.empty())
                break;
            packet = worker.queue.front();
            worker.queue.pop_front();
            worker.bytes -= packet ? packet->size : 0;
            --worker.items;
            worker.changed.notify_all();
        }
        if (!packet) { // the end of a range: every frame out, then ready for the next IDR
            avcodec_send_packet(worker.codec.get(), nullptr);
            drain();
            avcodec_flush_buffers(worker.codec.get());
            continue;
        }
        const int sent = avcodec_send_packet(worker.codec.get(), packet);
        if (sent < 0 && sent != AVERROR(EAGAIN)) {
            ++worker.errorCount;
            worker.errors.append({toSeconds(packet->pts, worker.timeBase), AvInput::errorText(sent)});
        }
        av_packet_free(&packet);
        drain();
    }
    av_frame_free(&frame);
}

void GopDecoders::finish()
{
    if (m_started && !m_stop)
        enqueue(*m_workers[m_current], nullptr);
    for (auto &worker : m_workers) {
        {
            std::lock_guard lock(worker->mutex);
            worker->quit = true;
        }
        worker->changed.notify_all();
    }
    for (auto &worker : m_workers)
        if (worker->thread.joinable())
            worker->thread.join();
}

void GopDecoders::stop()
{
    m_stop = true;
    for (auto &worker : m_workers) {
        std::lock_guard lock(worker->mutex);
        worker->changed.notify_all();
    }
    for (auto &worker : m_workers) {
        if (worker->thread.joinable())
            worker->thread.join();
        for (AVPacket *packet : worker->queue)
            av_packet_free(&packet);
        worker->queue.clear();
    }
}

qint64 GopDecoders::frames() const
{
    qint64 n = 0;
    for (const auto &worker : m_workers)
        n += worker->frames;
    return n;
}

double GopDecoders::decodedUntil() const
{
    double t = 0;
    for (const auto &worker : m_workers)
        t = qMax(t, worker->until);
    return t;
}

int GopDecoders::errorCount() const
{
    int n = 0;
    for (const auto &worker : m_workers)
        n += worker->errorCount;
    return n;
}

QList<GopDecoders::Error> GopDecoders::errors() const
{
    QList<Error> all;
    for (const auto &worker : m_workers)
        all += worker->errors;
    std::stable_sort(all.begin(), all.end(), [](const Error &a, const Error &b) { return a.time < b.time; });
    return all;
}
