#include "fix/Loudness.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString baseFilter()
{
    return u"loudnorm=I=%1:TP=%2:LRA=%3"_s.arg(Loudness::targetLufs)
        .arg(Loudness::truePeak)
        .arg(Loudness::range);
}
} // namespace

QJsonObject Loudness::report(const QByteArray &errorOutput)
{
    const qsizetype end = errorOutput.lastIndexOf('}');
    const qsizetype start = end < 0 ? -1 : errorOutput.lastIndexOf('{', end);
    if (start < 0)
        return {};
    return QJsonDocument::fromJson(errorOutput.mid(start, end - start + 1)).object();
}

bool Loudness::measure(const QString &input, const FfmpegProcess::Options &options, Measurement *out,
                       QString *error)
{
    const FfmpegProcess::Result r =
        FfmpegProcess::run({u"-i"_s, input, u"-map"_s, u"0:a:0"_s, u"-af"_s,
                            baseFilter() + u":print_format=json"_s, u"-f"_s, u"null"_s, u"-"_s},
                           options);
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    const QJsonObject o = report(r.errorOutput);
    out->integrated = o.value("input_i"_L1).toString();
    out->truePeak = o.value("input_tp"_L1).toString();
    out->range = o.value("input_lra"_L1).toString();
    out->threshold = o.value("input_thresh"_L1).toString();
    out->offset = o.value("target_offset"_L1).toString();
    bool numbers = true;
    for (const QString *v : {&out->integrated, &out->truePeak, &out->range, &out->threshold, &out->offset}) {
        bool ok = false;
        v->toDouble(&ok);
        numbers = numbers && ok;
    }
    if (!numbers) {
        // silence measures as -inf: no gain can make it louder
        *error = tr("The loudness could not be measured (is the sound silent?).");
        return false;
    }
    return true;
}

QString Loudness::secondPassFilter(const Measurement &m)
{
    return baseFilter() +
           u":measured_I=%1:measured_TP=%2:measured_LRA=%3:measured_thresh=%4:offset=%5:linear=true"
           u":print_format=json"_s.arg(m.integrated, m.truePeak, m.range, m.threshold, m.offset);
}

bool Loudness::stayedLinear(const QByteArray &errorOutput)
{
    return report(errorOutput).value("normalization_type"_L1).toString() == "linear"_L1;
}
