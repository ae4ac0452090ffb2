#include "media/MediaFacts.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QJsonValue optionalInt(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}
QJsonValue optionalDouble(double v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}
} // namespace

QJsonObject MediaFacts::Video::toJson() const
{
    return QJsonObject{
        {"index"_L1, index},
        {"codec"_L1, codec},
        {"profile"_L1, profile},
        {"level"_L1, optionalInt(level)},
        {"pixel_format"_L1, pixelFormat},
        {"bit_depth"_L1, optionalInt(bitDepth)},
        {"chroma"_L1, chroma},
        {"coded_width"_L1, codedWidth},
        {"coded_height"_L1, codedHeight},
        {"sample_aspect_ratio"_L1, u"%1:%2"_s.arg(sarNum).arg(sarDen)},
        {"rotation"_L1, rotation},
        {"display_width"_L1, displayWidth},
        {"display_height"_L1, displayHeight},
        {"nominal_frame_rate"_L1, nominalFrameRate},
        {"average_frame_rate"_L1, averageFrameRate},
        {"frames"_L1, optionalInt(frames)},
        {"duration"_L1, optionalDouble(duration)},
        {"variable_frame_rate"_L1, variableFrameRate},
    };
}

MediaFacts::Video MediaFacts::Video::fromJson(const QJsonObject &o)
{
    Video v;
    v.index = o.value("index"_L1).toInt(-1);
    v.codec = o.value("codec"_L1).toString();
    v.profile = o.value("profile"_L1).toString();
    v.level = o.value("level"_L1).toInt(-1);
    v.pixelFormat = o.value("pixel_format"_L1).toString();
    v.bitDepth = o.value("bit_depth"_L1).toInt(-1);
    v.chroma = o.value("chroma"_L1).toString();
    v.codedWidth = o.value("coded_width"_L1).toInt();
    v.codedHeight = o.value("coded_height"_L1).toInt();
    const QStringList sar = o.value("sample_aspect_ratio"_L1).toString().split(u':');
    if (sar.size() == 2) {
        v.sarNum = sar.at(0).toInt();
        v.sarDen = sar.at(1).toInt();
    }
    v.rotation = o.value("rotation"_L1).toInt();
    v.displayWidth = o.value("display_width"_L1).toInt();
    v.displayHeight = o.value("display_height"_L1).toInt();
    v.nominalFrameRate = o.value("nominal_frame_rate"_L1).toDouble();
    v.averageFrameRate = o.value("average_frame_rate"_L1).toDouble();
    v.frames = o.value("frames"_L1).toInteger(-1);
    v.duration = o.value("duration"_L1).toDouble(-1);
    v.variableFrameRate = o.value("variable_frame_rate"_L1).toBool();
    return v;
}

QJsonObject MediaFacts::Audio::toJson() const
{
    return QJsonObject{
        {"index"_L1, index},
        {"codec"_L1, codec},
        {"profile"_L1, profile},
        {"sample_rate"_L1, sampleRate},
        {"channels"_L1, channels},
        {"channel_layout"_L1, channelLayout},
        {"sample_format"_L1, sampleFormat},
        {"bit_depth"_L1, optionalInt(bitDepth)},
        {"duration"_L1, optionalDouble(duration)},
    };
}

MediaFacts::Audio MediaFacts::Audio::fromJson(const QJsonObject &o)
{
    Audio a;
    a.index = o.value("index"_L1).toInt(-1);
    a.codec = o.value("codec"_L1).toString();
    a.profile = o.value("profile"_L1).toString();
    a.sampleRate = o.value("sample_rate"_L1).toInt();
    a.channels = o.value("channels"_L1).toInt();
    a.channelLayout = o.value("channel_layout"_L1).toString();
    a.sampleFormat = o.value("sample_format"_L1).toString();
    a.bitDepth = o.value("bit_depth"_L1).toInt(-1);
    a.duration = o.value("duration"_L1).toDouble(-1);
    return a;
}

QString MediaFacts::guessedKind() const
{
    if (hasVideo())
        return u"video"_s;
    if (hasAudio())
        return u"audio"_s;
    return QString();
}

QJsonObject MediaFacts::toJson() const
{
    QJsonArray videoArray;
    for (const Video &v : video)
        videoArray.append(v.toJson());
    QJsonArray audioArray;
    for (const Audio &a : audio)
        audioArray.append(a.toJson());
    return QJsonObject{
        {"file_size"_L1, optionalInt(fileSize)},
        {"format"_L1, formatName},
        {"container"_L1, containerFamily},
        {"major_brand"_L1, majorBrand},
        {"compatible_brands"_L1, QJsonArray::fromStringList(compatibleBrands)},
        {"duration"_L1, optionalDouble(duration)},
        {"bit_rate"_L1, optionalInt(bitRate)},
        {"attached_pictures"_L1, attachedPictures},
        {"index_position"_L1, indexPosition},
        {"has_index"_L1, hasIndex},
        {"data_beyond_end"_L1, dataBeyondEnd},
        {"video"_L1, videoArray},
        {"audio"_L1, audioArray},
    };
}

MediaFacts MediaFacts::fromJson(const QJsonObject &o)
{
    MediaFacts f;
    f.fileSize = o.value("file_size"_L1).toInteger(-1);
    f.formatName = o.value("format"_L1).toString();
    f.containerFamily = o.value("container"_L1).toString();
    f.majorBrand = o.value("major_brand"_L1).toString();
    const QJsonArray brands = o.value("compatible_brands"_L1).toArray();
    for (const QJsonValue &b : brands)
        f.compatibleBrands.append(b.toString());
    f.duration = o.value("duration"_L1).toDouble(-1);
    f.bitRate = o.value("bit_rate"_L1).toInteger(-1);
    f.attachedPictures = o.value("attached_pictures"_L1).toInt();
    f.indexPosition = o.value("index_position"_L1).toString();
    f.hasIndex = o.value("has_index"_L1).toBool(true);
    f.dataBeyondEnd = o.value("data_beyond_end"_L1).toBool();
    const QJsonArray videoArray = o.value("video"_L1).toArray();
    for (const QJsonValue &v : videoArray)
        f.video.append(Video::fromJson(v.toObject()));
    const QJsonArray audioArray = o.value("audio"_L1).toArray();
    for (const QJsonValue &a : audioArray)
        f.audio.append(Audio::fromJson(a.toObject()));
    return f;
}
