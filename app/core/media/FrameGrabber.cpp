#include "media/FrameGrabber.h"

#include "media/AvInput.h"

#include <QTransform>

#include <chrono>
#include <cmath>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libswscale/swscale.h>
}

using namespace Qt::StringLiterals;

namespace {
struct CodecDeleter
{
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
struct FrameDeleter
{
    void operator()(AVFrame *f) const { av_frame_free(&f); }
};
struct PacketDeleter
{
    void operator()(AVPacket *p) const { av_packet_free(&p); }
};
struct SwsDeleter
{
    void operator()(SwsContext *s) const { sws_freeContext(s); }
};
using CodecPtr = std::unique_ptr<AVCodecContext, CodecDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;

// The state of one grab: the input, its video stream and decoder.
struct Grab
{
    AvInput input;
    AVStream *stream = nullptr;
    CodecPtr codec;
    double start = 0; // the file's start time (s): times the caller gives are relative to it
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    QString error;

    double seconds(int64_t ts) const { return double(ts) * av_q2d(stream->time_base) - start; }
    bool stopped(QString *why) const
    {
        if (input.cancelled())
            *why = FrameGrabber::tr("cancelled");
        else if (input.timedOut() || std::chrono::steady_clock::now() > deadline)
            *why = FrameGrabber::tr("timed out");
        else
            return false;
        return true;
    }
};

bool openVideo(Grab &g, const QString &path, const FrameGrabber::Options &options)
{
    AvInput::Limits limits;
    limits.timeoutMs = options.timeLimitMs;
    limits.cancel = options.cancel;
    if (!g.input.openFile(path, limits, &g.error) || !g.input.findStreamInfo(&g.error))
        return false;
    AVFormatContext *ctx = g.input.context();
    const AVCodec *decoder = nullptr;
    const int index = av_find_best_stream(ctx, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (index < 0 || (ctx->streams[index]->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
        g.error = FrameGrabber::tr("the file has no video picture to take a frame from");
        return false;
    }
    g.stream = ctx->streams[index];
    const AVCodecParameters *par = g.stream->codecpar;
    const QString name = QString::fromLatin1(avcodec_get_name(par->codec_id));
    if (!decoder || !AvInput::defaultCodecWhitelist().contains(name)) {
        g.error = FrameGrabber::tr("pictures in %1 cannot be decoded here").arg(name);
        return false;
    }
    if (qint64(par->width) * par->height > options.maxPixels) {
        g.error = FrameGrabber::tr("the picture is too large (%1×%2)").arg(par->width).arg(par->height);
        return false;
    }
    g.codec.reset(avcodec_alloc_context3(decoder));
    if (!g.codec || avcodec_parameters_to_context(g.codec.get(), par) < 0) {
        g.error = FrameGrabber::tr("out of memory");
        return false;
    }
    g.codec->max_pixels = options.maxPixels;
    g.codec->thread_count = 2;
    g.codec->pkt_timebase = g.stream->time_base;
    if (avcodec_open2(g.codec.get(), decoder, nullptr) < 0) {
        g.error = FrameGrabber::tr("the decoder does not accept this video stream");
        return false;
    }
    g.start = ctx->start_time != AV_NOPTS_VALUE ? double(ctx->start_time) / AV_TIME_BASE : 0.0;
    for (AVStream *other : QList<AVStream *>(ctx->streams, ctx->streams + ctx->nb_streams))
        other->discard = other == g.stream ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    return true;
}

// Takes the frames the decoder has ready; keeps in `best` the last one at or before `target` (s) and
// returns true once a later frame shows that `best` is the one (or when the first frame is already later).
bool takeFrames(Grab &g, double target, AVFrame *scratch, FramePtr &best, bool *failed)
{
    for (;;) {
        const int rc = avcodec_receive_frame(g.codec.get(), scratch);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return false;
        if (rc < 0) {
            g.error = AvInput::errorText(rc);
            *failed = true;
            return false;
        }
        const int64_t ts = scratch->best_effort_timestamp;
        const double t = ts == AV_NOPTS_VALUE ? target : g.seconds(ts);
        if (t > target + 1e-6 && best) {
            av_frame_unref(scratch);
            return true;
        }
        if (!best)
            best.reset(av_frame_alloc());
        av_frame_unref(best.get());
        av_frame_move_ref(best.get(), scratch);
        if (t > target + 1e-6)
            return true;
    }
}

// Seeks to the keyframe at or before `target` and decodes forward to the frame covering it.
FramePtr decodeAt(Grab &g, double target)
{
    AVFormatContext *ctx = g.input.context();
    const int64_t ts = int64_t(std::floor((qMax(0.0, target) + g.start) / av_q2d(g.stream->time_base)));
    if (av_seek_frame(ctx, g.stream->index, ts, AVSEEK_FLAG_BACKWARD) < 0)
        av_seek_frame(ctx, -1, 0, AVSEEK_FLAG_BYTE | AVSEEK_FLAG_BACKWARD); // read from the start instead
    avcodec_flush_buffers(g.codec.get());
    PacketPtr packet(av_packet_alloc());
    FramePtr scratch(av_frame_alloc());
    FramePtr best;
    bool failed = false;
    bool done = false;
    while (!done && !failed) {
        if (g.stopped(&g.error))
            return nullptr;
        const int rc = av_read_frame(ctx, packet.get());
        if (rc < 0) {
            avcodec_send_packet(g.codec.get(), nullptr); // the end: the decoder's last frames
            takeFrames(g, target, scratch.get(), best, &failed);
            break;
        }
        if (packet->stream_index == g.stream->index) {
            avcodec_send_packet(g.codec.get(), packet.get()); // a damaged packet: the next one may decode
            done = takeFrames(g, target, scratch.get(), best, &failed);
        }
        av_packet_unref(packet.get());
    }
    if (g.stopped(&g.error))
        return nullptr;
    if (!best && g.error.isEmpty())
        g.error = FrameGrabber::tr("no picture could be decoded at this time");
    return best;
}

// The frame as RGB at its display size, in the colours its colour space and range state.
QImage toImage(const AVFrame *f, const QSize &size, QString *error)
{
    std::unique_ptr<SwsContext, SwsDeleter> sws(sws_getContext(
        f->width, f->height, AVPixelFormat(f->format), size.width(), size.height(), AV_PIX_FMT_RGB24,
        SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr, nullptr, nullptr));
    QImage image(size, QImage::Format_RGB888);
    if (!sws || image.isNull()) {
        *error = FrameGrabber::tr("cannot convert this picture format");
        return {};
    }
    const int space = f->colorspace == AVCOL_SPC_UNSPECIFIED ? SWS_CS_DEFAULT : int(f->colorspace);
    const int fullRange = f->color_range == AVCOL_RANGE_JPEG || f->format == AV_PIX_FMT_YUVJ420P ||
                          f->format == AV_PIX_FMT_YUVJ422P || f->format == AV_PIX_FMT_YUVJ444P;
    sws_setColorspaceDetails(sws.get(), sws_getCoefficients(space), fullRange,
                             sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    if (sws_scale(sws.get(), f->data, f->linesize, 0, f->height, dst, dstStride) != size.height()) {
        *error = FrameGrabber::tr("cannot convert this picture format");
        return {};
    }
    return image;
}
} // namespace

int FrameGrabber::clockwiseRotation(const qint32 *displayMatrix)
{
    if (!displayMatrix)
        return 0;
    const double counterClockwise = av_display_rotation_get(reinterpret_cast<const int32_t *>(displayMatrix));
    if (std::isnan(counterClockwise))
        return 0;
    const int degrees = int(std::lround(-counterClockwise / 90.0)) * 90;
    return ((degrees % 360) + 360) % 360;
}

QSize FrameGrabber::displaySize(const QSize &coded, double sampleAspect)
{
    if (!(sampleAspect > 0) || std::abs(sampleAspect - 1.0) < 1e-9)
        return coded;
    return {qMax(1, int(std::lround(coded.width() * sampleAspect))), coded.height()};
}

bool FrameGrabber::grab(const QString &path, double seconds, Frame *frame, QString *error,
                        const Options &options)
{
    *frame = Frame();
    Grab g;
    // Decoding is bounded too, not only reading (the interrupt callback only sees reads).
    g.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(qMax(1, options.timeLimitMs));
    FramePtr decoded;
    if (openVideo(g, path, options))
        decoded = decodeAt(g, seconds);
    if (!decoded) {
        if (error)
            *error = u"%1: %2"_s.arg(path, g.error);
        return false;
    }
    const AVRational sar = av_guess_sample_aspect_ratio(g.input.context(), g.stream, decoded.get());
    frame->sampleAspect = sar.num > 0 && sar.den > 0 ? av_q2d(sar) : 1.0;
    frame->codedSize = QSize(decoded->width, decoded->height);
    const int64_t ts = decoded->best_effort_timestamp;
    frame->time = ts == AV_NOPTS_VALUE ? seconds : g.seconds(ts);
    frame->duration =
        decoded->pkt_duration > 0 ? double(decoded->pkt_duration) * av_q2d(g.stream->time_base) : 0;
    QString why;
    QImage image = toImage(decoded.get(), displaySize(frame->codedSize, frame->sampleAspect), &why);
    if (image.isNull()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, why);
        return false;
    }
    const uint8_t *matrix = av_stream_get_side_data(g.stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    frame->rotation = clockwiseRotation(reinterpret_cast<const qint32 *>(matrix));
    if (frame->rotation != 0)
        image = image.transformed(QTransform().rotate(frame->rotation));
    frame->image = image;
    return true;
}
