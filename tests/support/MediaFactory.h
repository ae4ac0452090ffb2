#pragma once

#include <QString>
#include <QStringList>

// Media made at test time with the ffmpeg CLI (never committed): tiny files that sit on either side
// of each technical rule. Every function returns false with a message when the tool fails.
namespace MediaFactory {
bool haveFfmpeg();

struct Video
{
    int width = 1280;
    int height = 720;
    QString rate = QStringLiteral("25"); // frames per second as ffmpeg takes it ("30000/1001")
    double seconds = 1.0;
    QString pixelFormat = QStringLiteral("yuv420p");
    QString codec = QStringLiteral("libx264");
    QString bitrate = QStringLiteral("3M"); // constant bitrate (x264 filler), so the bitrate rule is met
    QString format;                         // ffmpeg muxer ("mov", "mp4"); "" = from the file name
    bool audio = true;
    QString audioCodec = QStringLiteral("aac");
    int audioRate = 48000;
    bool faststart = true;     // index (moov) before the media data
    QString videoFilter;       // e.g. a select= filter for variable frame rate
    bool variableRate = false; // -fps_mode vfr
    QStringList extraArgs;     // before the output name
};
bool makeVideo(const QString &path, const Video &spec, QString *error);

struct Audio
{
    int rate = 44100;
    int channels = 2;
    double seconds = 1.0;
    QString codec = QStringLiteral("libmp3lame");
    QString format;    // "wav" to write WAV whatever the name
    QString coverJpeg; // a JPEG to embed as cover art (ID3 APIC), or ""
};
bool makeAudio(const QString &path, const Audio &spec, QString *error);

// A small JPEG picture (for cover art).
bool makeJpeg(const QString &path, QString *error);
// `bytes` pseudo-random bytes (fixed seed, so runs are repeatable).
bool writeRandom(const QString &path, qint64 bytes, quint32 seed, QString *error);
// The first `bytes` bytes of `source`.
bool truncateCopy(const QString &source, const QString &target, qint64 bytes, QString *error);
// Overwrites `bytes` bytes at `offset` with pseudo-random data (a damaged copy).
bool damage(const QString &path, qint64 offset, qint64 bytes, quint32 seed, QString *error);
// Sets the display matrix of the first track (tkhd) to a clockwise rotation of 90, 180 or 270 degrees.
bool setRotation(const QString &path, int degrees, QString *error);
} // namespace MediaFactory
