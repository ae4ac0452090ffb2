#include "media/MediaPolicySupport.h"

#include "media/MediaPolicy.h"
#include "profile/LocalizedText.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

QStringList PolicySupport::stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString PolicySupport::upperList(const QJsonValue &value, const QString &separator)
{
    return stringList(value).join(separator).toUpper();
}

CheckResult PolicySupport::make(const QString &id, Status status, const QString &expected,
                                const QString &actual, const QString &message, const QString &hint)
{
    return CheckResult{id, status, expected, actual, message, status == Status::Pass ? QString() : hint,
                       {}, {}};
}

QString PolicySupport::mbps(double bitsPerSecond)
{
    return QString::number(bitsPerSecond / 1e6, 'f', 2);
}

QString PolicySupport::plain(double value)
{
    return QString::number(value, 'g', 12);
}

QString PolicySupport::levelText(int level)
{
    return level > 0 ? u"%1.%2"_s.arg(level / 10).arg(level % 10) : u"?"_s;
}

PolicySupport::Status PolicySupport::statusFrom(const QJsonValue &value)
{
    return CheckResult::statusFromName(value.toString());
}

QJsonObject PolicySupport::ruleOf(const QJsonObject &section, const char *id)
{
    return section.value(QLatin1StringView(id)).toObject();
}

QString PolicySupport::videoEncodeArgs(const QJsonObject &section, const QString &videoExtra)
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

QString PolicySupport::audioConvertHint(const QJsonObject &section)
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

bool PolicySupport::aspectMatches(int longSide, int shortSide, const QString &aspect)
{
    const QStringList parts = aspect.split(u':');
    const double a = parts.value(0).toDouble();
    const double b = parts.value(1).toDouble();
    if (shortSide <= 0 || a <= 0 || b <= 0)
        return false;
    const double wanted = qMax(a, b) / qMin(a, b);
    return std::abs(double(longSide) / shortSide - wanted) <= wanted * 0.01;
}

CheckResult PolicySupport::named(CheckResult result, const QJsonObject &rule)
{
    result.name = LocalizedText::fromJson(rule.value("name"_L1)).text();
    result.explain = LocalizedText::fromJson(rule.value("explain"_L1)).text();
    return result;
}
