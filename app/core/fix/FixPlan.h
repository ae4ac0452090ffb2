#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The user's choices for "Make compliant". Everything else comes from the profile.
struct FixOptions
{
    QString kind;                // "video", "audio", or "" to guess from the content
    bool allowUpscale = false;   // a picture below the minimum may be scaled up (marked "upscaled from W×H")
    bool addSilentAudio = false; // a video without sound gets a silent track
    bool loudness = false;       // EBU R128 loudness normalisation (two passes)
    QString preset = QStringLiteral("veryfast"); // x264 speed/quality trade-off
};

// What the planner proposes for one file: the kind of change, the changes in plain words, the estimate,
// and the ffmpeg options that carry it out (built by FixPlanner, run by FixEngine).
struct FixPlan
{
    Q_DECLARE_TR_FUNCTIONS(FixPlan)
public:
    enum class Action {
        Nothing,      // the file passes already: it is copied unchanged
        Remux,        // streams copied into a new container (perhaps a level declaration rewritten)
        AudioOnly,    // video copied, sound encoded again (or a silent track added)
        Transcode,    // the picture is encoded again
        ConvertAudio, // an audio resource encoded again
        NeedsChoice,  // cannot pass without a choice the user must make (upscale, silent track)
        Impossible,   // cannot be fixed here (damaged, too long …): `blocker` says why
    };

    Action action = Action::Impossible;
    QString kind;         // "video" or "audio"
    QString suffix;       // of the output: "mp4", "mp3"
    QStringList changes;  // translated, plain words: what changes and why
    QStringList details;  // technical detail (codecs, numbers) for a Details disclosure
    QString blocker;      // translated: why it cannot run (NeedsChoice, Impossible)
    QString choice;       // for NeedsChoice: "allow-upscale" or "add-silent-audio"
    QString upscaledFrom; // "640×360" when the picture is scaled up, else ""
    double duration = 0;  // of the source, seconds
    qint64 estimatedBytes = -1;
    double estimatedSeconds = -1;
    bool loudness = false; // two-pass EBU R128 on the sound

    // ffmpeg options, in order: [main input] extraInputs, maps, video, audio (+ -af), mux, [output]
    QStringList extraInputs; // e.g. a silent source: -f lavfi -t D -i anullsrc=…
    QStringList maps;
    QStringList videoOptions;
    QStringList audioOptions;
    QStringList audioFilters; // joined with "," into -af; the loudness filter is appended by the engine
    QStringList muxOptions;

    bool runnable() const { return action != Action::NeedsChoice && action != Action::Impossible; }
    // The complete ffmpeg command line after "ffmpeg" (without the progress options).
    QStringList arguments(const QString &input, const QString &output,
                          const QString &loudnessFilter = {}) const;
    // "remux", "audio-only", "transcode" … (ASCII, stable: JSON and tests)
    static QString actionName(Action action);
    // The plan in plain words: a headline, the changes, the estimate.
    QString describe() const;
    QString headline() const;
    QJsonObject toJson() const;
};
