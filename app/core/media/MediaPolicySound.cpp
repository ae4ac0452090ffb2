#include "media/MediaPolicy.h"
#include "media/MediaPolicySupport.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace PolicySupport;

// The sound rules: sample rate, bit depth and channels.

CheckResult MediaPolicy::sampleRate(const MediaFacts &f, const QJsonObject &section)
{
    const QString id = u"sample_rate"_s;
    const QJsonObject rule = ruleOf(section, "sample_rate");
    const int min = rule.value("min_hz"_L1).toInt();
    const int max = rule.value("max_hz"_L1).toInt(-1);
    const QString expected = max > 0 ? tr("%1–%2 Hz").arg(min).arg(max) : tr("≥ %1 Hz").arg(min);
    if (f.audio.isEmpty())
        return make(id, Status::Fail, expected, tr("no audio"), tr("There is no audio to measure."));
    const int rate = f.audio.first().sampleRate;
    const QString actual = tr("%1 Hz").arg(rate);
    if (rate < min)
        return make(id, Status::Fail, expected, actual, tr("The sample rate is below %1 Hz.").arg(min),
                    tr("Export again from the original at %1 Hz or more; resampling up does not restore "
                       "the lost treble.")
                        .arg(min));
    if (max > 0 && rate > max)
        return make(id, Status::Fail, expected, actual, tr("The sample rate is above %1 Hz.").arg(max),
                    tr("Resample to %1 Hz or less, e.g. ffmpeg -i IN -ar %1 … (the encoder as in the "
                       "container hint).")
                        .arg(max));
    return make(id, Status::Pass, expected, actual,
                max > 0 ? tr("The sample rate is within the range.") : tr("The sample rate is high enough."));
}

CheckResult MediaPolicy::bitDepth(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"bit_depth"_s;
    const int min = rule.value("min_bits"_L1).toInt();
    const QString expected = tr("≥ %1 bits").arg(min);
    if (f.audio.isEmpty())
        return make(id, Status::Fail, expected, tr("no audio"), tr("There is no audio to measure."));
    const auto &a = f.audio.first();
    if (a.bitDepth < 0)
        return make(
            id, Status::Pass, expected, tr("decoded at %1 bits or more").arg(min),
            tr("%1 stores no bit depth; it decodes at %2 bits or more.").arg(a.codec.toUpper()).arg(min));
    const QString actual = tr("%1 bits").arg(a.bitDepth);
    if (a.bitDepth < min)
        return make(id, Status::Fail, expected, actual, tr("The samples have fewer than %1 bits.").arg(min),
                    tr("Export again from the original at %1 bits or more.").arg(min));
    return make(id, Status::Pass, expected, actual, tr("The bit depth is enough."));
}

CheckResult MediaPolicy::channels(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"channels"_s;
    const int exact = rule.value("exact"_L1).toInt();
    const QString layout = rule.value("layout"_L1).toString();
    const QString expected = u"%1 (%2)"_s.arg(exact).arg(layout);
    if (f.audio.isEmpty())
        return make(id, Status::Fail, expected, tr("no audio"), tr("There is no audio to measure."));
    const auto &a = f.audio.first();
    const QString actual = a.channelLayout.isEmpty() ? QString::number(a.channels)
                                                     : u"%1 (%2)"_s.arg(a.channels).arg(a.channelLayout);
    if (a.channels != exact)
        return make(
            id, Status::Fail, expected, actual,
            tr("The sound has %n channel(s); the standard asks for %1.", nullptr, a.channels).arg(expected),
            tr("Export again from the original with %1 channel(s) (%2), e.g. ffmpeg -i IN -ac %1 …")
                .arg(exact)
                .arg(layout));
    return make(id, Status::Pass, expected, actual,
                tr("The sound has %1 channel(s) (%2).").arg(exact).arg(layout));
}
