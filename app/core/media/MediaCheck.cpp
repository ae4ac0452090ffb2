#include "media/MediaCheck.h"

#include "media/DeepCheck.h"
#include "media/DocumentCheck.h"
#include "media/MediaPolicy.h"
#include "media/MediaProbe.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// "path: why" → "why" (the report names the file already).
QString withoutPath(const QString &path, const QString &error)
{
    const QString prefix = path + u": "_s;
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}
} // namespace

int MediaCheck::deepThreadsPerFile(int filesInParallel, int cores)
{
    if (filesInParallel <= 1)
        return 0;
    return qMax(1, (qMax(1, cores) + 1) / filesInParallel);
}

CheckReport MediaCheck::checkFile(const QString &path, const QJsonObject &technical, const Options &options)
{
    if (options.kind == "document"_L1 || (options.kind.isEmpty() && DocumentProbe::looksLikePdf(path))) {
        DocumentProbe::Options documentOptions;
        documentOptions.cancel = options.cancel;
        documentOptions.progress = options.progress;
        return DocumentCheck::checkFile(path, technical, documentOptions);
    }
    MediaFacts facts;
    QString error;
    MediaProbe::Options probeOptions;
    probeOptions.cancel = options.cancel;
    const QStringList codecs = DeepCheck::codecWhitelist(technical);
    probeOptions.decoderWhitelist = AvInput::decoderNames(codecs);
    MediaProbe::Failure failure = MediaProbe::Failure::None;
    if (!MediaProbe::probe(path, &facts, &error, probeOptions, &failure)) {
        if (failure != MediaProbe::Failure::Content) // I/O problem, time limit or cancel: not judged
            return CheckReport::unreadable(path, options.kind, error);
        // Read, but not a complete media file (renamed text, cut before its index, empty …): SPEC 4.1
        // integrity fails. A rule failure, not "could not run".
        CheckReport report;
        report.path = path;
        report.type = options.kind;
        report.checkedAt = QDateTime::currentDateTimeUtc();
        report.facts.insert("file_size"_L1, QFileInfo(path).size());
        report.add(MediaPolicy::integrityDamaged(withoutPath(path, error)));
        if (options.progress)
            options.progress(1.0);
        return report;
    }
    CheckReport report = MediaPolicy::evaluate(facts, technical, options.kind);
    if (!options.deep) {
        if (options.progress)
            options.progress(1.0);
        return report;
    }
    DeepCheck::Options deepOptions;
    deepOptions.threads = options.deepThreads;
    deepOptions.cancel = options.cancel;
    deepOptions.timeLimitFactor = options.deepTimeLimitFactor;
    deepOptions.minTimeLimitMs = options.deepMinTimeLimitMs;
    deepOptions.memoryBudget = options.deepMemoryBudget;
    deepOptions.codecWhitelist = codecs;
    if (options.progress)
        deepOptions.progress = [&options](double f) { options.progress(0.02 + 0.98 * f); };
    DeepCheck::Result result;
    if (!DeepCheck::run(path, &result, &error, deepOptions)) {
        if (result.cancelled)
            return report; // the quick check stands; the deep part simply did not run
        if (result.timedOut) {
            DeepCheck::apply(result, &report); // integrity: "timed out", not judged
            return report;
        }
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) // gone or locked since the probe: an I/O problem
            return CheckReport::unreadable(path, report.type, error);
        // The probe opened it but the decoder cannot: it does not decode, integrity fails.
        report.deep = true;
        report.set(MediaPolicy::integrityDamaged(tr("cannot be decoded: %1").arg(withoutPath(path, error))));
        return report;
    }
    DeepCheck::apply(result, &report);
    return report;
}
