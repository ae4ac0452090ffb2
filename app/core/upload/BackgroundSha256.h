#pragma once

#include "package/Sha256.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

// SHA-256 of a stream of pieces, computed on a thread of its own in the order the pieces are given, so that
// the thread that reads and sends them does not wait for the hash. A piece is kept by reference (QByteArray
// shares its bytes), never copied. At most kMaxQueued bytes wait: add() blocks beyond that, so memory stays
// bounded however fast pieces come. Used from one thread at a time.
class BackgroundSha256
{
public:
    BackgroundSha256();
    ~BackgroundSha256(); // drops what waits and joins the thread
    BackgroundSha256(const BackgroundSha256 &) = delete;
    BackgroundSha256 &operator=(const BackgroundSha256 &) = delete;

    // Hashes piece[from..] after every piece added before it.
    void add(const QByteArray &piece, qsizetype from = 0);
    // Waits until every piece is hashed and returns the digest (64 lower-case hex digits); the hash then
    // starts over.
    QString finishHex();
    // Forgets every piece and the hash so far; the hash starts over.
    void discard();
    // The most bytes that ever waited at once (for tests of the bound).
    qint64 peakQueuedBytes() const;

    static constexpr qint64 kMaxQueued = qint64(8) << 20;

private:
    struct Piece
    {
        QByteArray bytes;
        qsizetype from = 0;
    };
    void run(std::stop_token stop);
    void waitUntilIdle(std::unique_lock<std::mutex> &lock);

    mutable std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<Piece> m_queue;
    qint64 m_queuedBytes = 0;
    qint64 m_peakQueued = 0;
    bool m_hashing = false; // the thread holds a piece outside the queue
    Sha256 m_hash;          // touched by the thread only, but for finishHex()/discard() once it is idle
    std::jthread m_thread;  // last: started once the members above exist
};
