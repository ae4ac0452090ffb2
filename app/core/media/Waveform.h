#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

// The overview of an audio file's loudness for the preview: its first audio stream decoded with libav,
// downmixed to one channel, and the lowest and highest sample of each of a fixed number of buckets. While
// decoding it notes long silences and clipping (runs of samples at full scale): notes, not failures.
// Bounded like the deep check: the codec whitelist, memory (the buckets are merged in pairs when a file
// runs longer than it declared, so there are never more than 2 × buckets), a time limit relative to the
// declared duration, and cancel.
class Waveform
{
    Q_DECLARE_TR_FUNCTIONS(Waveform)
public:
    struct Note
    {
        enum class Kind { Silence, Clipping };
        Kind kind = Kind::Silence;
        double start = 0; // seconds
        double end = 0;
        QString text() const; // "Silence from 0:03 to 0:06 (3 s)"
    };
    struct Options
    {
        int buckets = 1000;
        double silenceLevel = 0.001;   // peak below −60 dBFS …
        double silenceSeconds = 2.0;   // … for at least this long is a long silence
        double clipLevel = 0.99;       // |sample| at or above this …
        int clipRun = 3;               // … for this many samples in a row is clipping
        double clipMergeSeconds = 0.5; // clipped places closer than this are one note
        int maxNotes = 50;
        double timeLimitFactor = 4.0; // minTimeLimitMs + factor × declared duration; <= 0: none
        int minTimeLimitMs = 60000;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(double fraction)> progress; // 0…1, from the working thread
    };
    struct Data
    {
        double duration = 0; // seconds decoded
        int sampleRate = 0;
        int channels = 0;
        double bucketSeconds = 0; // length of one bucket
        QList<float> minimum;     // per bucket, −1…1
        QList<float> maximum;
        QList<Note> notes;
        bool isEmpty() const { return minimum.isEmpty(); }
        // For the workspace's cache: the peaks as 16-bit pairs and the rest as JSON.
        QByteArray peaksBlob() const;
        QJsonObject infoJson() const;
        static bool fromStored(const QByteArray &peaks, const QJsonObject &info, Data *data);
    };

    // False with `error` (the file and why) when the file has no decodable audio, the time limit passed
    // or the run was cancelled.
    static bool compute(const QString &path, Data *data, QString *error, const Options &options);
    static bool compute(const QString &path, Data *data, QString *error)
    {
        return compute(path, data, error, Options());
    }
    // A short key of the options that shape the result, so that the cache is not used across changes.
    static QString parametersKey(const Options &options);
};
