#include "upload/BackgroundSha256.h"

BackgroundSha256::BackgroundSha256() : m_thread([this](std::stop_token stop) { run(stop); }) {}

BackgroundSha256::~BackgroundSha256()
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_queuedBytes = 0;
    }
    m_thread.request_stop(); // wakes the thread through m_changed's stop token
    m_thread.join();
}

void BackgroundSha256::add(const QByteArray &piece, qsizetype from)
{
    const qint64 size = piece.size() - from;
    if (size <= 0)
        return;
    std::unique_lock lock(m_mutex);
    // A piece larger than the bound still goes in once nothing else waits.
    m_changed.wait(lock, [&] { return m_queuedBytes == 0 || m_queuedBytes + size <= kMaxQueued; });
    m_queue.push_back({piece, from});
    m_queuedBytes += size;
    m_peakQueued = std::max(m_peakQueued, m_queuedBytes);
    m_changed.notify_all();
}

QString BackgroundSha256::finishHex()
{
    std::unique_lock lock(m_mutex);
    waitUntilIdle(lock);
    const QString hex = m_hash.hex();
    m_hash.reset();
    return hex;
}

void BackgroundSha256::discard()
{
    std::unique_lock lock(m_mutex);
    m_queue.clear();
    m_queuedBytes = 0;
    waitUntilIdle(lock);
    m_hash.reset();
    m_changed.notify_all();
}

qint64 BackgroundSha256::peakQueuedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_peakQueued;
}

void BackgroundSha256::waitUntilIdle(std::unique_lock<std::mutex> &lock)
{
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_hashing; });
}

void BackgroundSha256::run(std::stop_token stop)
{
    std::unique_lock lock(m_mutex);
    while (m_changed.wait(lock, stop, [this] { return !m_queue.empty(); })) {
        const Piece piece = std::move(m_queue.front());
        m_queue.pop_front();
        m_hashing = true;
        lock.unlock();
        m_hash.update(piece.bytes.constData() + piece.from, piece.bytes.size() - piece.from);
        lock.lock();
        m_hashing = false;
        m_queuedBytes -= piece.bytes.size() - piece.from;
        m_changed.notify_all();
    }
}
