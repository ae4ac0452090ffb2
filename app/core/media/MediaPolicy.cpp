#include "media/MediaPolicy.h"

#include "profile/LocalizedText.h"
#include "profile/TechnicalSpec.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

// Every number, codec and name in expectations, messages and hints comes from the rule's object in
// the profile (docs/profile-format.md, "The technical section"); TechnicalSpec::checkRule has made
// sure each required key is there, so nothing here has a default.

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

QString upperList(const QJsonValue &value, const QString &separator = u", "_s)
{
    return stringList(value).join(separator).toUpper();
}

CheckResult make(const QString &id, Status status, const QString &expected, const QString &actual,
                 const QString &message, const QString &hint = QString())
{
    return CheckResult{id, status, expected, actual, message, status == Status::Pass ? QString() : hint,
                       {}, {}};
}

QString mbps(double bitsPerSecond)
{
    return QString::number(bitsPerSecond / 1e6, 'f', 2);
}

// A profile number as written ("25", "29.97", "3600").
QString plain(double value)
{
    return QString::number(value, 'g', 12);
}

QString levelText(int level)
{
    return level > 0 ? u"%1.%2"_s.arg(level / 10).arg(level % 10) : u"?"_s;
}

Status statusFrom(const QJsonValue &value)
{
    return CheckResult::statusFromName(value.toString());
}

QJsonObject ruleOf(const QJsonObject &section, const char *id)
{
    return section.value(QLatin1StringView(id)).toObject();
}

// ffmpeg options that encode to the section's codecs: "-c:v libx264 -pix_fmt yuv420p -c:a aac",
// each part present when the profile's rule that names it is.
QString videoEncodeArgs(const QJsonObject &section, const QString &videoExtra = QString())
{
    QStringList args;
    const QString videoEncoder = ruleOf(section, "video_codec").value("encoder"_L1).toString();
    if (!videoEncoder.isEmpty())
        args << u"-c:v"_s << videoEncoder;
    if (!videoExtra.isEmpty())
        args << videoExtra;
    const QStringList pixelFormats = stringList(ruleOf(section, "browser").value("pixel_formats"_L1));
    if (!pixelFormats.isEmpty())
        args << u"-pix_fmt"_s << pixelFormats.first();
    const QString audioEncoder = ruleOf(section, "audio_codec").value("encoder"_L1).toString();
    if (!audioEncoder.isEmpty())
        args << u"-c:a"_s << audioEncoder;
    return args.join(u' ');
}

// "Convert it to MP3, e.g. ffmpeg -i IN -c:a libmp3lame -ar 44100 -ac 2 OUT.mp3" from the audio
// section's format, encoder, sample rate and channels.
QString audioConvertHint(const QJsonObject &section)
{
    const QStringList formats = stringList(ruleOf(section, "container").value("formats"_L1));
    const QString format = formats.isEmpty() ? QString() : formats.first();
    QStringList args;
    const QString encoder = ruleOf(section, "audio_codec").value("encoder"_L1).toString();
    if (!encoder.isEmpty())
        args << u"-c:a"_s << encoder;
    const QJsonValue hz = ruleOf(section, "sample_rate").value("min_hz"_L1);
    if (!hz.isUndefined())
        args << u"-ar"_s << plain(hz.toDouble());
    const QJsonValue channels = ruleOf(section, "channels").value("exact"_L1);
    if (!channels.isUndefined())
        args << u"-ac"_s << plain(channels.toDouble());
    return MediaPolicy::tr("Convert it to %1, e.g. ffmpeg -i IN %2 OUT.%3")
        .arg(format.toUpper(), args.join(u' '), format);
}

// True when the picture's long:short ratio is within 1% of the profile's "aspect" ("16:9").
bool aspectMatches(int longSide, int shortSide, const QString &aspect)
{
    const QStringList parts = aspect.split(u':');
    const double a = parts.value(0).toDouble();
    const double b = parts.value(1).toDouble();
    if (shortSide <= 0 || a <= 0 || b <= 0)
        return false;
    const double wanted = qMax(a, b) / qMin(a, b);
    return std::abs(double(longSide) / shortSide - wanted) <= wanted * 0.01;
}

// The profile's name and explanation of the rule, in the UI's language.
CheckResult named(CheckResult result, const QJsonObject &rule)
{
    result.name = LocalizedText::fromJson(rule.value("name"_L1)).text();
    result.explain = LocalizedText::fromJson(rule.value("explain"_L1)).text();
    return result;
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
    for (const QString &id : rules)
        report.add(named(evaluateRule(facts, section, report.type, id), section.value(id).toObject()));
    return report;
}

CheckResult MediaPolicy::evaluateRule(const MediaFacts &f, const QJsonObject &section, const QString &kind,
                                      const QString &id)
{
    if (!TechnicalSpec::ruleIds(kind).contains(id))
        return make(id, Status::Error, QString(), QString(),
                    tr("unknown rule \"%1\" in the profile's technical section").arg(id));
    const QJsonObject rule = section.value(id).toObject();
    TechnicalSpec::Problem problem;
    if (!TechnicalSpec::checkRule(kind, id, rule, u"technical.%1.%2"_s.arg(kind, id), &problem))
        return make(
            id, Status::Error, QString(), QString(),
            tr("The profile's technical section cannot be used: %1: %2").arg(problem.where, problem.what));
    if (id == "container"_L1)
        return kind == "audio"_L1 ? audioContainer(f, section) : videoContainer(f, section);
    if (id == "video_codec"_L1)
        return videoCodec(f, section);
    if (id == "audio_codec"_L1)
        return audioCodec(f, section, kind);
    if (id == "resolution"_L1)
        return resolution(f, rule);
    if (id == "frame_rate"_L1)
        return frameRate(f, rule);
    if (id == "bitrate"_L1)
        return bitrate(f, section);
    if (id == "browser"_L1)
        return browser(f, section);
    if (id == "sample_rate"_L1)
        return sampleRate(f, section);
    if (id == "bit_depth"_L1)
        return bitDepth(f, rule);
    if (id == "channels"_L1)
        return channels(f, rule);
    if (id == "duration"_L1)
        return duration(f, rule);
    if (id == "file_size"_L1)
        return fileSize(f, rule);
    return integrity(f);
}

CheckResult MediaPolicy::audioContainer(const MediaFacts &f, const QJsonObject &section)
{
    const QString id = u"container"_s;
    const QStringList formats = stringList(ruleOf(section, "container").value("formats"_L1));
    const QString expected = formats.join(u", "_s).toUpper();
    const QString actual = f.containerFamily.toUpper();
    if (formats.contains(f.containerFamily))
        return make(id, Status::Pass, expected, actual, tr("The file is an %1 stream.").arg(actual));
    return make(
        id, Status::Fail, expected, actual,
        tr("The file is %1 inside, whatever its name says; the standard asks for %2.").arg(actual, expected),
        audioConvertHint(section));
}

CheckResult MediaPolicy::videoContainer(const MediaFacts &f, const QJsonObject &section)
{
    const QString id = u"container"_s;
    const QJsonObject rule = ruleOf(section, "container");
    const QStringList pass = stringList(rule.value("brands_pass"_L1));
    const QStringList warn = stringList(rule.value("brands_warn"_L1));
    const QString expected = tr("MP4 (ISO base media; brand %1)").arg(pass.join(u", "_s));
    const bool iso = f.formatName.contains("mov"_L1);
    const QString brand = f.majorBrand.isEmpty() ? tr("none") : u"\"%1\""_s.arg(f.majorBrand);
    const QString actual = iso ? tr("%1 (brand %2)").arg(f.containerFamily, brand) : f.containerFamily;
    const QString hint =
        tr("Remux into MP4, e.g. ffmpeg -i IN -c copy -brand %1 -movflags +faststart OUT.mp4 "
           "(re-encode if the codecs do not fit MP4)")
            .arg(pass.first());
    if (iso && pass.contains(f.majorBrand))
        return make(id, Status::Pass, expected, actual, tr("An MP4 file (ISO base media)."));
    if (iso && warn.contains(f.majorBrand))
        return make(id, Status::Warning, expected, actual,
                    tr("An Apple M4V file: MP4 in structure, but some players treat it differently."), hint);
    return make(id, Status::Fail, expected, actual,
                tr("The file is %1 inside, not MP4, whatever its name says.").arg(actual), hint);
}

CheckResult MediaPolicy::videoCodec(const MediaFacts &f, const QJsonObject &section)
{
    const QString id = u"video_codec"_s;
    const QJsonObject rule = ruleOf(section, "video_codec");
    const QStringList codecs = stringList(rule.value("codecs"_L1));
    const QString wanted = codecs.join(u", "_s).toUpper();
    const int streams = rule.value("streams"_L1).toInt();
    const QString expected = tr("%n video stream(s): %1", nullptr, streams).arg(wanted);
    QStringList found;
    for (const auto &v : f.video)
        found.append(v.codec.toUpper());
    const QString actual = found.isEmpty() ? tr("no video") : found.join(u", "_s);
    const QString hint =
        tr("Re-encode the video as %1, e.g. ffmpeg -i IN %2 OUT.mp4").arg(wanted, videoEncodeArgs(section));
    if (f.video.isEmpty())
        return make(id, Status::Fail, expected, actual,
                    tr("The file has no video stream (cover pictures do not count)."), hint);
    if (f.video.size() != streams)
        return make(
            id, Status::Fail, expected, actual,
            tr("The file has %n video stream(s); the standard expects %1.", nullptr, int(f.video.size()))
                .arg(streams),
            tr("Keep %n video stream(s) and drop the others with ffmpeg's -map option, e.g. "
               "ffmpeg -i IN -map 0:v:0 -map 0:a -c copy OUT.mp4 keeps the first.",
               nullptr, streams));
    for (const auto &v : f.video) {
        if (!codecs.contains(v.codec))
            return make(id, Status::Fail, expected, actual,
                        tr("The video is %1, not %2.").arg(v.codec.toUpper(), wanted), hint);
    }
    return make(id, Status::Pass, expected, actual,
                tr("%n %1 video stream(s).", nullptr, streams).arg(wanted));
}

CheckResult MediaPolicy::audioCodec(const MediaFacts &f, const QJsonObject &section, const QString &kind)
{
    const QString id = u"audio_codec"_s;
    const QJsonObject rule = ruleOf(section, "audio_codec");
    const QStringList codecs = stringList(rule.value("codecs"_L1));
    const QString wanted = codecs.join(u", "_s).toUpper();
    const QString encoder = rule.value("encoder"_L1).toString();
    const int minStreams = rule.value("min_streams"_L1).toInt();
    const QString expected = tr("at least %n audio stream(s), all %1", nullptr, minStreams).arg(wanted);
    QStringList found;
    for (const auto &a : f.audio)
        found.append(a.profile.isEmpty() ? a.codec.toUpper()
                                         : u"%1 (%2)"_s.arg(a.codec.toUpper(), a.profile));
    const QString actual = found.isEmpty() ? tr("no audio") : found.join(u", "_s);
    const bool audioFile = kind == "audio"_L1;
    const QString hint =
        audioFile
            ? audioConvertHint(section)
            : tr("Encode the sound as %1, e.g. ffmpeg -i IN -c:v copy -c:a %2 OUT.mp4").arg(wanted, encoder);
    if (f.audio.size() < minStreams)
        return make(id, Status::Fail, expected, actual,
                    f.audio.isEmpty() ? tr("The file has no audio stream.")
                                      : tr("The file has too few audio streams."),
                    audioFile ? hint
                              : tr("Add a sound track; if the video is meant to be silent, add a silent "
                                   "track: ffmpeg -i IN -f lavfi -i anullsrc -shortest -c:v copy -c:a %1 "
                                   "OUT.mp4")
                                    .arg(encoder));
    for (const auto &a : f.audio) {
        if (!codecs.contains(a.codec))
            return make(id, Status::Fail, expected, actual,
                        tr("An audio stream is %1, not %2.").arg(a.codec.toUpper(), wanted), hint);
    }
    return make(id, Status::Pass, expected, actual, tr("Every audio stream is %1.").arg(wanted));
}

QString MediaPolicy::resolutionExpected(const QJsonObject &rule)
{
    QString expected = rule.contains("exact_long"_L1) ? tr("exactly %1×%2 (displayed, either orientation)")
                                                            .arg(rule.value("exact_long"_L1).toInt())
                                                            .arg(rule.value("exact_short"_L1).toInt())
                                                      : tr("long side ≥ %1, short side ≥ %2 (displayed)")
                                                            .arg(rule.value("min_long"_L1).toInt())
                                                            .arg(rule.value("min_short"_L1).toInt());
    if (rule.contains("aspect"_L1))
        expected += tr("; aspect %1").arg(rule.value("aspect"_L1).toString());
    return expected;
}

CheckResult MediaPolicy::resolution(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"resolution"_s;
    const int minLong = rule.value("min_long"_L1).toInt();
    const int minShort = rule.value("min_short"_L1).toInt();
    const QString expected = resolutionExpected(rule);
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
                    tr("Export the video again from the original at %1×%2 or more; scaling up a small "
                       "picture does not add detail.")
                        .arg(minLong)
                        .arg(minShort));
    if (rule.contains("exact_long"_L1)) {
        const int exactLong = rule.value("exact_long"_L1).toInt();
        const int exactShort = rule.value("exact_short"_L1).toInt();
        if (longSide != exactLong || shortSide != exactShort)
            return make(id, Status::Fail, expected, actual,
                        tr("The picture is %1×%2; the standard asks for exactly %3×%4.")
                            .arg(longSide)
                            .arg(shortSide)
                            .arg(exactLong)
                            .arg(exactShort),
                        tr("Export the video again from the original at exactly %1×%2 (%2×%1 if it is "
                           "portrait).")
                            .arg(exactLong)
                            .arg(exactShort));
    }
    const QString aspect = rule.value("aspect"_L1).toString();
    if (!aspect.isEmpty() && !aspectMatches(longSide, shortSide, aspect))
        return make(id, Status::Fail, expected, actual,
                    tr("The picture's shape is %1:1, not %2.")
                        .arg(double(longSide) / shortSide, 0, 'f', 2)
                        .arg(aspect),
                    tr("Export the video again from the original in %1; pad with borders rather than "
                       "stretch if the source has another shape.")
                        .arg(aspect));
    const Status portrait = statusFrom(rule.value("portrait"_L1));
    if (v.displayHeight > v.displayWidth && portrait != Status::Pass)
        return make(id, portrait, expected, actual,
                    tr("Portrait picture: large enough, but shown with black bars in a landscape player."),
                    tr("Check that the portrait orientation is intended."));
    return make(id, Status::Pass, expected, actual, tr("The picture is large enough."));
}

CheckResult MediaPolicy::frameRate(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"frame_rate"_s;
    const double min = rule.value("min"_L1).toDouble();
    QStringList allowed;
    const QJsonArray allowedRates = rule.value("allowed"_L1).toArray();
    for (const QJsonValue &rate : allowedRates)
        allowed.append(plain(rate.toDouble()));
    QString expected = tr("≥ %1 fps (average: frames ÷ duration)").arg(min, 0, 'f', 2);
    if (!allowed.isEmpty())
        expected += tr("; one of %1 fps").arg(allowed.join(u", "_s));
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
                    tr("Export again at %1 fps or more from the original; duplicating frames "
                       "(ffmpeg -i IN -r %1 …) only hides the problem.")
                        .arg(plain(min)));
    bool isAllowed = allowedRates.isEmpty();
    for (const QJsonValue &rate : allowedRates)
        isAllowed = isAllowed || std::abs(rounded - rate.toDouble()) <= 0.01 + 1e-9;
    if (!isAllowed)
        return make(id, Status::Fail, expected, actual,
                    tr("The average frame rate is not one of %1 fps.").arg(allowed.join(u", "_s)) + vfrNote,
                    tr("Export again from the original at one of %1 fps.").arg(allowed.join(u", "_s)));
    return make(id, Status::Pass, expected, actual, tr("The frame rate is high enough.") + vfrNote);
}

CheckResult MediaPolicy::bitrate(const MediaFacts &f, const QJsonObject &section)
{
    const QString id = u"bitrate"_s;
    const QJsonObject rule = ruleOf(section, "bitrate");
    const qint64 min = rule.value("min_bps"_L1).toInteger();
    const qint64 max = rule.value("max_bps"_L1).toInteger(-1);
    QString expected = tr("≥ %1 Mbit/s (file size × 8 ÷ duration)").arg(mbps(double(min)));
    if (max > 0)
        expected += tr("; ≤ %1 Mbit/s").arg(mbps(double(max)));
    if (f.bitRate < 0)
        return make(id, Status::Fail, expected, tr("unknown"),
                    tr("The duration is unknown, so the bitrate cannot be measured."));
    const QString actual = tr("%1 Mbit/s").arg(mbps(double(f.bitRate)));
    if (f.bitRate < min) {
        // Suggest half again the minimum, so that the encoder's variation stays above it.
        const QString target = u"%1M"_s.arg(std::ceil(double(min) * 1.5 / 1e6));
        return make(id, Status::Fail, expected, actual,
                    tr("The average bitrate is below %1 Mbit/s.").arg(mbps(double(min))),
                    tr("Encode again from the original at a higher bitrate, e.g. ffmpeg -i IN %1 OUT.mp4")
                        .arg(videoEncodeArgs(section, u"-b:v "_s + target)));
    }
    if (max > 0 && f.bitRate > max) {
        // Aim at four fifths of the maximum, for the same reason.
        const QString target = u"%1k"_s.arg(qint64(std::floor(double(max) * 0.8 / 1000)));
        return make(id, Status::Fail, expected, actual,
                    tr("The average bitrate is above %1 Mbit/s.").arg(mbps(double(max))),
                    tr("Encode again at a lower bitrate, e.g. ffmpeg -i IN %1 OUT.mp4")
                        .arg(videoEncodeArgs(section, u"-b:v "_s + target)));
    }
    return make(id, Status::Pass, expected, actual,
                max > 0 ? tr("The bitrate is within the limits.") : tr("The bitrate is high enough."));
}

QStringList MediaPolicy::browserVideoProblems(const MediaFacts::Video &v, const QJsonObject &rule)
{
    const QStringList codecs = stringList(rule.value("video_codecs"_L1));
    const QStringList profiles = stringList(rule.value("h264_profiles"_L1));
    const int maxLevel = rule.value("max_level"_L1).toInt();
    const QStringList pixelFormats = stringList(rule.value("pixel_formats"_L1));
    QStringList problems;
    if (!codecs.contains(v.codec))
        problems.append(tr("the video is %1, not %2").arg(v.codec.toUpper(), codecs.join(u"/"_s).toUpper()));
    else if (!profiles.contains(v.profile))
        problems.append(tr("%1 profile %2 does not play in every browser").arg(v.codec.toUpper(), v.profile));
    if (codecs.contains(v.codec) && v.level > maxLevel)
        problems.append(tr("level %1 is above %2").arg(levelText(v.level), levelText(maxLevel)));
    if (!pixelFormats.contains(v.pixelFormat))
        problems.append(tr("%1-bit %2 (%3) is not %4")
                            .arg(v.bitDepth)
                            .arg(v.chroma, v.pixelFormat, pixelFormats.join(u"/"_s)));
    return problems;
}

CheckResult MediaPolicy::browser(const MediaFacts &f, const QJsonObject &section)
{
    const QString id = u"browser"_s;
    const QJsonObject rule = ruleOf(section, "browser");
    const QStringList audioCodecs = stringList(rule.value("audio_codecs"_L1));
    const QStringList aacProfiles = stringList(rule.value("aac_profiles"_L1));
    const Status moovAfter = statusFrom(rule.value("moov_after_mdat"_L1));
    const QString audioWanted =
        u"%1 %2"_s.arg(upperList(rule.value("audio_codecs"_L1), u"/"_s), aacProfiles.join(u"/"_s));
    const QString expected = tr("%1 %2, level ≤ %3, %4; %5; index first")
                                 .arg(upperList(rule.value("video_codecs"_L1), u"/"_s),
                                      stringList(rule.value("h264_profiles"_L1)).join(u"/"_s),
                                      levelText(rule.value("max_level"_L1).toInt()),
                                      stringList(rule.value("pixel_formats"_L1)).join(u"/"_s), audioWanted);
    QStringList problems;
    QStringList parts;
    if (f.video.isEmpty()) {
        problems.append(tr("no video"));
    } else {
        const auto &v = f.video.first();
        parts.append(u"%1 %2@%3"_s.arg(v.codec.toUpper(), v.profile, levelText(v.level)));
        parts.append(u"%1 (%2-bit %3)"_s.arg(v.pixelFormat).arg(v.bitDepth).arg(v.chroma));
        problems += browserVideoProblems(v, rule);
    }
    for (const auto &a : f.audio) {
        parts.append(a.profile.isEmpty() ? a.codec.toUpper() : u"%1 %2"_s.arg(a.codec.toUpper(), a.profile));
        if (!audioCodecs.contains(a.codec) || !aacProfiles.contains(a.profile))
            problems.append(tr("audio %1 %2 is not %3").arg(a.codec.toUpper(), a.profile, audioWanted));
    }
    const bool indexAfter = f.indexPosition == "after"_L1;
    if (!f.indexPosition.isEmpty())
        parts.append(indexAfter ? tr("index after the media data") : tr("index first"));
    const QString actual = parts.join(u"; "_s);
    if (!problems.isEmpty())
        return make(id, Status::Fail, expected, actual,
                    tr("Will not play in every browser: %1.").arg(problems.join(u"; "_s)),
                    tr("Re-encode for the web: ffmpeg -i IN %1 -movflags +faststart OUT.mp4")
                        .arg(videoEncodeArgs(section)));
    if (indexAfter && moovAfter != Status::Pass)
        return make(id, moovAfter, expected, actual,
                    tr("Plays in browsers, but the index (moov) comes after the media data, so playback "
                       "starts only after a long download."),
                    tr("Move the index to the front: ffmpeg -i IN -c copy -movflags +faststart OUT.mp4"));
    return make(id, Status::Pass, expected, actual, tr("Plays in current Firefox, Chrome and Edge."));
}

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

CheckResult MediaPolicy::duration(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"duration"_s;
    const double max = rule.value("max_seconds"_L1).toDouble();
    const QString expected = tr("≤ %1 s").arg(plain(max));
    if (f.duration < 0)
        return make(id, Status::Fail, expected, tr("unknown"),
                    tr("The duration is unknown, so it cannot be compared with the limit."),
                    tr("Export or copy the file again from the original."));
    const QString actual = tr("%1 s").arg(f.duration, 0, 'f', 2);
    if (f.duration > max)
        return make(id, Status::Fail, expected, actual, tr("The file is longer than %1 s.").arg(plain(max)),
                    tr("Split it into parts of at most %1 s, e.g. with ffmpeg's segment muxer "
                       "(-c copy -f segment -segment_time %1).")
                        .arg(plain(max)));
    return make(id, Status::Pass, expected, actual, tr("The file is short enough."));
}

CheckResult MediaPolicy::fileSize(const MediaFacts &f, const QJsonObject &rule)
{
    const QString id = u"file_size"_s;
    const qint64 max = rule.value("max_bytes"_L1).toInteger();
    const QString expected = tr("≤ %1 bytes").arg(max);
    if (f.fileSize < 0)
        return make(id, Status::Fail, expected, tr("unknown"), tr("The file's size is unknown."),
                    tr("Export or copy the file again from the original."));
    const QString actual = tr("%1 bytes").arg(f.fileSize);
    if (f.fileSize > max)
        return make(id, Status::Fail, expected, actual, tr("The file is larger than %1 bytes.").arg(max),
                    tr("Encode again at a lower bitrate, or split the file into parts."));
    return make(id, Status::Pass, expected, actual, tr("The file is small enough."));
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
