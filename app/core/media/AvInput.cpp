#include "media/AvInput.h"

#include <QFile>

#include <cstring>
#include <mutex>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
}

using namespace Qt::StringLiterals;

namespace {
constexpr int IoBufferSize = 64 * 1024;
}

AvInput::~AvInput()
{
    if (m_ctx)
        avformat_close_input(&m_ctx);
    if (m_io) {
        av_freep(&m_io->buffer);
        avio_context_free(&m_io);
    }
}

QString AvInput::defaultFormatWhitelist()
{
    // The demuxers a submitted file may plausibly use; anything else is refused before it is parsed.
    return u"mov,mp4,m4a,3gp,3g2,mj2,mp3,wav,w64,aiff,aac,flac,ogg,matroska,webm,avi,mpegts,mpeg,flv,asf,"
           "h264,hevc,m4v,amr"_s;
}

QStringList AvInput::defaultCodecWhitelist()
{
    return {u"h264"_s,      u"hevc"_s,      u"mpeg4"_s,     u"mpeg2video"_s, u"mpeg1video"_s, u"h263"_s,
            u"vp8"_s,       u"vp9"_s,       u"av1"_s,       u"mjpeg"_s,      u"theora"_s,     u"flv1"_s,
            u"msmpeg4v3"_s, u"wmv3"_s,      u"vc1"_s,       u"prores"_s,     u"aac"_s,        u"mp3"_s,
            u"mp2"_s,       u"ac3"_s,       u"eac3"_s,      u"opus"_s,       u"vorbis"_s,     u"flac"_s,
            u"alac"_s,      u"pcm_s16le"_s, u"pcm_s16be"_s, u"pcm_s24le"_s,  u"pcm_s32le"_s,  u"pcm_f32le"_s,
            u"pcm_u8"_s,    u"amr_nb"_s,    u"amr_wb"_s,    u"wmav2"_s};
}

QString AvInput::decoderNames(const QStringList &codecs)
{
    QStringList names;
    void *state = nullptr;
    while (const AVCodec *codec = av_codec_iterate(&state)) {
        if (av_codec_is_decoder(codec) && codecs.contains(QLatin1String(avcodec_get_name(codec->id))))
            names.append(QString::fromLatin1(codec->name));
    }
    return names.join(u',');
}

QString AvInput::defaultDecoderWhitelist()
{
    static const QString names = decoderNames(defaultCodecWhitelist());
    return names;
}

QString AvInput::errorText(int averror)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {0};
    av_strerror(averror, text, sizeof text);
    return QString::fromUtf8(text);
}

namespace {
constexpr size_t kMaxSingleAllocation = size_t(256) << 20;
} // namespace

void AvInput::initLibav()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsEmpty("SUBMITDESK_AV_LOG"))
            av_log_set_level(AV_LOG_QUIET);
        // A hostile header can ask libav for huge buffers (a 716-byte MP4 found by the fuzzer made the mov
        // demuxer request 1 GiB). No frame, packet or index of a file we accept comes near 256 MiB, so any
        // single larger allocation is refused and the file is reported as damaged.
        av_max_alloc(kMaxSingleAllocation);
    });
}

void AvInput::restartClock(int timeoutMs)
{
    m_timedOut = false;
    m_deadline = timeoutMs > 0 ? std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs)
                               : std::chrono::steady_clock::time_point::max();
}

void AvInput::setDeadline(std::chrono::steady_clock::time_point deadline)
{
    m_timedOut = false;
    m_deadline = deadline;
}

int AvInput::interruptCallback(void *opaque)
{
    auto *self = static_cast<AvInput *>(opaque);
    if (self->cancelled())
        return 1;
    if (std::chrono::steady_clock::now() > self->m_deadline) {
        self->m_timedOut = true;
        return 1;
    }
    return 0;
}

int AvInput::readPacket(void *opaque, uint8_t *buf, int size)
{
    auto *self = static_cast<AvInput *>(opaque);
    const qint64 left = self->m_data.size() - self->m_pos;
    if (left <= 0)
        return AVERROR_EOF;
    const int n = int(qMin<qint64>(left, size));
    std::memcpy(buf, self->m_data.constData() + self->m_pos, size_t(n));
    self->m_pos += n;
    return n;
}

int64_t AvInput::seek(void *opaque, int64_t offset, int whence)
{
    auto *self = static_cast<AvInput *>(opaque);
    const qint64 size = self->m_data.size();
    qint64 target = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return size;
    case SEEK_SET:
        target = offset;
        break;
    case SEEK_CUR:
        target = self->m_pos + offset;
        break;
    case SEEK_END:
        target = size + offset;
        break;
    default:
        return AVERROR(EINVAL);
    }
    if (target < 0 || target > size)
        return AVERROR(EINVAL);
    self->m_pos = target;
    return target;
}

bool AvInput::openFile(const QString &path, const Limits &limits, QString *error)
{
    return open(QFile::encodeName(path).constData(), limits, error);
}

bool AvInput::openBuffer(const QByteArray &data, const Limits &limits, QString *error)
{
    m_data = data;
    m_pos = 0;
    auto *buffer = static_cast<unsigned char *>(av_malloc(IoBufferSize));
    if (!buffer) {
        if (error)
            *error = tr("out of memory");
        return false;
    }
    m_io = avio_alloc_context(buffer, IoBufferSize, 0, this, &AvInput::readPacket, nullptr, &AvInput::seek);
    if (!m_io) {
        av_free(buffer);
        if (error)
            *error = tr("out of memory");
        return false;
    }
    return open(nullptr, limits, error);
}

bool AvInput::open(const char *url, const Limits &limits, QString *error)
{
    initLibav();
    m_limits = limits;
    restartClock(limits.timeoutMs);
    m_ctx = avformat_alloc_context();
    if (!m_ctx) {
        if (error)
            *error = tr("out of memory");
        return false;
    }
    m_ctx->interrupt_callback.callback = &AvInput::interruptCallback;
    m_ctx->interrupt_callback.opaque = this;
    if (m_io) {
        m_ctx->pb = m_io;
        m_ctx->flags |= AVFMT_FLAG_CUSTOM_IO;
    }
    AVDictionary *options = nullptr;
    av_dict_set_int(&options, "probesize", qMax<qint64>(32, limits.probeSize), 0);
    av_dict_set_int(&options, "analyzeduration", qMax<qint64>(0, limits.analyzeDurationUs), 0);
    av_dict_set_int(&options, "max_streams", limits.maxStreams, 0);
    av_dict_set(&options, "format_whitelist", limits.formatWhitelist.toUtf8().constData(), 0);
    if (!limits.decoderWhitelist.isEmpty())
        av_dict_set(&options, "codec_whitelist", limits.decoderWhitelist.toUtf8().constData(), 0);
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    av_dict_set(&options, "enable_drefs", "0", 0);
    const int rc = avformat_open_input(&m_ctx, m_io ? "" : url, nullptr, &options);
    av_dict_free(&options);
    if (rc < 0) {
        // avformat_open_input frees the context on failure (not the custom AVIOContext).
        m_ctx = nullptr;
        if (error) {
            if (m_timedOut)
                *error = tr("timed out while opening");
            else if (cancelled())
                *error = tr("cancelled");
            else
                *error = errorText(rc);
        }
        return false;
    }
    return true;
}

bool AvInput::findStreamInfo(QString *error)
{
    const unsigned count = m_ctx->nb_streams;
    std::vector<AVDictionary *> options(count, nullptr);
    for (unsigned i = 0; i < count; ++i) {
        av_dict_set(&options[i], "threads", "1", 0);
        // Stream analysis only needs headers and timing: decode its few frames as cheaply as possible.
        av_dict_set(&options[i], "skip_loop_filter", "all", 0);
        av_dict_set(&options[i], "skip_idct", "all", 0);
        av_dict_set(&options[i], "flags2", "+fast", 0);
    }
    const int rc = avformat_find_stream_info(m_ctx, count ? options.data() : nullptr);
    for (AVDictionary *&d : options)
        av_dict_free(&d);
    if (rc < 0) {
        if (error)
            *error = m_timedOut    ? tr("timed out while reading the streams")
                     : cancelled() ? tr("cancelled")
                                   : errorText(rc);
        return false;
    }
    return true;
}
