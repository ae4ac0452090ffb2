#include "media/MediaPolicy.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using Status = CheckResult::Status;

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

CheckResult make(const QString &id, Status status, const QString &expected, const QString &actual,
                 const QString &message, const QString &hint = QString())
{
    return CheckResult{id, status, expected, actual, message, status == Status::Pass ? QString() : hint};
}

QString mbps(double bitsPerSecond)
{
    return QString::number(bitsPerSecond / 1e6, 'f', 2);
}

QString levelText(int level)
{
    return level > 0 ? u"%1.%2"_s.arg(level / 10).arg(level % 10) : u"?"_s;
}

Status statusFromConfig(const QJsonValue &value, Status fallback)
{
    const QString name = value.toString();
    return name.isEmpty() ? fallback : CheckResult::statusFromName(name);
}
} // namespace

CheckReport MediaPolicy::evaluate(const MediaFacts &facts, const QJsonObject &technical,
                                  const QString &kindIn)
{
    CheckReport report;
    report.path = facts.path;
    report.type = kindIn.isEmpty() ? facts.guessedKind() : kindIn;
    report.facts = facts.toJson();
    report.checkedAt = QDateTime::currentDateTimeUtc();
    const QJsonObject section = technical.value(report.type).toObject();
    const QStringList rules = stringList(section.value("rules"_L1));
    if (rules.isEmpty()) {
        report.error = tr("the profile has no technical rules for \"%1\" media").arg(report.type);
        return report;
    }
    for (const QString &id : rules) {
        const QJsonObject rule = section.value(id).toObject();
        if (id == "container"_L1)
            report.add(container(facts, rule, report.type));
        else if (id == "video_codec"_L1)
            report.add(videoCodec(facts, rule));
        else if (id == "audio_codec"_L1)
            report.add(audioCodec(facts, rule, report.type));
        else if (id == "resolution"_L1)
            report.add(resolution(facts, rule));
        else if (id == "frame_rate"_L1)
            report.add(frameRate(facts, rule));
        else if (id == "bitrate"_L1)
            report.add(bitrate(facts, rule));
        else if (id == "browser"_L1)
            report.add(browser(facts, rule));
        else if (id == "sample_rate"_L1)
            report.add(sampleRate(facts, rule));
        else if (id == "bit_depth"_L1)
            report.add(bitDepth(facts, rule));
        else if (id == "channels"_L1)
            report.add(channels(facts, rule));
        else if (id == "integrity"_L1)
            report.add(integrity(facts));
        else
            report.add(make(id, Status::Error, QString(), QString(),
                            tr("unknown rule \"%1\" in the profile's technical section").arg(id)));
    }
    return report;
}

CheckResult MediaPolicy::container(const MediaFacts &f, const QJsonObject &rule, const QString &kind)
{
    const QString id = u"container"_s;
    if (kind == "audio"_L1) {
        const QStringList formats = stringList(rule.value("formats"_L1));
        const QString expected = formats.join(u", "_s).toUpper();
        const QString actual = f.containerFamily.toUpper();
        if (formats.contains(f.containerFamily))
            return make(id, Status::Pass, expected, actual, tr("The file is an %1 stream.").arg(actual));
        return make(
            id, Status::Fail, expected, actual,
            tr("The file is %1 inside, whatever its name says; the standard asks for %2.")
                .arg(actual, expected),
            tr("Convert it to MP3, e.g. ffmpeg -i IN -c:a libmp3lame -b:a 192k -ar 44100 -ac 2 OUT.mp3"));
    }
    const QStringList pass = stringList(rule.value("brands_pass"_L1));
    const QStringList warn = stringList(rule.value("brands_warn"_L1));
    const QString expected = tr("MP4 (ISO base media; brand %1)").arg(pass.join(u", "_s));
    const bool iso = f.formatName.contains("mov"_L1);
    const QString brand = f.majorBrand.isEmpty() ? tr("none") : u"\"%1\""_s.arg(f.majorBrand);
    const QString actual = iso ? tr("%1 (brand %2)").arg(f.containerFamily, brand) : f.containerFamily;
    const QString hint =
        tr("Remux into MP4, e.g. ffmpeg -i IN -c copy -brand isom -movflags +faststart OUT.mp4 "
           "(re-encode if the codecs do not fit MP4)");
    if (iso && pass.contains(f.majorBrand))
        return make(id, Status::Pass, expected, actual, tr("An MP4 file (ISO base media)."));
    if (iso && warn.contains(f.majorBrand))
        return make(id, Status::Warning, expected, actual,
                    tr("An Apple M4V file: MP4 in structure, but some players treat it differently."), hint);
    return make(id, Status::Fail, expected, actual,
                tr("The file is %1 inside, not MP4, whatever its name says.").arg(actual), hint);
}

CheckResult MediaPolicy::videoCodec(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"video_codec"_s;
    const QStringList codecs = stringList(rule.value("codecs"_L1));
    const int streams = rule.value("streams"_L1).toInt(1);
    const QString expected =
        tr("%n video stream(s): %1", nullptr, streams).arg(codecs.join(u", "_s).toUpper());
    QStringList found;
    for (const auto &v : f.video)
        found.append(v.codec.toUpper());
    const QString actual = found.isEmpty() ? tr("no video") : found.join(u", "_s);
    const QString hint =
        tr("Re-encode the video as H.264, e.g. ffmpeg -i IN -c:v libx264 -pix_fmt yuv420p -c:a aac OUT.mp4");
    if (f.video.isEmpty())
        return make(id, Status::Fail, expected, actual,
                    tr("The file has no video stream (cover pictures do not count)."), hint);
    if (f.video.size() != streams)
        return make(id, Status::Fail, expected, actual,
                    tr("The file has %n video stream(s); the standard expects exactly one.", nullptr,
                       int(f.video.size())),
                    tr("Keep one video stream, e.g. ffmpeg -i IN -map 0:v:0 -map 0:a -c copy OUT.mp4"));
    for (const auto &v : f.video) {
        if (!codecs.contains(v.codec))
            return make(id, Status::Fail, expected, actual,
                        tr("The video is %1, not H.264/AVC.").arg(v.codec.toUpper()), hint);
    }
    return make(id, Status::Pass, expected, actual, tr("One H.264/AVC video stream."));
}

CheckResult MediaPolicy::audioCodec(const MediaFacts &f, const QJsonObject &rule, const QString &kind)
{
    const QString id = u"audio_codec"_s;
    const QStringList codecs = stringList(rule.value("codecs"_L1));
    const int minStreams = rule.value("min_streams"_L1).toInt(1);
    const QString expected =
        tr("at least %n audio stream(s), all %1", nullptr, minStreams).arg(codecs.join(u", "_s).toUpper());
    QStringList found;
    for (const auto &a : f.audio)
        found.append(a.profile.isEmpty() ? a.codec.toUpper()
                                         : u"%1 (%2)"_s.arg(a.codec.toUpper(), a.profile));
    const QString actual = found.isEmpty() ? tr("no audio") : found.join(u", "_s);
    const QString hint =
        kind == "audio"_L1
            ? tr("Convert it to MP3, e.g. ffmpeg -i IN -c:a libmp3lame -b:a 192k -ar 44100 -ac 2 OUT.mp3")
            : tr("Encode the sound as AAC, e.g. ffmpeg -i IN -c:v copy -c:a aac -b:a 128k OUT.mp4");
    if (f.audio.size() < minStreams)
        return make(id, Status::Fail, expected, actual,
                    f.audio.isEmpty() ? tr("The file has no audio stream.")
                                      : tr("The file has too few audio streams."),
                    kind == "audio"_L1
                        ? hint
                        : tr("Add a sound track; if the video is meant to be silent, add a silent "
                             "AAC track: ffmpeg -i IN -f lavfi -i anullsrc=r=48000:cl=stereo "
                             "-shortest -c:v copy -c:a aac OUT.mp4"));
    for (const auto &a : f.audio) {
        if (!codecs.contains(a.codec))
            return make(
                id, Status::Fail, expected, actual,
                tr("An audio stream is %1, not %2.").arg(a.codec.toUpper(), codecs.join(u", "_s).toUpper()),
                hint);
    }
    return make(id, Status::Pass, expected, actual,
                tr("Every audio stream is %1.").arg(codecs.join(u", "_s).toUpper()));
}

CheckResult MediaPolicy::resolution(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"resolution"_s;
    const int minLong = rule.value("min_long"_L1).toInt(1280);
    const int minShort = rule.value("min_short"_L1).toInt(720);
    const QString expected = tr("long side ≥ %1, short side ≥ %2 (displayed)").arg(minLong).arg(minShort);
    if (f.video.isEmpty())
        return make(id, Status::Fail, expected, tr("no video"), tr("There is no video to measure."));
    const auto &v = f.video.first();
    QString actual = u"%1×%2"_s.arg(v.displayWidth).arg(v.displayHeight);
    if (v.displayWidth != v.codedWidth || v.displayHeight != v.codedHeight || v.rotation != 0)
        actual += tr(" (stored %1×%2, SAR %3:%4, rotated %5°)")
                      .arg(v.codedWidth)
                      .arg(v.codedHeight)
                      .arg(v.sarNum)
                      .arg(v.sarDen)
                      .arg(v.rotation);
    const int longSide = qMax(v.displayWidth, v.displayHeight);
    const int shortSide = qMin(v.displayWidth, v.displayHeight);
    if (longSide < minLong || shortSide < minShort)
        return make(id, Status::Fail, expected, actual,
                    tr("The picture is smaller than %1×%2.").arg(minLong).arg(minShort),
                    tr("Export the video again from the original at 1280×720 or more; scaling up a small "
                       "picture does not add detail."));
    if (v.displayHeight > v.displayWidth)
        return make(id, Status::Warning, expected, actual,
                    tr("Portrait picture: large enough, but shown with black bars in a landscape player."),
                    tr("Check that the portrait orientation is intended."));
    return make(id, Status::Pass, expected, actual, tr("The picture is large enough."));
}

CheckResult MediaPolicy::frameRate(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"frame_rate"_s;
    const double min = rule.value("min"_L1).toDouble(25.0);
    const QString expected = tr("≥ %1 fps (average: frames ÷ duration)").arg(min, 0, 'f', 2);
    if (f.video.isEmpty())
        return make(id, Status::Fail, expected, tr("no video"), tr("There is no video to measure."));
    const auto &v = f.video.first();
    QString actual = tr("%1 fps").arg(v.averageFrameRate, 0, 'f', 2);
    if (v.variableFrameRate)
        actual += tr(" (variable; nominal %1 fps)").arg(v.nominalFrameRate, 0, 'f', 2);
    const QString vfrNote =
        v.variableFrameRate
            ? tr(" The frame rate is variable, so the file is judged by its average, not its nominal rate.")
            : QString();
    const double rounded = std::round(v.averageFrameRate * 100.0) / 100.0;
    if (rounded + 1e-9 < min)
        return make(id, Status::Fail, expected, actual,
                    tr("The average frame rate is below %1 fps.").arg(min, 0, 'f', 2) + vfrNote,
                    tr("Export again at 25 fps or more from the original; duplicating frames "
                       "(ffmpeg -i IN -r 25 …) only hides the problem."));
    return make(id, Status::Pass, expected, actual, tr("The frame rate is high enough.") + vfrNote);
}

CheckResult MediaPolicy::bitrate(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"bitrate"_s;
    const qint64 min = rule.value("min_bps"_L1).toInteger(2000000);
    const QString expected = tr("≥ %1 Mbit/s (file size × 8 ÷ duration)").arg(mbps(double(min)));
    if (f.bitRate < 0)
        return make(id, Status::Fail, expected, tr("unknown"),
                    tr("The duration is unknown, so the bitrate cannot be measured."));
    const QString actual = tr("%1 Mbit/s").arg(mbps(double(f.bitRate)));
    if (f.bitRate < min)
        return make(id, Status::Fail, expected, actual,
                    tr("The average bitrate is below %1 Mbit/s.").arg(mbps(double(min))),
                    tr("Encode again from the original at a higher bitrate, e.g. ffmpeg -i IN -c:v libx264 "
                       "-b:v 3M -c:a aac OUT.mp4"));
    return make(id, Status::Pass, expected, actual, tr("The bitrate is high enough."));
}

CheckResult MediaPolicy::browser(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"browser"_s;
    const QStringList profiles = stringList(rule.value("h264_profiles"_L1));
    const int maxLevel = rule.value("max_level"_L1).toInt(51);
    const QStringList pixelFormats = stringList(rule.value("pixel_formats"_L1));
    const QStringList aacProfiles = stringList(rule.value("aac_profiles"_L1));
    const Status moovAfter = statusFromConfig(rule.value("moov_after_mdat"_L1), Status::Warning);
    const QString expected = tr("H.264 %1, level ≤ %2, 8-bit 4:2:0; AAC %3; index first")
                                 .arg(profiles.join(u"/"_s), levelText(maxLevel), aacProfiles.join(u"/"_s));
    QStringList problems;
    QStringList parts;
    if (f.video.isEmpty()) {
        problems.append(tr("no video"));
    } else {
        const auto &v = f.video.first();
        parts.append(u"%1 %2@%3"_s.arg(v.codec.toUpper(), v.profile, levelText(v.level)));
        parts.append(u"%1 (%2-bit %3)"_s.arg(v.pixelFormat).arg(v.bitDepth).arg(v.chroma));
        if (v.codec != "h264"_L1)
            problems.append(tr("the video is %1, not H.264").arg(v.codec.toUpper()));
        else if (!profiles.contains(v.profile))
            problems.append(tr("H.264 profile %1 does not play in every browser").arg(v.profile));
        if (v.codec == "h264"_L1 && v.level > maxLevel)
            problems.append(tr("level %1 is above %2").arg(levelText(v.level), levelText(maxLevel)));
        if (!pixelFormats.contains(v.pixelFormat))
            problems.append(
                tr("%1-bit %2 (%3) is not 8-bit 4:2:0").arg(v.bitDepth).arg(v.chroma, v.pixelFormat));
    }
    for (const auto &a : f.audio) {
        parts.append(a.profile.isEmpty() ? a.codec.toUpper() : u"%1 %2"_s.arg(a.codec.toUpper(), a.profile));
        if (a.codec != "aac"_L1 || !aacProfiles.contains(a.profile))
            problems.append(tr("audio %1 %2 is not AAC-LC or HE-AAC").arg(a.codec.toUpper(), a.profile));
    }
    const bool indexAfter = f.indexPosition == "after"_L1;
    if (!f.indexPosition.isEmpty())
        parts.append(indexAfter ? tr("index after the media data") : tr("index first"));
    const QString actual = parts.join(u"; "_s);
    if (!problems.isEmpty())
        return make(
            id, Status::Fail, expected, actual,
            tr("Will not play in every browser: %1.").arg(problems.join(u"; "_s)),
            tr("Re-encode for the web: ffmpeg -i IN -c:v libx264 -profile:v high -level 4.1 -pix_fmt yuv420p "
               "-c:a aac -movflags +faststart OUT.mp4"));
    if (indexAfter && moovAfter != Status::Pass)
        return make(id, moovAfter, expected, actual,
                    tr("Plays in browsers, but the index (moov) comes after the media data, so playback "
                       "starts only after a long download."),
                    tr("Move the index to the front: ffmpeg -i IN -c copy -movflags +faststart OUT.mp4"));
    return make(id, Status::Pass, expected, actual, tr("Plays in current Firefox, Chrome and Edge."));
}

CheckResult MediaPolicy::sampleRate(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"sample_rate"_s;
    const int min = rule.value("min_hz"_L1).toInt(44100);
    const QString expected = tr("≥ %1 Hz").arg(min);
    if (f.audio.isEmpty())
        return make(id, Status::Fail, expected, tr("no audio"), tr("There is no audio to measure."));
    const int rate = f.audio.first().sampleRate;
    const QString actual = tr("%1 Hz").arg(rate);
    if (rate < min)
        return make(id, Status::Fail, expected, actual, tr("The sample rate is below %1 Hz.").arg(min),
                    tr("Export again from the original at 44100 or 48000 Hz; resampling up does not restore "
                       "the lost treble."));
    return make(id, Status::Pass, expected, actual, tr("The sample rate is high enough."));
}

CheckResult MediaPolicy::bitDepth(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"bit_depth"_s;
    const int min = rule.value("min_bits"_L1).toInt(16);
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
                    tr("Export again from the original at 16 bits or more."));
    return make(id, Status::Pass, expected, actual, tr("The bit depth is enough."));
}

CheckResult MediaPolicy::channels(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"channels"_s;
    const int exact = rule.value("exact"_L1).toInt(2);
    const QString expected = exact == 2 ? tr("2 (stereo)") : QString::number(exact);
    if (f.audio.isEmpty())
        return make(id, Status::Fail, expected, tr("no audio"), tr("There is no audio to measure."));
    const auto &a = f.audio.first();
    const QString actual = a.channelLayout.isEmpty() ? QString::number(a.channels)
                                                     : u"%1 (%2)"_s.arg(a.channels).arg(a.channelLayout);
    if (a.channels != exact)
        return make(
            id, Status::Fail, expected, actual,
            a.channels == 1
                ? tr("Mono sound; the standard asks for stereo.")
                : tr("The sound has %1 channels; the standard asks for %2.").arg(a.channels).arg(exact),
            tr("Export again in stereo (ffmpeg -i IN -ac 2 … makes two equal channels from mono)."));
    return make(id, Status::Pass, expected, actual, tr("Stereo sound."));
}

CheckResult MediaPolicy::integrityDamaged(const QString &reason)
{
    return make(
        u"integrity"_s, Status::Fail, tr("opens, has an index, no sample beyond the end of the file"), reason,
        tr("The file can be read but is not a complete media file; its other rules cannot be judged."),
        tr("Export or copy the file again from the original; renaming a file does not convert it."));
}

CheckResult MediaPolicy::integrity(const MediaFacts &f)
{
    const QString id = u"integrity"_s;
    const QString expected = tr("opens, has an index, no sample beyond the end of the file");
    if (!f.hasIndex)
        return make(id, Status::Fail, expected, tr("no index"),
                    tr("The file has no index (moov): it was not finished or was cut short."),
                    tr("Export or copy the file again from the original."));
    if (f.dataBeyondEnd)
        return make(id, Status::Fail, expected,
                    tr("cut short: data up to byte %1, file has %2 bytes").arg(f.dataEnd).arg(f.fileSize),
                    tr("The index points at media data past the end of the file: the file is truncated."),
                    tr("Copy or download the file again from the original."));
    return make(id, Status::Pass, expected, tr("complete"),
                tr("The file opens and its index fits the file."));
}
