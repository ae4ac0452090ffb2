#include "fix/FixPlanner.h"

#include <QJsonArray>

extern "C" {
#include <libavcodec/avcodec.h>
}

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// The audio resource plan: copy the stream into the required format when it passes, else encode it with the
// profile's encoder at the source rate raised to the profile's minimum, with the profile's channels.

namespace {
QJsonObject ruleOf(const QJsonObject &section, const char *id)
{
    const bool listed = section.value("rules"_L1).toArray().contains(QJsonValue(QLatin1String(id)));
    return listed ? section.value(QLatin1String(id)).toObject() : QJsonObject();
}

// The rates the encoder takes (libavcodec's list), or common rates when it does not say.
QList<int> encoderRates(const QString &encoder)
{
    QList<int> rates;
    const AVCodec *codec = avcodec_find_encoder_by_name(encoder.toLatin1().constData());
    if (codec && codec->supported_samplerates)
        for (const int *r = codec->supported_samplerates; *r != 0; ++r)
            rates.append(*r);
    if (rates.isEmpty())
        rates = {8000, 11025, 16000, 22050, 32000, 44100, 48000, 88200, 96000};
    std::sort(rates.begin(), rates.end());
    return rates;
}

// The source rate when the encoder takes it and the profile allows it, else the lowest rate the encoder
// takes at or above the profile's minimum (and not above its maximum); -1 when there is none.
int targetSampleRate(int source, const QJsonObject &rule, const QList<int> &rates)
{
    const int min = rule.value("min_hz"_L1).toInt(0);
    const int max = rule.value("max_hz"_L1).toInt(-1);
    const auto fits = [&](int r) { return r >= min && (max < 0 || r <= max); };
    if (fits(source) && rates.contains(source))
        return source;
    for (int r : rates)
        if (r >= std::max(min, std::min(source, max < 0 ? source : max)) && fits(r))
            return r;
    for (int r : rates)
        if (fits(r))
            return r;
    return -1;
}

// A constant bitrate of at least the minimum, and near the source's when that is higher (up to 320 kbit/s).
int targetBitrate(const MediaFacts &f)
{
    const bool lossless = f.audio.first().bitDepth > 0;
    qint64 wanted = lossless ? 192000 : f.bitRate;
    wanted = std::clamp<qint64>(wanted, FixPlanner::mp3MinBitrate, 320000);
    for (int b : {128000, 160000, 192000, 224000, 256000, 320000})
        if (b >= wanted)
            return b;
    return 320000;
}
} // namespace

FixPlan FixPlanner::planAudio(const FixSource &s, const QJsonObject &section, const FixOptions &o)
{
    const MediaFacts &f = s.facts;
    FixPlan plan;
    plan.kind = u"audio"_s;
    plan.duration = f.duration;
    const QStringList formats = ruleOf(section, "container").value("formats"_L1).toVariant().toStringList();
    plan.suffix = formats.isEmpty() ? u"mp3"_s : formats.first();
    if (!f.hasAudio()) {
        plan.blocker = tr("there is no sound in this file");
        return plan;
    }
    const MediaFacts::Audio &a = f.audio.first();
    const QJsonObject codecRule = ruleOf(section, "audio_codec");
    const QString encoder = codecRule.value("encoder"_L1).toString(u"libmp3lame"_s);
    const QJsonObject channelRule = ruleOf(section, "channels");
    const int channels = channelRule.value("exact"_L1).toInt(a.channels);
    const int rate = targetSampleRate(a.sampleRate, ruleOf(section, "sample_rate"), encoderRates(encoder));
    if (rate < 0) {
        plan.blocker = tr("the encoder %1 takes no sample rate the standard allows").arg(encoder);
        return plan;
    }
    const auto failed = [&](const char *id) {
        return s.report.status(QLatin1String(id)) != CheckResult::Status::Pass;
    };
    const bool streamPasses = !failed("audio_codec") && !failed("sample_rate") && !failed("channels") &&
                              !failed("bit_depth") && !o.loudness;
    plan.maps = {u"-map"_s, u"0:%1"_s.arg(a.index)};
    plan.muxOptions = {u"-map_metadata"_s, u"0"_s, u"-f"_s, plan.suffix};
    if (plan.suffix == "mp3"_L1)
        plan.muxOptions = QStringList{u"-id3v2_version"_s, u"3"_s} + plan.muxOptions;
    const double duration = std::max(f.duration, 0.0);
    if (streamPasses) {
        plan.action = failed("container") ? FixPlan::Action::Remux : FixPlan::Action::Nothing;
        plan.audioOptions = {u"-c:a"_s, u"copy"_s};
        if (plan.action == FixPlan::Action::Remux)
            plan.changes.append(tr("The sound is kept exactly as it is and put into a plain %1 file.")
                                    .arg(plan.suffix.toUpper()));
        plan.estimatedBytes = f.fileSize;
        plan.estimatedSeconds = 0.3 + double(f.fileSize) / 150e6;
        return plan;
    }
    plan.action = FixPlan::Action::ConvertAudio;
    plan.loudness = o.loudness;
    const int bitrate = targetBitrate(f);
    plan.audioOptions = {u"-c:a"_s, encoder,
                         u"-ar"_s,  QString::number(rate),
                         u"-ac"_s,  QString::number(channels),
                         u"-b:a"_s, QString::number(bitrate)};
    plan.changes.append(tr("The sound (%1, %2 Hz, %n channel(s)) is converted to %3 at %4 Hz, %5 kbit/s.",
                           nullptr, a.channels)
                            .arg(a.codec.toUpper())
                            .arg(a.sampleRate)
                            .arg(plan.suffix.toUpper())
                            .arg(rate)
                            .arg(bitrate / 1000));
    if (rate > a.sampleRate)
        plan.changes.append(
            tr("The sample rate is raised to %1 Hz as the standard asks; this does not bring back "
               "treble the recording never had.")
                .arg(rate));
    if (a.channels == 1 && channels == 2)
        plan.changes.append(tr("Mono sound is played on both sides (stereo)."));
    if (o.loudness)
        plan.changes.append(tr("The loudness is evened out to the broadcast standard (EBU R128, −23 LUFS)."));
    plan.estimatedBytes = qint64(double(bitrate) * duration / 8) + 4096;
    plan.estimatedSeconds = 0.5 + duration / 40 * (o.loudness ? 2 : 1);
    plan.details.append(u"ffmpeg "_s + plan.arguments(u"IN"_s, u"OUT."_s + plan.suffix).join(u' '));
    return plan;
}
