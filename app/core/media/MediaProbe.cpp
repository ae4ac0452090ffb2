#include "media/MediaProbe.h"

#include "media/AvcConfig.h"
#include "media/IsoBoxLayout.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstring>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

using namespace Qt::StringLiterals;

namespace {

double seconds(int64_t value, AVRational timeBase)
{
    if (value == AV_NOPTS_VALUE || value < 0)
        return -1;
    return double(value) * av_q2d(timeBase);
}

QString containerFamily(const QString &formatName, const QString &brand)
{
    if (formatName.contains("mov"_L1)) {
        if (brand.isEmpty() || brand == "qt  "_L1)
            return u"quicktime"_s;
        if (brand.startsWith("3g"_L1))
            return u"3gp"_s;
        if (brand == "M4A "_L1 || brand == "M4B "_L1 || brand == "M4P "_L1)
            return u"m4a"_s;
        if (brand == "M4V "_L1 || brand == "M4VH"_L1 || brand == "M4VP"_L1)
            return u"m4v"_s;
        if (brand.startsWith("mj2"_L1) || brand.startsWith("mjp2"_L1))
            return u"mj2"_s;
        return u"mp4"_s;
    }
    return formatName.section(u',', 0, 0);
}

QString chromaName(const AVPixFmtDescriptor *desc)
{
    if (!desc)
        return QString();
    if (desc->nb_components <= 2 && !(desc->flags & AV_PIX_FMT_FLAG_RGB))
        return u"4:0:0"_s;
    if (desc->flags & AV_PIX_FMT_FLAG_RGB)
        return u"rgb"_s;
    if (desc->log2_chroma_w == 1 && desc->log2_chroma_h == 1)
        return u"4:2:0"_s;
    if (desc->log2_chroma_w == 1 && desc->log2_chroma_h == 0)
        return u"4:2:2"_s;
    if (desc->log2_chroma_w == 0 && desc->log2_chroma_h == 0)
        return u"4:4:4"_s;
    if (desc->log2_chroma_w == 2 && desc->log2_chroma_h == 0)
        return u"4:1:1"_s;
    return u"other"_s;
}

int rotationOf(const AVStream *st)
{
    const uint8_t *matrix = av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    if (!matrix)
        return 0;
    const double angle = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (std::isnan(angle))
        return 0;
    // libavutil gives degrees counter-clockwise; report clockwise, snapped to quarter turns.
    int clockwise = int(std::lround(-angle / 90.0)) * 90;
    clockwise %= 360;
    if (clockwise < 0)
        clockwise += 360;
    return clockwise;
}

// Index timestamps: frame count, variable frame rate and the last byte any sample needs.
void scanIndex(AVStream *st, qint64 *entries, bool *variable, qint64 *dataEnd)
{
    const int count = avformat_index_get_entries_count(st);
    *entries = count;
    int64_t minDelta = INT64_MAX;
    int64_t maxDelta = 0;
    int64_t previous = AV_NOPTS_VALUE;
    for (int i = 0; i < count; ++i) {
        const AVIndexEntry *e = avformat_index_get_entry(st, i);
        if (!e)
            break;
        if (e->pos >= 0 && e->size > 0)
            *dataEnd = qMax<qint64>(*dataEnd, e->pos + e->size);
        if (previous != AV_NOPTS_VALUE && e->timestamp > previous) {
            const int64_t delta = e->timestamp - previous;
            minDelta = qMin(minDelta, delta);
            maxDelta = qMax(maxDelta, delta);
        }
        previous = e->timestamp;
    }
    if (variable && minDelta != INT64_MAX)
        *variable = (maxDelta - minDelta) > qMax<int64_t>(1, minDelta / 20);
}

void fillVideo(AVStream *st, MediaFacts::Video *v, qint64 *dataEnd)
{
    const AVCodecParameters *par = st->codecpar;
    v->index = st->index;
    v->codec = QString::fromLatin1(avcodec_get_name(par->codec_id));
    if (const char *profile = avcodec_profile_name(par->codec_id, par->profile))
        v->profile = QString::fromLatin1(profile);
    v->level = par->level > 0 ? par->level : -1;
    const auto format = AVPixelFormat(par->format);
    if (format != AV_PIX_FMT_NONE) {
        v->pixelFormat = QString::fromLatin1(av_get_pix_fmt_name(format));
        const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(format);
        if (desc) {
            v->bitDepth = desc->comp[0].depth;
            v->chroma = chromaName(desc);
        }
    } else if (par->bits_per_raw_sample > 0) {
        v->bitDepth = par->bits_per_raw_sample;
    }
    v->codedWidth = par->width;
    v->codedHeight = par->height;
    AVRational sar = st->sample_aspect_ratio.num > 0 ? st->sample_aspect_ratio : par->sample_aspect_ratio;
    if (sar.num > 0 && sar.den > 0) {
        av_reduce(&sar.num, &sar.den, sar.num, sar.den, 1 << 20);
        v->sarNum = sar.num;
        v->sarDen = sar.den;
    }
    v->rotation = rotationOf(st);
    int width = par->width;
    int height = par->height;
    if (v->sarNum != v->sarDen && v->sarDen > 0)
        width = int(std::lround(double(width) * v->sarNum / v->sarDen));
    if (v->rotation == 90 || v->rotation == 270)
        std::swap(width, height);
    v->displayWidth = width;
    v->displayHeight = height;
    if (st->r_frame_rate.num > 0 && st->r_frame_rate.den > 0)
        v->nominalFrameRate = av_q2d(st->r_frame_rate);
    v->duration = seconds(st->duration, st->time_base);
    qint64 indexEntries = 0;
    scanIndex(st, &indexEntries, &v->variableFrameRate, dataEnd);
    v->frames = st->nb_frames > 0 ? st->nb_frames : (indexEntries > 0 ? indexEntries : -1);
    if (v->frames > 0 && v->duration > 0)
        v->averageFrameRate = double(v->frames) / v->duration;
    else if (st->avg_frame_rate.num > 0 && st->avg_frame_rate.den > 0)
        v->averageFrameRate = av_q2d(st->avg_frame_rate);
    else
        v->averageFrameRate = v->nominalFrameRate;
    if (!v->variableFrameRate && v->nominalFrameRate > 0 && v->averageFrameRate > 0 &&
        std::abs(v->nominalFrameRate - v->averageFrameRate) / v->nominalFrameRate > 0.05)
        v->variableFrameRate = true;
}

void fillAudio(AVStream *st, MediaFacts::Audio *a, qint64 *dataEnd)
{
    const AVCodecParameters *par = st->codecpar;
    a->index = st->index;
    a->codec = QString::fromLatin1(avcodec_get_name(par->codec_id));
    if (const char *profile = avcodec_profile_name(par->codec_id, par->profile))
        a->profile = QString::fromLatin1(profile);
    a->sampleRate = par->sample_rate;
    a->channels = par->ch_layout.nb_channels;
    char layout[128] = {0};
    if (par->ch_layout.nb_channels > 0 &&
        av_channel_layout_describe(&par->ch_layout, layout, sizeof layout) > 0)
        a->channelLayout = QString::fromLatin1(layout);
    if (par->format >= 0) {
        if (const char *name = av_get_sample_fmt_name(AVSampleFormat(par->format)))
            a->sampleFormat = QString::fromLatin1(name);
    }
    const int pcmBits = av_get_exact_bits_per_sample(par->codec_id);
    if (pcmBits > 0)
        a->bitDepth = par->bits_per_raw_sample > 0 ? par->bits_per_raw_sample : pcmBits;
    a->duration = seconds(st->duration, st->time_base);
    qint64 entries = 0;
    scanIndex(st, &entries, nullptr, dataEnd);
}

bool fillFacts(AvInput &input, const IsoBoxLayout &layout, qint64 fileSize, MediaFacts *facts, QString *error)
{
    AVFormatContext *ctx = input.context();
    facts->fileSize = fileSize;
    facts->formatName = QString::fromLatin1(ctx->iformat->name);
    if (const AVDictionaryEntry *e = av_dict_get(ctx->metadata, "major_brand", nullptr, 0))
        facts->majorBrand = QString::fromLatin1(e->value);
    else if (!layout.majorBrand.isEmpty())
        facts->majorBrand = QString::fromLatin1(layout.majorBrand);
    if (const AVDictionaryEntry *e = av_dict_get(ctx->metadata, "compatible_brands", nullptr, 0)) {
        const QString all = QString::fromLatin1(e->value);
        for (qsizetype i = 0; i + 4 <= all.size(); i += 4)
            facts->compatibleBrands.append(all.mid(i, 4));
    }
    facts->containerFamily = containerFamily(facts->formatName, facts->majorBrand);
    if (ctx->duration != AV_NOPTS_VALUE && ctx->duration > 0)
        facts->duration = double(ctx->duration) / AV_TIME_BASE;

    qint64 dataEnd = -1;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        AVStream *st = ctx->streams[i];
        const AVMediaType type = st->codecpar->codec_type;
        if (type == AVMEDIA_TYPE_VIDEO) {
            if (st->disposition & AV_DISPOSITION_ATTACHED_PIC) {
                ++facts->attachedPictures;
                continue;
            }
            MediaFacts::Video v;
            fillVideo(st, &v, &dataEnd);
            facts->video.append(v);
        } else if (type == AVMEDIA_TYPE_AUDIO) {
            MediaFacts::Audio a;
            fillAudio(st, &a, &dataEnd);
            facts->audio.append(a);
        }
    }
    if (facts->duration <= 0) {
        for (const auto &v : std::as_const(facts->video))
            facts->duration = qMax(facts->duration, v.duration);
        for (const auto &a : std::as_const(facts->audio))
            facts->duration = qMax(facts->duration, a.duration);
    }
    if (facts->duration > 0 && fileSize >= 0)
        facts->bitRate = qint64(std::llround(double(fileSize) * 8.0 / facts->duration));
    if (layout.isIso) {
        facts->indexPosition = layout.indexPosition();
        facts->hasIndex = layout.hasIndex();
        facts->dataEnd = dataEnd;
        facts->dataBeyondEnd = dataEnd > fileSize || (layout.truncated && layout.mdatOffset >= 0 &&
                                                      layout.mdatOffset > layout.moovOffset);
    }
    if (facts->video.isEmpty() && facts->audio.isEmpty()) {
        if (error)
            *error = MediaProbe::tr("no audio or video stream found (format %1)").arg(facts->formatName);
        return false;
    }
    return true;
}

// An MP4 whose index gives every stream's frame count and duration and whose codec configuration records
// (avcC, AudioSpecificConfig) give profile, level and pixel format says all the rules need: no frame is
// decoded then (avformat_find_stream_info decodes a few per stream). Anything else takes the full path.
bool takeFromHeaders(AVFormatContext *ctx)
{
    if (!ctx->iformat || std::strcmp(ctx->iformat->name, "mov,mp4,m4a,3gp,3g2,mj2") != 0)
        return false;
    struct Video
    {
        AVCodecParameters *par;
        AvcConfig avc;
    };
    std::vector<Video> videos;
    std::vector<AVCodecParameters *> audios;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        AVStream *st = ctx->streams[i];
        AVCodecParameters *par = st->codecpar;
        const auto extradata = [par] {
            return QByteArray::fromRawData(reinterpret_cast<const char *>(par->extradata),
                                           qMax(0, par->extradata_size));
        };
        if (par->codec_type == AVMEDIA_TYPE_VIDEO) {
            if (st->disposition & AV_DISPOSITION_ATTACHED_PIC)
                continue;
            AvcConfig avc;
            if (par->codec_id != AV_CODEC_ID_H264 || par->width <= 0 || par->height <= 0 ||
                st->nb_frames <= 0 || st->duration <= 0 || !par->extradata ||
                !AvcConfig::parse(extradata(), &avc))
                return false;
            videos.push_back({par, avc});
        } else if (par->codec_type == AVMEDIA_TYPE_AUDIO) {
            if (par->codec_id != AV_CODEC_ID_AAC || par->sample_rate <= 0 ||
                par->ch_layout.nb_channels <= 0 || par->ch_layout.nb_channels > 2 || st->duration <= 0 ||
                !par->extradata || AvcConfig::aacProfile(extradata()) != FF_PROFILE_AAC_LOW)
                return false;
            audios.push_back(par);
        } else if (par->codec_type != AVMEDIA_TYPE_DATA && par->codec_type != AVMEDIA_TYPE_SUBTITLE) {
            return false;
        }
    }
    if (videos.empty() && audios.empty())
        return false;
    for (const Video &v : videos) {
        v.par->profile = v.avc.profile;
        v.par->level = v.avc.level;
        v.par->format = v.avc.pixelFormat;
    }
    for (AVCodecParameters *par : audios) {
        par->profile = FF_PROFILE_AAC_LOW;
        par->format = AV_SAMPLE_FMT_FLTP; // what the native decoder gives
        if (par->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC) {
            const int channels = par->ch_layout.nb_channels;
            av_channel_layout_uninit(&par->ch_layout);
            av_channel_layout_default(&par->ch_layout, channels); // mono or stereo, as the decoder says
        }
    }
    return true;
}

bool finish(AvInput &input, const IsoBoxLayout &layout, qint64 size, MediaFacts *facts, QString *error)
{
    if (!takeFromHeaders(input.context()) && !input.findStreamInfo(error))
        return false;
    return fillFacts(input, layout, size, facts, error);
}

QString openError(const IsoBoxLayout &layout, const QString &libavError)
{
    if (layout.isIso && !layout.hasIndex())
        return MediaProbe::tr("no index (moov box): the file is unfinished or cut short");
    return MediaProbe::tr("not a readable media file (%1)").arg(libavError);
}

} // namespace

bool MediaProbe::probe(const QString &path, MediaFacts *facts, QString *error, const Options &options,
                       Failure *failure)
{
    *facts = MediaFacts();
    facts->path = path;
    QString reason;
    const QFileInfo info(path);
    auto fail = [&](Failure kind, const QString &why) {
        if (failure)
            *failure = kind;
        if (error)
            *error = u"%1: %2"_s.arg(path, why);
        return false;
    };
    if (failure)
        *failure = Failure::None;
    if (!info.exists())
        return fail(Failure::Io, tr("no such file"));
    if (!info.isFile())
        return fail(Failure::Io, tr("not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Failure::Io, tr("cannot read: %1").arg(file.errorString()));
    // Readable but empty: the extreme case of a file cut short (docs/check-json.md).
    if (info.size() == 0)
        return fail(Failure::Content, tr("empty file (0 bytes)"));
    const IsoBoxLayout layout =
        IsoBoxLayout::scan(info.size(), [&file](qint64 offset, char *buf, qint64 len) {
            return file.seek(offset) ? file.read(buf, len) : qint64(-1);
        });
    file.close();
    AvInput input;
    if (!input.openFile(path, options, &reason)) {
        if (input.timedOut() || input.cancelled())
            return fail(Failure::Interrupted, reason);
        return fail(Failure::Content, openError(layout, reason));
    }
    if (!finish(input, layout, info.size(), facts, &reason))
        return fail(input.timedOut() || input.cancelled() ? Failure::Interrupted : Failure::Content, reason);
    return true;
}

bool MediaProbe::probeBuffer(const QByteArray &data, MediaFacts *facts, QString *error,
                             const Options &options)
{
    *facts = MediaFacts();
    if (data.isEmpty()) {
        if (error)
            *error = tr("empty file (0 bytes)");
        return false;
    }
    const IsoBoxLayout layout = IsoBoxLayout::scanBuffer(data);
    AvInput input;
    QString reason;
    if (!input.openBuffer(data, options, &reason)) {
        if (error)
            *error = input.timedOut() || input.cancelled() ? reason : openError(layout, reason);
        return false;
    }
    return finish(input, layout, data.size(), facts, error);
}
