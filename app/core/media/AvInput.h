#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>

struct AVFormatContext;
struct AVIOContext;

// A libavformat input opened defensively, for files we did not make: a format whitelist, only the
// "file" protocol, bounded probesize/analyzeduration and stream count, and an interrupt callback that
// stops any blocking call after a time limit or when a cancel flag is set. Reads a file or a buffer
// in memory (through a custom AVIOContext). Used by MediaProbe and DeepCheck.
class AvInput
{
    Q_DECLARE_TR_FUNCTIONS(AvInput)
public:
    struct Limits
    {
        int timeoutMs = 10000;              // for open + stream analysis; DeepCheck restarts it
        qint64 probeSize = 5 * 1000 * 1000; // bytes
        qint64 analyzeDurationUs = 5 * 1000 * 1000;
        int maxStreams = 64;
        QString formatWhitelist = defaultFormatWhitelist();
        // Decoders stream analysis may open (libav decoder names, comma-separated); "" = any.
        QString decoderWhitelist = defaultDecoderWhitelist();
        const std::atomic_bool *cancel = nullptr;
    };

    AvInput() = default;
    ~AvInput();
    AvInput(const AvInput &) = delete;
    AvInput &operator=(const AvInput &) = delete;

    bool openFile(const QString &path, const Limits &limits, QString *error);
    bool openBuffer(const QByteArray &data, const Limits &limits, QString *error);
    // avformat_find_stream_info with single-threaded decoders (fast for one file; callers run
    // many files in parallel instead).
    bool findStreamInfo(QString *error);

    AVFormatContext *context() const { return m_ctx; }
    // A new time limit from now (ms); 0 or less means none.
    void restartClock(int timeoutMs);
    // Blocking libav calls stop at this point in time (time_point::max(): never).
    void setDeadline(std::chrono::steady_clock::time_point deadline);
    bool timedOut() const { return m_timedOut; }
    bool cancelled() const { return m_limits.cancel && m_limits.cancel->load(); }

    static QString defaultFormatWhitelist();
    // Codecs (libav codec names, "h264") a file we did not make may be decoded in: what the standard asks
    // for and what wrong files commonly carry. Rarely used decoders (FFV1, old game and camera codecs …),
    // where fuzzing keeps finding bugs, are never opened.
    static QStringList defaultCodecWhitelist();
    // The names of every decoder of these codecs ("mp3" → "mp3float,mp3"), comma-separated.
    static QString decoderNames(const QStringList &codecs);
    static QString defaultDecoderWhitelist(); // decoderNames(defaultCodecWhitelist()), computed once
    static QString errorText(int averror);
    // Once per process: libav quiet unless SUBMITDESK_AV_LOG is set, and no single libav allocation over 256
    // MiB.
    static void initLibav();

private:
    bool open(const char *url, const Limits &limits, QString *error);
    static int interruptCallback(void *opaque);
    static int readPacket(void *opaque, uint8_t *buf, int size);
    static int64_t seek(void *opaque, int64_t offset, int whence);

    AVFormatContext *m_ctx = nullptr;
    AVIOContext *m_io = nullptr;
    QByteArray m_data;
    qint64 m_pos = 0;
    Limits m_limits;
    std::chrono::steady_clock::time_point m_deadline = std::chrono::steady_clock::time_point::max();
    bool m_timedOut = false;
};
