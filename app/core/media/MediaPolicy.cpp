#include "media/MediaPolicy.h"
#include "media/MediaPolicySupport.h"

#include "profile/TechnicalSpec.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace PolicySupport;

// Every number, codec and name in expectations, messages and hints comes from the rule's object in
// the profile (docs/profile-format.md, "The technical section"); TechnicalSpec::checkRule has made
// sure each required key is there, so nothing here has a default.

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
