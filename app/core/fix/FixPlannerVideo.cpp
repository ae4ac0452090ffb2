#include "fix/FixPlanner.h"
#include "fix/H264Level.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// The video plan: what must change in the picture, the sound and the container, then the least of
// remux / audio-only / transcode that does it.

namespace {
using Status = CheckResult::Status;

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

bool hasRule(const QJsonObject &section, const char *id)
{
    return section.value("rules"_L1).toArray().contains(QJsonValue(QLatin1String(id)));
}

QJsonObject ruleOf(const QJsonObject &section, const char *id)
{
    return hasRule(section, id) ? section.value(QLatin1String(id)).toObject() : QJsonObject();
}

// A frame rate as ffmpeg takes it: "30000/1001", "25", "12.500".
QString rateText(double fps)
{
    for (int n : {24000, 30000, 48000, 60000})
        if (std::abs(fps - n / 1001.0) < 0.005)
            return u"%1/1001"_s.arg(n);
    if (std::abs(fps - std::round(fps)) < 0.005)
        return QString::number(qint64(std::round(fps)));
    return QString::number(fps, 'f', 3);
}

// The source's rate (its nominal rate when the average of a variable rate is lower), raised to the profile's
// minimum and, when the profile lists allowed rates, to the next allowed one.
double targetRate(const MediaFacts::Video &v, const QJsonObject &rule)
{
    double rate = v.averageFrameRate > 0 ? v.averageFrameRate : v.nominalFrameRate;
    if (v.variableFrameRate && v.nominalFrameRate > rate && v.nominalFrameRate <= 120)
        rate = v.nominalFrameRate;
    rate = std::max(rate, rule.value("min"_L1).toDouble(0));
    QList<double> allowed;
    const QJsonArray allowedRates = rule.value("allowed"_L1).toArray();
    for (const QJsonValue &a : allowedRates)
        allowed.append(a.toDouble());
    std::sort(allowed.begin(), allowed.end());
    if (allowed.isEmpty())
        return rate;
    for (double a : allowed)
        if (a + 0.01 >= rate)
            return a;
    return allowed.last();
}

// An even size, not below `atLeast`.
int evenSize(double size, int atLeast)
{
    int even = int(std::lround(size)) & ~1;
    while (even < atLeast)
        even += 2;
    return std::max(even, 2);
}

struct Picture
{
    int width = 0;
    int height = 0;
    bool upscale = false;
};

// The displayed size (sample aspect ratio and rotation applied), scaled to what the resolution rule asks.
Picture targetPicture(const MediaFacts::Video &v, const QJsonObject &rule)
{
    const double w = v.displayWidth > 0 ? v.displayWidth : v.codedWidth;
    const double h = v.displayHeight > 0 ? v.displayHeight : v.codedHeight;
    const bool landscape = w >= h;
    const double longSide = std::max(w, h), shortSide = std::min(w, h);
    double scale = 1.0;
    int needLong = rule.value("min_long"_L1).toInt(0), needShort = rule.value("min_short"_L1).toInt(0);
    if (rule.contains("exact_long"_L1)) {
        needLong = rule.value("exact_long"_L1).toInt();
        needShort = rule.value("exact_short"_L1).toInt();
        scale = std::max(needLong / longSide, needShort / shortSide);
    } else if (longSide < needLong || shortSide < needShort) {
        scale = std::max(needLong / longSide, needShort / shortSide);
    }
    Picture p;
    p.upscale = scale > 1.0 + 1e-9;
    p.width = evenSize(w * scale, landscape ? needLong : needShort);
    p.height = evenSize(h * scale, landscape ? needShort : needLong);
    return p;
}

QString x264Profile(const QStringList &allowed)
{
    if (allowed.contains("High"_L1))
        return u"high"_s;
    if (allowed.contains("Main"_L1))
        return u"main"_s;
    return u"baseline"_s;
}

// Why the picture must be encoded again, in plain words; empty when it can be copied. `levelRewrite` is set
// when the only problem is a level declared above the limit that the stream's real needs stay under.
QStringList pictureProblems(const FixSource &s, const QJsonObject &section, int *levelRewrite)
{
    const MediaFacts::Video &v = s.facts.video.first();
    QStringList why;
    const QStringList codecs = strings(ruleOf(section, "video_codec").value("codecs"_L1));
    if (!codecs.isEmpty() && !codecs.contains(v.codec))
        why.append(FixPlanner::tr("The picture is stored as %1, which the standard does not accept.")
                       .arg(v.codec.toUpper()));
    const QJsonObject browser = ruleOf(section, "browser");
    if (!browser.isEmpty()) {
        if (v.codec == "h264"_L1 && !strings(browser.value("h264_profiles"_L1)).contains(v.profile))
            why.append(
                FixPlanner::tr("Its H.264 profile (%1) does not play in every browser.").arg(v.profile));
        if (!strings(browser.value("pixel_formats"_L1)).contains(v.pixelFormat))
            why.append(FixPlanner::tr("Its colour format (%1-bit %2) does not play in every browser.")
                           .arg(v.bitDepth)
                           .arg(v.chroma));
        const int maxLevel = browser.value("max_level"_L1).toInt();
        if (v.codec == "h264"_L1 && v.level > maxLevel) {
            const double fps = std::max(v.nominalFrameRate, v.averageFrameRate);
            const int needed = H264Level::lowest(v.codedWidth, v.codedHeight, fps, double(s.facts.bitRate),
                                                 v.profile.startsWith("High"_L1));
            if (needed > 0 && needed <= maxLevel && why.isEmpty())
                *levelRewrite = needed;
            else
                why.append(FixPlanner::tr("Its H.264 level (%1) is above %2.")
                               .arg(QLatin1String(H264Level::text(v.level)),
                                    QLatin1String(H264Level::text(maxLevel))));
        }
    }
    if (s.report.status(u"resolution"_s) == Status::Fail)
        why.append(FixPlanner::tr("The picture size does not meet the standard."));
    if (s.report.status(u"frame_rate"_s) == Status::Fail)
        why.append(FixPlanner::tr("The frame rate does not meet the standard."));
    if (s.report.status(u"bitrate"_s) == Status::Fail)
        why.append(FixPlanner::tr("The bitrate does not meet the standard."));
    if (!why.isEmpty() && *levelRewrite > 0)
        *levelRewrite = 0;
    return why;
}

// Whether the sound must be encoded again (wrong codec or AAC profile, or loudness asked for).
bool soundNeedsEncoding(const MediaFacts &f, const QJsonObject &section, bool loudness)
{
    const QStringList codecs = strings(ruleOf(section, "audio_codec").value("codecs"_L1));
    const QJsonObject browser = ruleOf(section, "browser");
    for (const MediaFacts::Audio &a : f.audio) {
        if (!codecs.isEmpty() && !codecs.contains(a.codec))
            return true;
        if (!browser.isEmpty() && (!strings(browser.value("audio_codecs"_L1)).contains(a.codec) ||
                                   !strings(browser.value("aac_profiles"_L1)).contains(a.profile)))
            return true;
    }
    return loudness && f.hasAudio();
}
} // namespace

namespace {
// The total bitrate to aim at: a little above the profile's minimum, below its maximum.
double targetTotalBitrate(const QJsonObject &section, const MediaFacts &f)
{
    const QJsonObject rule = ruleOf(section, "bitrate");
    if (rule.isEmpty())
        return std::max(double(f.bitRate), 1e6);
    const double min = double(rule.value("min_bps"_L1).toInteger());
    const double max = double(rule.value("max_bps"_L1).toInteger(-1));
    double total = min * FixPlanner::bitrateMargin;
    if (max > 0 && total > 0.9 * max)
        total = std::max(0.9 * max, (min + max) / 2);
    return total;
}

struct Encode
{
    Picture picture;
    double fps = 25;
    double videoBps = 0;
    int level = -1;
};

// The picture's encoder options (-c:v … -vf …) for the profile's encoder.
QStringList videoEncodeOptions(const FixSource &s, const QJsonObject &section, const FixOptions &o,
                               const Encode &e)
{
    const QString encoder = ruleOf(section, "video_codec").value("encoder"_L1).toString(u"libx264"_s);
    const QStringList formats = strings(ruleOf(section, "browser").value("pixel_formats"_L1));
    const QString pixelFormat =
        formats.isEmpty() || formats.contains("yuv420p"_L1) ? u"yuv420p"_s : formats.first();
    QStringList filters;
    if (s.interlaced)
        filters.append(u"bwdif=mode=send_frame:deint=interlaced"_s);
    filters += {u"fps=%1"_s.arg(rateText(e.fps)),
                u"scale=%1:%2:flags=lanczos"_s.arg(e.picture.width).arg(e.picture.height), u"setsar=1"_s,
                u"format=%1"_s.arg(pixelFormat)};
    const QString bps = QString::number(qint64(e.videoBps));
    const int gop = std::max(1, int(std::lround(e.fps * FixPlanner::keyframeSeconds)));
    QStringList args{u"-vf"_s,    filters.join(u','), u"-c:v"_s, encoder, u"-pix_fmt"_s,
                     pixelFormat, u"-b:v"_s,          bps,       u"-g"_s, QString::number(gop)};
    if (encoder == "libx264"_L1) {
        args += {u"-preset"_s, o.preset, u"-profile:v"_s,
                 x264Profile(strings(ruleOf(section, "browser").value("h264_profiles"_L1)))};
        if (e.level > 0)
            args += {u"-level:v"_s, QLatin1String(H264Level::text(e.level))};
        args += {u"-minrate"_s,      bps,    u"-maxrate"_s,     bps,
                 u"-bufsize"_s,      bps,    u"-keyint_min"_s,  QString::number(gop),
                 u"-sc_threshold"_s, u"0"_s, u"-x264-params"_s, u"nal-hrd=cbr:force-cfr=1"_s};
    }
    return args;
}

// The plain-words list of what a transcode changes in the picture.
QStringList pictureChanges(const FixSource &s, const QJsonObject &section, const Encode &e)
{
    const MediaFacts::Video &v = s.facts.video.first();
    QStringList out;
    out.append(FixPlanner::tr(
                   "The picture is encoded again as H.264 (8-bit 4:2:0, level %1), which plays everywhere.")
                   .arg(QLatin1String(H264Level::text(e.level))));
    if (e.picture.upscale)
        out.append(
            FixPlanner::tr("The picture is enlarged from %1×%2 to %3×%4. Enlarging does not add detail; "
                           "the file is marked \"upscaled\".")
                .arg(v.displayWidth)
                .arg(v.displayHeight)
                .arg(e.picture.width)
                .arg(e.picture.height));
    else if (v.sarNum != v.sarDen)
        out.append(
            FixPlanner::tr("Stretched pixels are made square: the picture is stored at its shown size %1×%2.")
                .arg(e.picture.width)
                .arg(e.picture.height));
    else if (e.picture.width != v.displayWidth || e.picture.height != v.displayHeight)
        out.append(
            FixPlanner::tr("The picture size becomes %1×%2.").arg(e.picture.width).arg(e.picture.height));
    if (v.rotation != 0)
        out.append(
            FixPlanner::tr("The picture is turned upright once (%1°), so players do not turn it again.")
                .arg(v.rotation));
    if (s.interlaced)
        out.append(
            FixPlanner::tr("The interlaced picture (two half-pictures per frame) is made progressive."));
    if (v.variableFrameRate)
        out.append(FixPlanner::tr("The changing frame rate is made steady at %1 fps.").arg(e.fps, 0, 'f', 2));
    else if (std::abs(v.averageFrameRate - e.fps) > 0.01)
        out.append(FixPlanner::tr(
                       "The frame rate goes from %1 to %2 fps by repeating frames; the sound stays in sync.")
                       .arg(v.averageFrameRate, 0, 'f', 2)
                       .arg(e.fps, 0, 'f', 2));
    const double min = double(ruleOf(section, "bitrate").value("min_bps"_L1).toInteger(0));
    if (min > 0)
        out.append(
            FixPlanner::tr("The average bitrate becomes about %1 Mbit/s, just above the required %2 Mbit/s.")
                .arg(targetTotalBitrate(section, s.facts) / 1e6, 0, 'f', 2)
                .arg(min / 1e6, 0, 'f', 2));
    return out;
}
} // namespace

FixPlan FixPlanner::needsChoice(FixPlan plan, const QString &choice, const QString &why)
{
    plan.action = FixPlan::Action::NeedsChoice;
    plan.choice = choice;
    plan.blocker = why;
    return plan;
}

FixPlan FixPlanner::planVideo(const FixSource &s, const QJsonObject &section, const FixOptions &o)
{
    const MediaFacts &f = s.facts;
    FixPlan plan;
    plan.kind = u"video"_s;
    plan.suffix = u"mp4"_s;
    plan.duration = f.duration;
    if (!f.hasVideo()) {
        plan.blocker = tr("there is no picture in this file");
        return plan;
    }
    const MediaFacts::Video &v = f.video.first();
    int levelRewrite = 0;
    const QStringList pictureWhy = pictureProblems(s, section, &levelRewrite);
    const bool silence = !f.hasAudio() && ruleOf(section, "audio_codec").value("min_streams"_L1).toInt(0) > 0;
    if (silence && !o.addSilentAudio)
        return needsChoice(plan, u"add-silent-audio"_s,
                           tr("the video has no sound track and the standard asks for one; choose to add a "
                              "silent track (--add-silent-audio)"));
    const bool encodeSound = silence || soundNeedsEncoding(f, section, o.loudness);
    plan.loudness = o.loudness && encodeSound;
    Encode e;
    e.picture = targetPicture(v, ruleOf(section, "resolution"));
    e.fps = targetRate(v, ruleOf(section, "frame_rate"));
    const bool encodePicture = !pictureWhy.isEmpty();
    if (encodePicture && e.picture.upscale) {
        plan.upscaledFrom = u"%1×%2"_s.arg(v.displayWidth).arg(v.displayHeight);
        if (!o.allowUpscale)
            return needsChoice(
                plan, u"allow-upscale"_s,
                tr("the picture (%1) is smaller than the standard asks; it can only pass if it is "
                   "enlarged, which adds no detail (--allow-upscale)")
                    .arg(plan.upscaledFrom));
    }
    const int audioTracks = silence ? 1 : int(f.audio.size());
    const double audioBps =
        encodeSound ? double(aacBitrate) * audioTracks
                    : (s.audioBitRate >= 0 ? double(s.audioBitRate) : double(aacBitrate) * audioTracks);
    const double total = targetTotalBitrate(section, f);
    e.videoBps = std::max(total * 0.99 - audioBps, total * 0.5);
    const QJsonObject browser = ruleOf(section, "browser");
    const bool high = x264Profile(strings(browser.value("h264_profiles"_L1))) == "high"_L1;
    e.level = H264Level::lowest(e.picture.width, e.picture.height, e.fps, e.videoBps, high);
    if (encodePicture &&
        (e.level < 0 || (!browser.isEmpty() && e.level > browser.value("max_level"_L1).toInt()))) {
        plan.blocker =
            tr("the picture (%1×%2 at %3 fps) is too large for any H.264 level the standard allows")
                .arg(e.picture.width)
                .arg(e.picture.height)
                .arg(e.fps, 0, 'f', 2);
        return plan;
    }
    planVideoMaps(&plan, f, silence);
    if (encodePicture) {
        plan.action = FixPlan::Action::Transcode;
        plan.changes = pictureWhy + pictureChanges(s, section, e) + plan.changes;
        plan.videoOptions = videoEncodeOptions(s, section, o, e);
    } else {
        plan.videoOptions = {u"-c:v"_s, u"copy"_s};
        if (levelRewrite > 0) {
            plan.videoOptions +=
                {u"-bsf:v"_s, u"h264_metadata=level=%1"_s.arg(QLatin1String(H264Level::text(levelRewrite)))};
            plan.changes.append(
                tr("The picture's declared H.264 level (%1) is corrected to %2, which it really needs; "
                   "the picture itself is not touched.")
                    .arg(QLatin1String(H264Level::text(v.level)),
                         QLatin1String(H264Level::text(levelRewrite))));
        }
    }
    planVideoSound(&plan, s, encodeSound);
    const bool repack = planVideoContainer(&plan, s, section);
    if (!encodePicture)
        plan.action = encodeSound
                          ? FixPlan::Action::AudioOnly
                          : (repack || levelRewrite > 0 ? FixPlan::Action::Remux : FixPlan::Action::Nothing);
    finishVideo(&plan, s, encodePicture ? total : -1, e.fps, e.picture.width * e.picture.height);
    return plan;
}

void FixPlanner::planVideoMaps(FixPlan *plan, const MediaFacts &f, bool silence)
{
    plan->maps = {u"-map"_s, u"0:%1"_s.arg(f.video.first().index)};
    for (const MediaFacts::Audio &a : f.audio)
        plan->maps += {u"-map"_s, u"0:%1"_s.arg(a.index)};
    if (!silence)
        return;
    plan->extraInputs = {u"-f"_s, u"lavfi"_s,
                         u"-t"_s, QString::number(std::max(f.duration, 0.1), 'f', 3),
                         u"-i"_s, u"anullsrc=r=%1:cl=stereo"_s.arg(aacRate)};
    plan->maps += {u"-map"_s, u"1:a:0"_s};
    plan->changes.append(tr("A silent sound track is added, as you asked."));
}

void FixPlanner::planVideoSound(FixPlan *plan, const FixSource &s, bool encode)
{
    if (!encode) {
        if (s.facts.hasAudio())
            plan->audioOptions = {u"-c:a"_s, u"copy"_s};
        return;
    }
    plan->audioOptions = {u"-c:a"_s, u"aac"_s, u"-ar"_s,  QString::number(aacRate),
                          u"-ac"_s,  u"2"_s,   u"-b:a"_s, QString::number(aacBitrate)};
    for (const MediaFacts::Audio &a : s.facts.audio) {
        if (a.codec != "aac"_L1 || a.sampleRate != aacRate)
            plan->changes.append(
                tr("The sound (%1, %2 kHz) is converted to AAC at 48 kHz, which every browser plays.")
                    .arg(a.codec.toUpper())
                    .arg(a.sampleRate / 1000.0, 0, 'g', 3));
        if (a.channels == 1)
            plan->changes.append(tr("Mono sound is played on both sides (stereo)."));
    }
    if (plan->loudness)
        plan->changes.append(
            tr("The loudness is evened out to the broadcast standard (EBU R128, −23 LUFS)."));
}

bool FixPlanner::planVideoContainer(FixPlan *plan, const FixSource &s, const QJsonObject &section)
{
    const MediaFacts &f = s.facts;
    const QStringList brands = strings(ruleOf(section, "container").value("brands_pass"_L1));
    const QString brand = brands.isEmpty() || brands.contains("isom"_L1) ? u"isom"_s : brands.first();
    plan->muxOptions = {
        u"-map_metadata"_s, u"0"_s,          u"-map_chapters"_s, u"-1"_s, u"-write_tmcd"_s, u"0"_s,
        u"-movflags"_s,     u"+faststart"_s, u"-brand"_s,        brand,   u"-f"_s,          u"mp4"_s};
    bool repack = false;
    if (s.report.status(u"container"_s) != CheckResult::Status::Pass) {
        const QString inside = f.majorBrand.isEmpty()
                                   ? f.containerFamily
                                   : u"%1 (%2)"_s.arg(f.containerFamily, f.majorBrand.trimmed());
        plan->changes.prepend(tr("The file is %1 inside; it is put into a standard MP4 file.").arg(inside));
        repack = true;
    }
    if (f.indexPosition == "after"_L1) {
        plan->changes.append(
            tr("The index is moved to the front, so the video starts at once in a browser."));
        repack = true;
    }
    const int streams = ruleOf(section, "video_codec").value("streams"_L1).toInt(1);
    if (f.video.size() > streams) {
        plan->changes.append(
            tr("%n extra picture track(s) are left out.", nullptr, int(f.video.size()) - streams));
        repack = true;
    }
    return repack;
}

void FixPlanner::finishVideo(FixPlan *plan, const FixSource &s, double outputBitRate, double fps, int pixels)
{
    const MediaFacts &f = s.facts;
    const double duration = std::max(f.duration, 0.0);
    const double audioBps =
        plan->audioOptions.contains("copy"_L1) || plan->audioOptions.isEmpty() ? 0.0 : double(aacBitrate);
    switch (plan->action) {
    case FixPlan::Action::Transcode:
        plan->estimatedBytes = qint64(outputBitRate * duration / 8 * 1.01);
        // about real time for 1080p25 with the default preset on one core; scaled by pixels per second
        plan->estimatedSeconds = 1.0 + duration * (double(pixels) * fps) / (1920.0 * 1080 * 25) * 1.5;
        break;
    case FixPlan::Action::AudioOnly:
        plan->estimatedBytes =
            f.fileSize + qint64((audioBps - std::max<qint64>(s.audioBitRate, 0)) * duration / 8);
        plan->estimatedSeconds = 0.5 + duration / 40 * (plan->loudness ? 2 : 1);
        break;
    default:
        plan->estimatedBytes = f.fileSize;
        plan->estimatedSeconds = 0.3 + double(f.fileSize) / 150e6;
        break;
    }
    if (plan->action != FixPlan::Action::Nothing)
        plan->details.append(u"ffmpeg "_s + plan->arguments(u"IN"_s, u"OUT.mp4"_s).join(u' '));
}
