#pragma once

#include <QElapsedTimer>
#include <QMutex>

// A token bucket shared by all transfers of a queue: at most `bytesPerSecond` in all (0: no limit), with a
// burst of a quarter second. take() hands out what is available now; waitMs() says when more will be.
class RateLimiter
{
public:
    void setLimit(qint64 bytesPerSecond);
    qint64 limit() const;
    qint64 take(qint64 wanted);
    int waitMs() const;

private:
    void refill();
    mutable QMutex m_mutex;
    qint64 m_limit = 0;
    double m_tokens = 0;
    QElapsedTimer m_clock;
};
