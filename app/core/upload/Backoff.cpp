#include "upload/Backoff.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

double Backoff::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v.left(64)).chopped(4).trimmed(),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    return std::max(0.0, double(now.msecsTo(at)) / 1000.0);
}

double Backoff::next(const QByteArray &retryAfter, const QDateTime &now)
{
    const int step = m_attempt++;
    const double fromServer = parseRetryAfter(retryAfter, now);
    if (fromServer >= 0)
        return std::min(fromServer, retryAfterCap);
    const double full = std::min(cap, base * std::pow(2.0, std::min(step, 30)));
    std::uniform_real_distribution<double> share(0.5, 1.0);
    return full * share(m_random);
}
