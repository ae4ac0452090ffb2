#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

#include <random>

// Delays between retries: exponential from `base` seconds, capped at `cap`, with full jitter (a random share
// between half and all of the step) so that many clients do not come back at the same moment. A server's
// Retry-After (seconds or an HTTP date) replaces the computed step, capped at `retryAfterCap`.
// `attempt` counts the retries of the current trouble; the transfer resets it once bytes are acknowledged.
class Backoff
{
public:
    double base = 0.5;
    double cap = 30;
    double retryAfterCap = 300;
    int maxAttempts = 10;

    bool exhausted() const { return m_attempt >= maxAttempts; }
    int attempt() const { return m_attempt; }
    void reset() { m_attempt = 0; }
    // The delay before the next try, in seconds; counts the attempt.
    double next(const QByteArray &retryAfter = {}, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Seconds from a Retry-After header, or -1 when absent or unreadable.
    static double parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    int m_attempt = 0;
    // Seeded from Qt's shared generator: a std::random_device per transfer cost more than a small upload.
    std::minstd_rand m_random{QRandomGenerator::global()->generate()};
};
