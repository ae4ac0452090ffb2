#include "media/MediaCheck.h"

#include "media/DeepCheck.h"
#include "media/MediaPolicy.h"
#include "media/MediaProbe.h"

using namespace Qt::StringLiterals;

CheckReport MediaCheck::checkFile(const QString &path, const QJsonObject &technical, const Options &options)
{
    MediaFacts facts;
    QString error;
    MediaProbe::Options probeOptions;
    probeOptions.cancel = options.cancel;
    if (!MediaProbe::probe(path, &facts, &error, probeOptions))
        return CheckReport::unreadable(path, options.kind, error);
    CheckReport report = MediaPolicy::evaluate(facts, technical, options.kind);
    if (!options.deep) {
        if (options.progress)
            options.progress(1.0);
        return report;
    }
    DeepCheck::Options deepOptions;
    deepOptions.threads = options.deepThreads;
    deepOptions.cancel = options.cancel;
    if (options.progress)
        deepOptions.progress = [&options](double f) { options.progress(0.02 + 0.98 * f); };
    DeepCheck::Result result;
    if (!DeepCheck::run(path, &result, &error, deepOptions)) {
        if (result.cancelled)
            return report; // the quick check stands; the deep part simply did not run
        return CheckReport::unreadable(path, report.type, error);
    }
    DeepCheck::apply(result, &report);
    return report;
}
