#pragma once

#include "fix/FixPlan.h"
#include "fix/FixPlanner.h"
#include "media/CheckReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

// One file through "Make compliant": measure it, plan with FixPlanner, run the plan with the ffmpeg program
// into a partial output beside the target (never the original), check the result with MediaCheck (deep),
// and only when it passes move it to the target name. Blocking: run it off the GUI thread (FixQueue does).
// The GUI (FixQueue) and the CLI (`fix`) share it.
class FixEngine
{
    Q_DECLARE_TR_FUNCTIONS(FixEngine)
public:
    struct Outcome
    {
        enum class Status {
            Planned,     // plan only: nothing was run
            Passed,      // the output was written and passes the standard
            OutputFails, // the output was made but does not pass: it was not kept
            NeedsChoice, // the plan needs the user's choice (upscale, silent track)
            Impossible,  // cannot be fixed here (damaged, too long …)
            Unreadable,  // the source could not be read
            Cancelled,   // stopped: nothing was left behind
            Failed,      // ffmpeg or the file system failed
        };
        Status status = Status::Failed;
        QString input;
        QString output; // the target path (exists only when Passed)
        FixPlan plan;
        CheckReport sourceReport;
        CheckReport outputReport;  // when the output was checked
        QStringList notes;         // translated remarks (e.g. loudness not linear)
        QString error;             // translated, when not Passed/Planned
        double seconds = 0;        // time the run took
        double convertSeconds = 0; // of which ffmpeg (or the copy)
        double checkSeconds = 0;   // of which the deep check of the output

        static QString statusName(Status status);
        QJsonObject toJson() const;
    };
    struct RunOptions
    {
        const std::atomic_bool *cancel = nullptr;
        // fraction 0…1 of the whole job, speed (× real time, 0 unknown), seconds left (-1 unknown)
        std::function<void(double fraction, double speed, double etaSeconds)> progress;
    };

    // Measures `path` (probe, policy, interlacing, audio bitrate). False when it cannot be read at all.
    static bool inspect(const QString &path, const QJsonObject &technical, const QString &kind,
                        FixSource *source, QString *error);
    // Only the plan (status Planned, NeedsChoice, Impossible or Unreadable).
    static Outcome planFile(const QString &input, const QJsonObject &technical, const FixOptions &options);
    // The whole fix, writing `target` (replaced when it exists, refused when it is the input itself).
    static Outcome fixFile(const QString &input, const QString &target, const QJsonObject &technical,
                           const FixOptions &options, const RunOptions &run);
    // "<folder>/<input base name>.<suffix>"
    static QString targetIn(const QString &folder, const QString &input, const QString &suffix);

private:
    static bool runPlan(Outcome *outcome, const QString &partial, const RunOptions &run);
};
