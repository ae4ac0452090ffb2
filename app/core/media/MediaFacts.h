#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the probe measured in one media file: plain data, no judgement. MediaPolicy judges it.
// Sizes in pixels, times in seconds, rates in bit/s and Hz. -1 or "" means "not known".
struct MediaFacts
{
    struct Video
    {
        int index = -1;      // stream index in the container
        QString codec;       // "h264"
        QString profile;     // "High", "Constrained Baseline" … (libavcodec's name)
        int level = -1;      // 31 = level 3.1
        QString pixelFormat; // "yuv420p"
        int bitDepth = -1;   // bits per luma sample
        QString chroma;      // "4:2:0", "4:2:2", "4:4:4", "4:0:0"
        int codedWidth = 0;
        int codedHeight = 0;
        int sarNum = 1;
        int sarDen = 1;
        int rotation = 0;     // degrees clockwise, 0/90/180/270
        int displayWidth = 0; // after sample aspect ratio and rotation
        int displayHeight = 0;
        double nominalFrameRate = 0; // the container's r_frame_rate
        double averageFrameRate = 0; // frames ÷ duration
        qint64 frames = -1;
        double duration = -1;
        bool variableFrameRate = false;
        QJsonObject toJson() const;
        static Video fromJson(const QJsonObject &o);
    };
    struct Audio
    {
        int index = -1;
        QString codec;   // "aac", "mp3", "pcm_s16le"
        QString profile; // "LC", "HE-AAC" …
        int sampleRate = 0;
        int channels = 0;
        QString channelLayout; // "stereo"
        QString sampleFormat;  // "fltp"
        int bitDepth = -1;     // stored bits per sample (PCM), -1 for lossy codecs
        double duration = -1;
        QJsonObject toJson() const;
        static Audio fromJson(const QJsonObject &o);
    };

    QString path;
    qint64 fileSize = -1;
    QString formatName;      // libavformat's demuxer: "mov,mp4,m4a,3gp,3g2,mj2", "mp3", "wav"
    QString containerFamily; // "mp4", "m4v", "quicktime", "3gp", "m4a", "mp3", "wav" …
    QString majorBrand;      // ISO BMFF ftyp major brand ("isom"), "" when there is none
    QStringList compatibleBrands;
    double duration = -1;
    qint64 bitRate = -1;      // overall average: file size × 8 ÷ duration
    int attachedPictures = 0; // cover art, not counted as video
    QList<Video> video;
    QList<Audio> audio;
    // ISO BMFF layout: "before", "after" (moov after mdat), or "" when not ISO BMFF / unknown.
    QString indexPosition;
    bool hasIndex = true;       // for ISO BMFF: a moov box was found
    bool dataBeyondEnd = false; // a sample lies (partly) beyond the end of the file
    qint64 dataEnd = -1;        // the largest sample end offset seen in the index

    bool hasVideo() const { return !video.isEmpty(); }
    bool hasAudio() const { return !audio.isEmpty(); }
    // "video" when there is a real video stream, else "audio" when there is audio, else "".
    QString guessedKind() const;

    QJsonObject toJson() const;
    static MediaFacts fromJson(const QJsonObject &o);
};
