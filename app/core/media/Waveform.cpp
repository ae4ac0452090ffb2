#include "media/Waveform.h"

#include "media/AvInput.h"

#include <QJsonArray>
#include <QtEndian>

#include <chrono>
#include <cmath>
#include <memory>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

using namespace Qt::StringLiterals;

namespace {
using Clock = std::chrono::steady_clock;
constexpr int kMaxChannels = 16;
constexpr double kSilenceWindowSeconds = 0.02;

QString minutesText(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Turns samples into buckets and notes. Buckets hold the downmix (mean of the channels); silence and
// clipping look at every channel.
class Analyzer
{
public:
    Analyzer(const Waveform::Options &options, Waveform::Data *data, double declaredSeconds)
        : m_options(options), m_data(data)
    {
        const int buckets = qMax(1, options.buckets);
        const double expected =
            declaredSeconds > 0 ? declaredSeconds * data->sampleRate : data->sampleRate * 60.0;
        m_bucketSize = qMax<qint64>(1, qint64(std::ceil(expected / buckets)));
        m_window = qMax<qint64>(1, qint64(kSilenceWindowSeconds * data->sampleRate));
    }

    void feed(const float *const *planes, int channels, int samples)
    {
        for (int i = 0; i < samples; ++i) {
            float sum = 0, peak = 0;
            bool clipped = false;
            for (int c = 0; c < channels; ++c) {
                const float v = planes[c][i];
                sum += v;
                peak = qMax(peak, std::abs(v));
                clipped = clipped || std::abs(v) >= m_options.clipLevel;
            }
            addToBucket(sum / float(qMax(1, channels)));
            trackSilence(peak);
            trackClipping(clipped);
            ++m_sample;
        }
    }

    void finish()
    {
        if (m_inBucket > 0)
            closeBucket();
        closeSilence();
        closeClip();
        m_data->duration = double(m_sample) / m_data->sampleRate;
        m_data->bucketSeconds = double(m_bucketSize) / m_data->sampleRate;
    }

private:
    double at(qint64 sample) const { return double(sample) / m_data->sampleRate; }

    void addToBucket(float v)
    {
        m_min = m_inBucket == 0 ? v : qMin(m_min, v);
        m_max = m_inBucket == 0 ? v : qMax(m_max, v);
        if (++m_inBucket == m_bucketSize)
            closeBucket();
    }
    void closeBucket()
    {
        m_data->minimum.append(m_min);
        m_data->maximum.append(m_max);
        m_inBucket = 0;
        if (m_data->minimum.size() >= 2 * qMax(1, m_options.buckets))
            mergePairs();
    }
    // The file is longer than it said: halve the resolution so that memory stays bounded.
    void mergePairs()
    {
        QList<float> &lo = m_data->minimum;
        QList<float> &hi = m_data->maximum;
        const qsizetype half = lo.size() / 2;
        for (qsizetype i = 0; i < half; ++i) {
            lo[i] = qMin(lo[2 * i], lo[2 * i + 1]);
            hi[i] = qMax(hi[2 * i], hi[2 * i + 1]);
        }
        lo.resize(half);
        hi.resize(half);
        m_bucketSize *= 2;
    }
    void addNote(Waveform::Note::Kind kind, double start, double end)
    {
        if (m_data->notes.size() < m_options.maxNotes)
            m_data->notes.append({kind, start, end});
    }
    void trackSilence(float peak)
    {
        m_windowPeak = qMax(m_windowPeak, peak);
        if (++m_inWindow < m_window)
            return;
        const bool silent = m_windowPeak < m_options.silenceLevel;
        if (silent && m_silenceStart < 0)
            m_silenceStart = m_sample + 1 - m_inWindow;
        else if (!silent)
            closeSilence();
        m_inWindow = 0;
        m_windowPeak = 0;
    }
    void closeSilence()
    {
        const qint64 end = m_sample + 1 - m_inWindow;
        if (m_silenceStart >= 0 && at(end) - at(m_silenceStart) >= m_options.silenceSeconds)
            addNote(Waveform::Note::Kind::Silence, at(m_silenceStart), at(end));
        m_silenceStart = -1;
    }
    void trackClipping(bool clipped)
    {
        m_clipRun = clipped ? m_clipRun + 1 : 0;
        if (m_clipRun < m_options.clipRun)
            return;
        const double now = at(m_sample);
        if (m_clipStart >= 0 && now - m_clipEnd > m_options.clipMergeSeconds)
            closeClip();
        if (m_clipStart < 0)
            m_clipStart = at(m_sample + 1 - m_clipRun);
        m_clipEnd = now;
    }
    void closeClip()
    {
        if (m_clipStart >= 0)
            addNote(Waveform::Note::Kind::Clipping, m_clipStart, m_clipEnd);
        m_clipStart = -1;
    }

    const Waveform::Options &m_options;
    Waveform::Data *m_data;
    qint64 m_bucketSize = 1, m_inBucket = 0, m_sample = 0;
    float m_min = 0, m_max = 0;
    qint64 m_window = 1, m_inWindow = 0, m_silenceStart = -1;
    float m_windowPeak = 0;
    int m_clipRun = 0;
    double m_clipStart = -1, m_clipEnd = -1;
};

struct CodecDeleter
{
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
struct SwrDeleter
{
    void operator()(SwrContext *s) const { swr_free(&s); }
};

// One decode of the first audio stream: the input, decoder and converter to planar float.
struct Run
{
    AvInput input;
    AVStream *stream = nullptr;
    std::unique_ptr<AVCodecContext, CodecDeleter> codec;
    std::unique_ptr<SwrContext, SwrDeleter> swr;
    Clock::time_point deadline = Clock::time_point::max(); // decoding too, not only reading
    QString error;
    bool timedOut() const { return input.timedOut() || Clock::now() > deadline; }
};

bool openAudio(Run &run, const QString &path, const Waveform::Options &options, Waveform::Data *data)
{
    AvInput::Limits limits;
    limits.cancel = options.cancel;
    if (!run.input.openFile(path, limits, &run.error) || !run.input.findStreamInfo(&run.error))
        return false;
    AVFormatContext *ctx = run.input.context();
    const AVCodec *decoder = nullptr;
    const int index = av_find_best_stream(ctx, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
    if (index < 0) {
        run.error = Waveform::tr("the file has no sound");
        return false;
    }
    run.stream = ctx->streams[index];
    const QString name = QString::fromLatin1(avcodec_get_name(run.stream->codecpar->codec_id));
    if (!decoder || !AvInput::defaultCodecWhitelist().contains(name)) {
        run.error = Waveform::tr("sound in %1 cannot be decoded here").arg(name);
        return false;
    }
    run.codec.reset(avcodec_alloc_context3(decoder));
    if (!run.codec || avcodec_parameters_to_context(run.codec.get(), run.stream->codecpar) < 0 ||
        avcodec_open2(run.codec.get(), decoder, nullptr) < 0 || run.codec->sample_rate <= 0 ||
        run.codec->ch_layout.nb_channels <= 0 || run.codec->ch_layout.nb_channels > kMaxChannels) {
        run.error = Waveform::tr("the decoder does not accept this sound stream");
        return false;
    }
    for (unsigned i = 0; i < ctx->nb_streams; ++i)
        ctx->streams[i]->discard = int(i) == index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    data->sampleRate = run.codec->sample_rate;
    data->channels = run.codec->ch_layout.nb_channels;
    return true;
}

// Converts one decoded frame to planar float (the converter is made for the first frame) and feeds it.
bool feedFrame(Run &run, const AVFrame *frame, Analyzer &analyzer, std::vector<float> &buffer)
{
    if (frame->ch_layout.nb_channels != run.codec->ch_layout.nb_channels)
        return true; // a channel change mid-stream: skip the odd frame rather than misread it
    const int channels = frame->ch_layout.nb_channels;
    if (!run.swr) {
        SwrContext *swr = nullptr;
        if (swr_alloc_set_opts2(&swr, &run.codec->ch_layout, AV_SAMPLE_FMT_FLTP, frame->sample_rate,
                                &run.codec->ch_layout, AVSampleFormat(frame->format), frame->sample_rate, 0,
                                nullptr) < 0 ||
            swr_init(swr) < 0) {
            swr_free(&swr);
            run.error = Waveform::tr("cannot convert this sound format");
            return false;
        }
        run.swr.reset(swr);
    }
    const int capacity = frame->nb_samples + 256;
    buffer.resize(size_t(capacity) * size_t(channels));
    uint8_t *out[kMaxChannels] = {};
    const float *planes[kMaxChannels] = {};
    for (int c = 0; c < channels; ++c) {
        out[c] = reinterpret_cast<uint8_t *>(buffer.data() + size_t(c) * size_t(capacity));
        planes[c] = buffer.data() + size_t(c) * size_t(capacity);
    }
    const int n = swr_convert(run.swr.get(), out, capacity,
                              const_cast<const uint8_t **>(frame->extended_data), frame->nb_samples);
    if (n > 0)
        analyzer.feed(planes, channels, n);
    return true;
}

// Decodes every packet of the stream into the analyzer; false when stopped or failed.
bool decodeAll(Run &run, Analyzer &analyzer, const Waveform::Options &options, double declared)
{
    std::unique_ptr<AVPacket, void (*)(AVPacket *)> packet(av_packet_alloc(),
                                                           [](AVPacket *p) { av_packet_free(&p); });
    std::unique_ptr<AVFrame, void (*)(AVFrame *)> frame(av_frame_alloc(),
                                                        [](AVFrame *f) { av_frame_free(&f); });
    std::vector<float> buffer;
    int lastPercent = -1;
    bool end = false;
    while (!end) {
        if (run.input.cancelled() || run.timedOut())
            return false;
        const int rc = av_read_frame(run.input.context(), packet.get());
        if (rc < 0) {
            end = true;
            avcodec_send_packet(run.codec.get(), nullptr);
        } else if (packet->stream_index == run.stream->index) {
            avcodec_send_packet(run.codec.get(), packet.get()); // a damaged packet: go on with the next
            if (options.progress && declared > 0 && packet->pts != AV_NOPTS_VALUE) {
                const int percent =
                    int(qBound(0.0, packet->pts * av_q2d(run.stream->time_base) / declared, 1.0) * 100);
                if (percent > lastPercent)
                    options.progress((lastPercent = percent) / 100.0);
            }
        }
        av_packet_unref(packet.get());
        while (avcodec_receive_frame(run.codec.get(), frame.get()) >= 0) {
            const bool ok = feedFrame(run, frame.get(), analyzer, buffer);
            av_frame_unref(frame.get());
            if (!ok)
                return false;
        }
    }
    return !run.input.cancelled() && !run.timedOut();
}
} // namespace

QString Waveform::Note::text() const
{
    const QString from = minutesText(start), to = minutesText(end);
    const QString length = QString::number(end - start, 'f', end - start < 10 ? 1 : 0);
    if (kind == Kind::Silence)
        return QCoreApplication::translate("Waveform", "Silence from %1 to %2 (%3 s)").arg(from, to, length);
    if (from == to)
        return QCoreApplication::translate("Waveform", "Clipping (distorted loud sound) at %1").arg(from);
    return QCoreApplication::translate("Waveform", "Clipping (distorted loud sound) from %1 to %2")
        .arg(from, to);
}

QString Waveform::parametersKey(const Options &o)
{
    return u"v1;b=%1;sl=%2;ss=%3;cl=%4;cr=%5;cm=%6"_s.arg(o.buckets)
        .arg(o.silenceLevel)
        .arg(o.silenceSeconds)
        .arg(o.clipLevel)
        .arg(o.clipRun)
        .arg(o.clipMergeSeconds);
}

bool Waveform::compute(const QString &path, Data *data, QString *error, const Options &options)
{
    *data = Data();
    const Clock::time_point start = Clock::now();
    Run run;
    if (!openAudio(run, path, options, data)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, run.error);
        return false;
    }
    AVFormatContext *ctx = run.input.context();
    const double declared = ctx->duration > 0 ? double(ctx->duration) / AV_TIME_BASE : 0;
    if (options.timeLimitFactor > 0) {
        const double limit = qMax(0, options.minTimeLimitMs) / 1000.0 + options.timeLimitFactor * declared;
        run.deadline =
            start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limit));
        run.input.setDeadline(run.deadline);
    } else {
        run.input.setDeadline(Clock::time_point::max());
    }
    Analyzer analyzer(options, data, declared);
    if (!decodeAll(run, analyzer, options, declared)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, run.input.cancelled() ? tr("cancelled")
                                           : run.timedOut()      ? tr("timed out")
                                                                 : run.error);
        *data = Data();
        return false;
    }
    analyzer.finish();
    if (options.progress)
        options.progress(1.0);
    return true;
}

QByteArray Waveform::Data::peaksBlob() const
{
    QByteArray blob(minimum.size() * 4, Qt::Uninitialized);
    auto *out = reinterpret_cast<uchar *>(blob.data());
    auto encode = [](float v) { return qint16(std::lround(qBound(-1.0f, v, 1.0f) * 32767.0f)); };
    for (qsizetype i = 0; i < minimum.size(); ++i) {
        qToLittleEndian<qint16>(encode(minimum[i]), out + 4 * i);
        qToLittleEndian<qint16>(encode(maximum[i]), out + 4 * i + 2);
    }
    return blob;
}

QJsonObject Waveform::Data::infoJson() const
{
    QJsonArray list;
    for (const Note &n : notes)
        list.append(QJsonObject{{"kind"_L1, n.kind == Note::Kind::Silence ? "silence"_L1 : "clipping"_L1},
                                {"start"_L1, n.start},
                                {"end"_L1, n.end}});
    return {{"duration"_L1, duration},
            {"sample_rate"_L1, sampleRate},
            {"channels"_L1, channels},
            {"bucket_s"_L1, bucketSeconds},
            {"notes"_L1, list}};
}

bool Waveform::Data::fromStored(const QByteArray &peaks, const QJsonObject &info, Data *data)
{
    if (peaks.size() % 4 != 0 || !info.value("duration"_L1).isDouble())
        return false;
    *data = Data();
    data->duration = info.value("duration"_L1).toDouble();
    data->sampleRate = info.value("sample_rate"_L1).toInt();
    data->channels = info.value("channels"_L1).toInt();
    data->bucketSeconds = info.value("bucket_s"_L1).toDouble();
    const auto *in = reinterpret_cast<const uchar *>(peaks.constData());
    for (qsizetype i = 0; i < peaks.size() / 4; ++i) {
        data->minimum.append(qFromLittleEndian<qint16>(in + 4 * i) / 32767.0f);
        data->maximum.append(qFromLittleEndian<qint16>(in + 4 * i + 2) / 32767.0f);
    }
    for (const QJsonValue &v : info.value("notes"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        data->notes.append(
            {o.value("kind"_L1).toString() == "silence"_L1 ? Note::Kind::Silence : Note::Kind::Clipping,
             o.value("start"_L1).toDouble(), o.value("end"_L1).toDouble()});
    }
    return true;
}
