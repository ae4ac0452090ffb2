#pragma once

#include "fix/FixPlan.h"
#include "media/CheckReport.h"
#include "media/MediaFacts.h"

#include <QCoreApplication>
#include <QJsonObject>

// What the planner needs to know of a source file: the probe's facts, the policy's judgement of them,
// and what the probe does not measure (interlacing).
struct FixSource
{
    MediaFacts facts;
    CheckReport report;
    bool interlaced = false;
    qint64 audioBitRate = -1; // all audio streams together, bits/s; -1 unknown
};

// Proposes the least change that makes a file pass the profile's technical section (Profile::technical).
// Every limit comes from the profile: container brands, codecs and encoders, resolution, frame rate
// (minimum, allowed rates), bitrate range, H.264 profiles, level and pixel formats, sample rate, channels.
// Pure: no I/O. The GUI and the CLI share it through FixEngine.
class FixPlanner
{
    Q_DECLARE_TR_FUNCTIONS(FixPlanner)
public:
    static FixPlan plan(const FixSource &source, const QJsonObject &technical, const FixOptions &options);

    // Fixed encoding choices that the standard leaves open (the profile has no such limit):
    static constexpr int aacRate = 48000;     // AAC in a video: 48 kHz stereo
    static constexpr int aacBitrate = 128000; // per stereo track
    static constexpr int mp3MinBitrate = 128000;
    static constexpr double keyframeSeconds = 2.0;
    static constexpr double bitrateMargin = 1.15; // above the profile's minimum, so that it stays above it

private:
    static FixPlan planVideo(const FixSource &source, const QJsonObject &section, const FixOptions &options);
    static FixPlan planAudio(const FixSource &source, const QJsonObject &section, const FixOptions &options);
    // Adds the choices, the size/time estimate and the details every video plan shares.
    static void finishVideo(FixPlan *plan, const FixSource &source, double outputBitRate, double fps,
                            int pixels);
    static FixPlan needsChoice(FixPlan plan, const QString &choice, const QString &why);
    // -map options (the first picture, every sound track, the silent source when asked for).
    static void planVideoMaps(FixPlan *plan, const MediaFacts &facts, bool silence);
    static void planVideoSound(FixPlan *plan, const FixSource &source, bool encode);
    // The MP4 options; true when the container must change (brand, index position, extra tracks).
    static bool planVideoContainer(FixPlan *plan, const FixSource &source, const QJsonObject &section);
};
