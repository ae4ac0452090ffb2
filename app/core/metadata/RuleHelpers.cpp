#include "metadata/RuleHelpers.h"

#include <QHash>

#include <mutex>

QRegularExpression cachedPattern(const QString &pattern)
{
    static std::mutex lock;
    static QHash<QString, QRegularExpression> compiled;
    std::lock_guard guard(lock);
    auto it = compiled.find(pattern);
    if (it == compiled.end()) {
        QRegularExpression re(pattern);
        re.optimize();
        it = compiled.insert(pattern, re);
    }
    return it.value();
}
