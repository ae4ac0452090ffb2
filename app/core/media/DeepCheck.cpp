#include "media/DeepCheck.h"

#include "media/AvInput.h"
#include "media/GopDecoders.h"

#include <QJsonArray>
#include <QThread>

#include <algorithm>

#include <chrono>
#include <climits>
#include <memory>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
}

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxReferenceFrames = 16; // H.264/HEVC keep at most 16 reference pictures
constexpr int kFramesInFlight = 2;      // the picture being decoded and the one handed to us
using Clock = std::chrono::steady_clock;

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
    std::unique_ptr<GopDecoders> gops; // instead of `codec`: H.264 decoded range by range in parallel
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

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

void appendCodecs(const QJsonValue &value, QStringList *list)
{
    for (const QJsonValue &v : value.toArray())
        if (!v.toString().isEmpty() && !list->contains(v.toString()))
            list->append(v.toString());
}

// Bytes of one decoded picture of this stream (its declared size and pixel format; 4:2:0 8-bit when the
// container does not say), or 0 when the container declares no size.
qint64 pictureBytes(const AVCodecParameters *par)
{
    if (par->width <= 0 || par->height <= 0)
        return 0;
    const auto format = par->format >= 0 ? AVPixelFormat(par->format) : AV_PIX_FMT_YUV420P;
    const int bytes = av_image_get_buffer_size(format, par->width, par->height, 1);
    return bytes > 0 ? bytes : qint64(par->width) * par->height * 3 / 2;
}

// The whole check's deadline: minTimeLimitMs + factor × duration from the start; max() when unlimited.
Clock::time_point deadlineFor(const DeepCheck::Options &options, Clock::time_point start, double duration,
                              double *limitSeconds)
{
    if (options.timeLimitFactor <= 0) {
        *limitSeconds = 0;
        return Clock::time_point::max();
    }
    *limitSeconds = qMax(0, options.minTimeLimitMs) / 1000.0 + options.timeLimitFactor * qMax(0.0, duration);
    return start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(*limitSeconds));
}

// Everything a run shares between its steps.
struct Run
{
    const DeepCheck::Options &options;
    DeepCheck::Result *result;
    AvInput input;
    std::vector<Decoder> decoders;
    QStringList whitelist;
    qint64 budgetLeft = 0;
    Clock::time_point deadline = Clock::time_point::max();

    explicit Run(const DeepCheck::Options &o, DeepCheck::Result *r) : options(o), result(r) {}

    void addError(double time, int stream, const QString &message)
    {
        ++result->errorCount;
        if (result->errors.size() < options.maxErrorsListed)
            result->errors.append({time, stream, message});
    }
    void refuse(AVStream *st, const QString &codec, const QString &message)
    {
        addError(0, st->index, message);
        if (!result->refusedCodecs.contains(codec))
            result->refusedCodecs.append(codec);
        st->discard = AVDISCARD_ALL;
    }
    // True when the check must stop now: cancel, or the time limit (noted in the result).
    bool stopped()
    {
        if (options.cancel && options.cancel->load()) {
            result->cancelled = true;
            return true;
        }
        if (input.timedOut() || Clock::now() > deadline) {
            result->timedOut = true;
            return true;
        }
        return false;
    }
};

// Threads and max_pixels for a video decoder within the budget left, or false (with the memory it would
// need) when even one thread does not fit.
bool fitVideoBudget(Run &run, const AVCodecParameters *par, AVCodecContext *c, qint64 *needed)
{
    // 0 = libav's automatic count (cores + 1, at most 16), kept when the budget allows it.
    const bool automatic = run.options.threads <= 0;
    int threads =
        automatic ? qMin(qMax(1, QThread::idealThreadCount()) + 1, 16) : qMin(run.options.threads, 16);
    const int wanted = threads;
    const qint64 picture = pictureBytes(par);
    auto need = [picture](int t) { return picture * (kMaxReferenceFrames + kFramesInFlight + t); };
    while (threads > 1 && need(threads) > run.budgetLeft)
        threads = qMax(1, threads / 2);
    *needed = need(threads);
    if (*needed > run.budgetLeft)
        return false;
    // The bitstream may claim larger pictures than the container: max_pixels makes the decoder refuse
    // any picture that would break the budget.
    const qint64 frames = kMaxReferenceFrames + kFramesInFlight + threads;
    const qint64 bytesPerPixel = picture > 0
                                     ? qMax<qint64>(1, (picture + qint64(par->width) * par->height - 1) /
                                                           (qint64(par->width) * par->height))
                                     : 2;
    c->max_pixels = qBound(qint64(1), run.budgetLeft / (frames * bytesPerPixel), qint64(INT_MAX));
    c->thread_count = automatic && threads == wanted ? 0 : threads;
    run.budgetLeft -= *needed;
    return true;
}

// H.264 in MP4/MOV with more than one thread allowed: decoded range by range (IDR to IDR), one
// single-threaded decoder per core, when their pictures fit the budget that frame threads were given
// (`granted`); otherwise the frame-threaded decoder stays. Frame threading costs 2–12 % CPU in
// synchronisation (docs/benchmarks.md). Each worker's queue holds 4 MiB of packets: enough for the workers
// to overlap on ranges of common sizes, little enough that reading stays near decoding (a cancelled check
// stops reading the file early).
void tryRangesInParallel(Run &run, AVStream *st, qint64 granted)
{
    Decoder &d = run.decoders[size_t(st->index)];
    const int threads = d.codec->thread_count;
    if (threads < 2 || !GopDecoders::suits(st->codecpar))
        return;
    const int workers = qMax(2, threads - 1);
    const qint64 perDecoder = pictureBytes(st->codecpar) * (kMaxReferenceFrames + kFramesInFlight + 1);
    const qint64 available = run.budgetLeft + granted;
    if (perDecoder <= 0 || perDecoder * workers > available)
        return;
    const qint64 maxPixels =
        qMax<qint64>(1, d.codec->max_pixels * (kMaxReferenceFrames + kFramesInFlight + threads) /
                            ((kMaxReferenceFrames + kFramesInFlight + 1) * workers));
    auto gops = std::make_unique<GopDecoders>();
    const qint64 idleQueue =
        std::clamp<qint64>((available - perDecoder * workers) / (2 * workers), qint64(4) << 20, qint64(32) << 20);
    if (!gops->open(st->codecpar, st->time_base, workers, maxPixels, qint64(4) << 20, idleQueue))
        return; // the frame-threaded decoder stays
    run.budgetLeft = available - perDecoder * workers;
    run.result->videoThreads = workers;
    d.codec.reset();
    d.gops = std::move(gops);
}

// One decoder per audio and video stream whose codec is on the whitelist and fits the memory budget;
// every other stream is discarded (a refused one named in the result).
void openDecoders(Run &run)
{
    AVFormatContext *ctx = run.input.context();
    run.decoders.resize(ctx->nb_streams);
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        AVStream *st = ctx->streams[i];
        const AVMediaType type = st->codecpar->codec_type;
        if ((type != AVMEDIA_TYPE_VIDEO && type != AVMEDIA_TYPE_AUDIO) ||
            (st->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
            st->discard = AVDISCARD_ALL;
            continue;
        }
        const QString name = QString::fromLatin1(avcodec_get_name(st->codecpar->codec_id));
        if (!run.whitelist.contains(name)) {
            run.refuse(st, name,
                       DeepCheck::tr("%1 is not among the codecs the deep check decodes; the stream was "
                                     "not decoded")
                           .arg(name));
            continue;
        }
        const AVCodec *codec = avcodec_find_decoder(st->codecpar->codec_id);
        CodecPtr c(codec ? avcodec_alloc_context3(codec) : nullptr);
        if (!c || avcodec_parameters_to_context(c.get(), st->codecpar) < 0) {
            run.addError(0, int(i), DeepCheck::tr("no decoder for %1").arg(name));
            st->discard = AVDISCARD_ALL;
            continue;
        }
        const bool video = type == AVMEDIA_TYPE_VIDEO;
        qint64 needed = 0;
        if (video && !fitVideoBudget(run, st->codecpar, c.get(), &needed)) {
            run.refuse(st, name,
                       DeepCheck::tr("decoding %1×%2 pictures needs about %3 MiB, more than the deep check's "
                                     "memory budget of %4 MiB; the stream was not decoded")
                           .arg(st->codecpar->width)
                           .arg(st->codecpar->height)
                           .arg(mebibytes(needed), mebibytes(run.options.memoryBudget)));
            continue;
        }
        if (!video)
            c->thread_count = 1;
        c->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
        // The in-loop deblocking filter only smooths block edges of pictures already decoded: it cannot
        // reveal a damaged bitstream (errors surface while slices are parsed and reconstructed), and it is
        // about a tenth of H.264 decoding time (measured on 720p test patterns). Every error is still found.
        if (video)
            c->skip_loop_filter = AVDISCARD_ALL;
        c->pkt_timebase = st->time_base;
        if (avcodec_open2(c.get(), codec, nullptr) < 0) {
            run.addError(0, int(i), DeepCheck::tr("the decoder does not accept this stream"));
            st->discard = AVDISCARD_ALL;
            continue;
        }
        if (video)
            run.result->videoThreads = c->thread_count; // libav's actual count once open
        run.decoders[i] = Decoder{std::move(c), video, st->time_base, nullptr};
        if (video)
            tryRangesInParallel(run, st, needed);
    }
}

// Every frame the decoder has ready, counted; damaged ones noted.
void drain(Run &run, Decoder &d, int stream, AVFrame *frame)
{
    for (;;) {
        const int rc = avcodec_receive_frame(d.codec.get(), frame);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return;
        if (rc < 0) {
            run.addError(-1, stream, AvInput::errorText(rc));
            return;
        }
        const double t = toSeconds(frame->best_effort_timestamp, d.timeBase);
        if (frame->decode_error_flags || (frame->flags & AV_FRAME_FLAG_CORRUPT))
            run.addError(t, stream, DeepCheck::tr("damaged picture or sound (concealed by the decoder)"));
        (d.video ? run.result->videoFrames : run.result->audioFrames) += 1;
        run.result->decodedUntil = qMax(run.result->decodedUntil, t);
        av_frame_unref(frame);
    }
}

// Waits for the ranges decoded in parallel and takes their frames and errors into the result.
void takeRanges(Run &run, GopDecoders &gops, int stream)
{
    gops.finish();
    run.result->videoFrames += gops.frames();
    run.result->decodedUntil = qMax(run.result->decodedUntil, gops.decodedUntil());
    const QList<GopDecoders::Error> errors = gops.errors();
    for (const GopDecoders::Error &e : errors)
        run.addError(e.time, stream, e.message);
    run.result->errorCount += gops.errorCount() - int(errors.size());
}

// Reads and decodes every packet; false when cancel or the time limit stopped it.
bool decodeAll(Run &run, AVPacket *packet, AVFrame *frame)
{
    AVFormatContext *ctx = run.input.context();
    const double duration = ctx->duration > 0 ? double(ctx->duration) / AV_TIME_BASE : 0;
    int lastPercent = -1;
    for (;;) {
        if (run.stopped())
            return false;
        const int rc = av_read_frame(ctx, packet);
        if (rc == AVERROR_EOF)
            break;
        if (rc < 0) {
            if (run.stopped())
                return false;
            run.addError(run.result->decodedUntil, -1,
                         DeepCheck::tr("read error: %1").arg(AvInput::errorText(rc)));
            break;
        }
        const int index = packet->stream_index;
        if (index >= 0 && size_t(index) < run.decoders.size() &&
            (run.decoders[size_t(index)].codec || run.decoders[size_t(index)].gops)) {
            Decoder &d = run.decoders[size_t(index)];
            if (d.gops) {
                d.gops->push(packet);
            } else {
                const int sent = avcodec_send_packet(d.codec.get(), packet);
                if (sent < 0 && sent != AVERROR(EAGAIN))
                    run.addError(toSeconds(packet->pts, d.timeBase), index, AvInput::errorText(sent));
                drain(run, d, index, frame);
            }
            if (run.options.progress && duration > 0) {
                const double t = toSeconds(packet->pts, d.timeBase);
                const int percent = int(qBound(0.0, t / duration, 1.0) * 100);
                if (percent > lastPercent) {
                    lastPercent = percent;
                    run.options.progress(percent / 100.0);
                }
            }
        }
        av_packet_unref(packet);
    }
    for (size_t i = 0; i < run.decoders.size(); ++i) {
        if (run.stopped())
            return false;
        if (run.decoders[i].gops)
            takeRanges(run, *run.decoders[i].gops, int(i));
        if (!run.decoders[i].codec)
            continue;
        avcodec_send_packet(run.decoders[i].codec.get(), nullptr);
        drain(run, run.decoders[i], int(i), frame);
    }
    // Ranges decoded in parallel report their errors out of order: the first one listed is the earliest.
    std::stable_sort(run.result->errors.begin(), run.result->errors.end(),
                     [](const DeepCheck::DecodeError &a, const DeepCheck::DecodeError &b) {
                         return (a.time < 0 ? 1e300 : a.time) < (b.time < 0 ? 1e300 : b.time);
                     });
    return true;
}
} // namespace

QStringList DeepCheck::defaultCodecWhitelist()
{
    return AvInput::defaultCodecWhitelist();
}

QStringList DeepCheck::codecWhitelist(const QJsonObject &technical)
{
    QStringList list = defaultCodecWhitelist();
    const QJsonObject video = technical.value("video"_L1).toObject();
    appendCodecs(video.value("video_codec"_L1).toObject().value("codecs"_L1), &list);
    appendCodecs(video.value("audio_codec"_L1).toObject().value("codecs"_L1), &list);
    appendCodecs(technical.value("audio"_L1).toObject().value("audio_codec"_L1).toObject().value("codecs"_L1),
                 &list);
    return list;
}

QJsonObject DeepCheck::Result::toJson() const
{
    QJsonArray list;
    for (const DecodeError &e : errors)
        list.append(QJsonObject{{"time"_L1, e.time}, {"stream"_L1, e.stream}, {"message"_L1, e.message}});
    return QJsonObject{{"video_frames"_L1, videoFrames},
                       {"audio_frames"_L1, audioFrames},
                       {"decoded_until"_L1, decodedUntil},
                       {"error_count"_L1, errorCount},
                       {"errors"_L1, list},
                       {"timed_out"_L1, timedOut},
                       {"time_limit_s"_L1, timeLimitSeconds},
                       {"video_threads"_L1, videoThreads},
                       {"refused_codecs"_L1, QJsonArray::fromStringList(refusedCodecs)}};
}

bool DeepCheck::run(const QString &path, Result *result, QString *error, const Options &options)
{
    *result = Result();
    const Clock::time_point start = Clock::now();
    Run run(options, result);
    AvInput::Limits limits;
    limits.cancel = options.cancel;
    QString reason;
    if (!run.input.openFile(path, limits, &reason)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, reason);
        return false;
    }
    AVFormatContext *ctx = run.input.context();
    const double duration = ctx->duration > 0 ? double(ctx->duration) / AV_TIME_BASE : 0;
    run.deadline = deadlineFor(options, start, duration, &result->timeLimitSeconds);
    run.input.setDeadline(run.deadline);
    run.whitelist = options.codecWhitelist.isEmpty() ? defaultCodecWhitelist() : options.codecWhitelist;
    run.budgetLeft = qMax<qint64>(0, options.memoryBudget);
    openDecoders(run);

    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    const bool ok = packet && frame && decodeAll(run, packet, frame);
    av_frame_free(&frame);
    av_packet_free(&packet);
    run.decoders.clear();
    if (ok && options.progress)
        options.progress(1.0);
    if (!ok && error) {
        if (result->cancelled)
            *error = u"%1: %2"_s.arg(path, tr("cancelled"));
        else if (result->timedOut)
            *error = u"%1: %2"_s.arg(path, tr("timed out after %1 s, decoded up to %2")
                                               .arg(result->timeLimitSeconds, 0, 'f', 1)
                                               .arg(clockText(result->decodedUntil)));
        else
            *error = u"%1: %2"_s.arg(path, tr("out of memory"));
    }
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
    if (result.timedOut) {
        // Neither damaged nor complete: not judged. The user sees why and what to do.
        integrity.status = CheckResult::Status::Error;
        integrity.actual = tr("timed out after %1 s, decoded up to %2")
                               .arg(result.timeLimitSeconds, 0, 'f', 1)
                               .arg(clockText(result.decodedUntil));
        integrity.message = tr("The deep check timed out: decoding this file takes far longer than playing "
                               "it, so it was not checked to the end.");
        integrity.hint = tr("Re-encode the file to the standard's settings; very large pictures or very "
                            "many frames make decoding slow.");
    } else if (result.errorCount > 0) {

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
