#pragma once

#include "media/CheckReport.h"
#include "media/MediaFacts.h"

#include <QCoreApplication>
#include <QJsonObject>

// Judges measured facts against the profile's technical section (Profile::technical, attachment 1):
// one CheckResult per rule listed in technical[kind]["rules"], with expected, actual, a translated
// explanation and a fix hint. Pure: no I/O, so it is cheap to re-run when the profile changes.
class MediaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(MediaPolicy)
public:
    // kind: "video" or "audio"; "" guesses from the facts (a real video stream makes it video).
    static CheckReport evaluate(const MediaFacts &facts, const QJsonObject &technical,
                                const QString &kind = {});
    // The integrity rule of a file that could be read but is not a complete media file (no container
    // recognised, cut before its index, empty, no stream, cannot be decoded): a failure, SPEC 4.1.
    // `reason` (translated) says what is wrong, e.g. "empty file (0 bytes)".
    static CheckResult integrityDamaged(const QString &reason);

private:
    static CheckResult container(const MediaFacts &f, const QJsonObject &rule, const QString &kind);
    static CheckResult videoCodec(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult audioCodec(const MediaFacts &f, const QJsonObject &rule, const QString &kind);
    static CheckResult resolution(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult frameRate(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult bitrate(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult browser(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult sampleRate(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult bitDepth(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult channels(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult integrity(const MediaFacts &f);
};
