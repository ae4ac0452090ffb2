#pragma once

#include "media/CheckReport.h"

#include <QCoreApplication>

// What the media check panel says about a result, in two layers: a plain sentence for a teacher (what the
// rule asks, whether the file meets it, what to do) and the technical details behind "Details" (the
// expected and measured values, the checker's message with codec names, the ffmpeg command of a fix,
// the file's path, the reason a file could not be read).
class MediaCheckWording
{
    Q_DECLARE_TR_FUNCTIONS(MediaCheckPanel) // the panel's words, one context for the translators
public:
    // kind: "video", "audio", "document" or "link".
    static QString plain(const CheckResult &result, const QString &kind);
    static QString details(const CheckReport &report, const QString &path);
    static QString statusText(CheckResult::Status status);
};
