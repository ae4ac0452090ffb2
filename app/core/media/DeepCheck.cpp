#include "media/DeepCheck.h"

#include "media/AvInput.h"

#include <QJsonArray>

#include <memory>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

using namespace Qt::StringLiterals;

namespace {
struct CodecDeleter
{
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
using CodecPtr = std::unique_ptr<AVCodecContext, CodecDeleter>;

struct Decoder
{
    CodecPtr codec;
    bool video = false;
    AVRational timeBase{0, 1};
};

// hh:mm:ss.mmm; callers word an unknown time (< 0) themselves.
QString clockText(double seconds)
{
    const qint64 ms = qint64(seconds * 1000.0 + 0.5);
    return u"%1:%2:%3.%4"_s.arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

double toSeconds(int64_t ts, AVRational tb)
{
    return ts == AV_NOPTS_VALUE ? -1.0 : double(ts) * av_q2d(tb);
}
} // namespace

QJsonObject DeepCheck::Result::toJson() const
{
    QJsonArray list;
    for (const DecodeError &e : errors)
        list.append(QJsonObject{{"time"_L1, e.time}, {"stream"_L1, e.stream}, {"message"_L1, e.message}});
    return QJsonObject{{"video_frames"_L1, videoFrames},
                       {"audio_frames"_L1, audioFrames},
                       {"decoded_until"_L1, decodedUntil},
                       {"error_count"_L1, errorCount},
                       {"errors"_L1, list}};
}

bool DeepCheck::run(const QString &path, Result *result, QString *error, const Options &options)
{
    *result = Result();
    AvInput::Limits limits;
    limits.cancel = options.cancel;
    AvInput input;
    QString reason;
    if (!input.openFile(path, limits, &reason)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, reason);
        return false;
    }
    input.restartClock(options.timeoutMs);
    AVFormatContext *ctx = input.context();
    std::vector<Decoder> decoders(ctx->nb_streams);
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        AVStream *st = ctx->streams[i];
        const AVMediaType type = st->codecpar->codec_type;
        if ((type != AVMEDIA_TYPE_VIDEO && type != AVMEDIA_TYPE_AUDIO) ||
            (st->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
            st->discard = AVDISCARD_ALL;
            continue;
        }
        const AVCodec *codec = avcodec_find_decoder(st->codecpar->codec_id);
        CodecPtr c(codec ? avcodec_alloc_context3(codec) : nullptr);
        if (!c || avcodec_parameters_to_context(c.get(), st->codecpar) < 0) {
            result->errors.append(
                {0, int(i),
                 tr("no decoder for %1").arg(QString::fromLatin1(avcodec_get_name(st->codecpar->codec_id)))});
            ++result->errorCount;
            st->discard = AVDISCARD_ALL;
            continue;
        }
        const bool video = type == AVMEDIA_TYPE_VIDEO;
        c->thread_count = video ? options.threads : 1;
        c->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
        c->pkt_timebase = st->time_base;
        if (avcodec_open2(c.get(), codec, nullptr) < 0) {
            result->errors.append({0, int(i), tr("the decoder does not accept this stream")});
            ++result->errorCount;
            st->discard = AVDISCARD_ALL;
            continue;
        }
        decoders[i] = Decoder{std::move(c), video, st->time_base};
    }

    const double duration = ctx->duration > 0 ? double(ctx->duration) / AV_TIME_BASE : 0;
    int lastPercent = -1;
    auto addError = [&](double time, int stream, const QString &message) {
        ++result->errorCount;
        if (result->errors.size() < options.maxErrorsListed)
            result->errors.append({time, stream, message});
    };
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    auto drain = [&](Decoder &d, int stream) {
        for (;;) {
            const int rc = avcodec_receive_frame(d.codec.get(), frame);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return;
            if (rc < 0) {
                addError(-1, stream, AvInput::errorText(rc));
                return;
            }
            const double t = toSeconds(frame->best_effort_timestamp, d.timeBase);
            if (frame->decode_error_flags || (frame->flags & AV_FRAME_FLAG_CORRUPT))
                addError(t, stream, tr("damaged picture or sound (concealed by the decoder)"));
            (d.video ? result->videoFrames : result->audioFrames) += 1;
            result->decodedUntil = qMax(result->decodedUntil, t);
            av_frame_unref(frame);
        }
    };
    bool ok = true;
    for (;;) {
        if (options.cancel && options.cancel->load()) {
            result->cancelled = true;
            ok = false;
            break;
        }
        const int rc = av_read_frame(ctx, packet);
        if (rc == AVERROR_EOF)
            break;
        if (rc < 0) {
            if (input.timedOut() || input.cancelled()) {
                result->cancelled = input.cancelled();
                if (input.timedOut())
                    addError(result->decodedUntil, -1, tr("time limit reached"));
                ok = !result->cancelled;
                break;
            }
            addError(result->decodedUntil, -1, tr("read error: %1").arg(AvInput::errorText(rc)));
            break;
        }
        const int index = packet->stream_index;
        if (index >= 0 && size_t(index) < decoders.size() && decoders[size_t(index)].codec) {
            Decoder &d = decoders[size_t(index)];
            const int sent = avcodec_send_packet(d.codec.get(), packet);
            if (sent < 0 && sent != AVERROR(EAGAIN))
                addError(toSeconds(packet->pts, d.timeBase), index, AvInput::errorText(sent));
            drain(d, index);
            if (options.progress && duration > 0) {
                const double t = toSeconds(packet->pts, d.timeBase);
                const int percent = int(qBound(0.0, t / duration, 1.0) * 100);
                if (percent > lastPercent) {
                    lastPercent = percent;
                    options.progress(percent / 100.0);
                }
            }
        }
        av_packet_unref(packet);
    }
    for (size_t i = 0; i < decoders.size(); ++i) {
        if (!decoders[i].codec)
            continue;
        avcodec_send_packet(decoders[i].codec.get(), nullptr);
        drain(decoders[i], int(i));
    }
    av_frame_free(&frame);
    av_packet_free(&packet);
    if (ok && options.progress)
        options.progress(1.0);
    if (!ok && error)
        *error = u"%1: %2"_s.arg(path, tr("cancelled"));
    return ok;
}

void DeepCheck::apply(const Result &result, CheckReport *report)
{
    report->deep = true;
    report->facts.insert("deep"_L1, result.toJson());
    CheckResult integrity;
    if (const CheckResult *existing = report->find(u"integrity"_s))
        integrity = *existing;
    integrity.id = u"integrity"_s;
    if (integrity.status == CheckResult::Status::Error)
        return;
    if (result.errorCount > 0) {
        const DecodeError &first = result.errors.first();
        const QString found =
            first.time < 0 ? tr("Decoding the whole file found %n error(s); the first at an unknown time: %1",
                                nullptr, result.errorCount)
                                 .arg(first.message)
                           : tr("Decoding the whole file found %n error(s); the first at %1: %2", nullptr,
                                result.errorCount)
                                 .arg(clockText(first.time), first.message);
        const QString count = tr("%n decode error(s)", nullptr, result.errorCount);
        if (integrity.status == CheckResult::Status::Fail) {
            // The quick check's diagnosis (cut short at byte N, no index …) is the precise one: keep it and
            // add what decoding found.
            integrity.actual = integrity.actual.isEmpty() ? count : u"%1; %2"_s.arg(integrity.actual, count);
            integrity.message =
                integrity.message.isEmpty() ? found : u"%1 %2"_s.arg(integrity.message, found);
        } else {
            integrity.status = CheckResult::Status::Fail;
            integrity.actual = count;
            integrity.message = found;
            integrity.hint =
                tr("Export the file again from the original; a damaged copy shows broken pictures "
                   "or clicks where the errors are.");
        }
    } else if (integrity.status == CheckResult::Status::Pass) {
        integrity.actual = tr("complete; decoded %1 video frames and %2 audio frames without error")
                               .arg(result.videoFrames)
                               .arg(result.audioFrames);
        integrity.message = tr("The whole file decodes without error.");
    }
    report->set(integrity);
}
