#pragma once

#include "media/CheckReport.h"
#include "media/MediaFacts.h"

#include <QCoreApplication>
#include <QJsonObject>

// Judges measured facts against the profile's technical section (Profile::technical; the keys are
// described in docs/profile-format.md): one CheckResult per rule listed in technical[kind]["rules"],
// with expected, actual, a translated message, a fix hint, and the rule's name and explanation from
// the profile. Every number, codec and name comes from the profile; a rule whose object is
// incomplete is an error naming the key. Pure: no I/O, so it is cheap to re-run.
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
    // One rule of the section, after checking its object (TechnicalSpec::checkRule).
    static CheckResult evaluateRule(const MediaFacts &f, const QJsonObject &section, const QString &kind,
                                    const QString &id);
    static CheckResult videoContainer(const MediaFacts &f, const QJsonObject &section);
    static CheckResult audioContainer(const MediaFacts &f, const QJsonObject &section);
    static CheckResult videoCodec(const MediaFacts &f, const QJsonObject &section);
    static CheckResult audioCodec(const MediaFacts &f, const QJsonObject &section, const QString &kind);
    static QString resolutionExpected(const QJsonObject &rule);
    static CheckResult resolution(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult frameRate(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult bitrate(const MediaFacts &f, const QJsonObject &section);
    static QStringList browserVideoProblems(const MediaFacts::Video &v, const QJsonObject &rule);
    static CheckResult browser(const MediaFacts &f, const QJsonObject &section);
    static CheckResult sampleRate(const MediaFacts &f, const QJsonObject &section);
    static CheckResult bitDepth(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult channels(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult duration(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult fileSize(const MediaFacts &f, const QJsonObject &rule);
    static CheckResult integrity(const MediaFacts &f);
};
