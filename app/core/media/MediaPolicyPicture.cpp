#include "media/MediaPolicy.h"
#include "media/MediaPolicySupport.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace PolicySupport;

// The picture rules: resolution, frame rate, bitrate and browser playability.

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
