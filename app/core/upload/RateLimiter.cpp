#include "upload/RateLimiter.h"

#include <algorithm>

void RateLimiter::setLimit(qint64 bytesPerSecond)
{
    QMutexLocker lock(&m_mutex);
    m_limit = std::max<qint64>(0, bytesPerSecond);
    m_tokens = 0;
    m_clock.start();
}

qint64 RateLimiter::limit() const
{
    QMutexLocker lock(&m_mutex);
    return m_limit;
}

void RateLimiter::refill()
{
    if (!m_clock.isValid())
        m_clock.start();
    const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
    m_clock.restart();
    m_tokens = std::min(m_tokens + seconds * double(m_limit), double(m_limit) / 4.0 + 1.0);
}

qint64 RateLimiter::take(qint64 wanted)
{
    QMutexLocker lock(&m_mutex);
    if (m_limit <= 0)
        return wanted;
    refill();
    const qint64 given = std::min<qint64>(wanted, qint64(m_tokens));
    m_tokens -= double(given);
    return given;
}

int RateLimiter::waitMs() const
{
    QMutexLocker lock(&m_mutex);
    if (m_limit <= 0)
        return 0;
    return 20; // a few refills per second keep the pace even without exact arithmetic
}
