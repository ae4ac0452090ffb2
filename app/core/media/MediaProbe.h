#pragma once

#include "media/AvInput.h"
#include "media/MediaFacts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Measures a media file in-process with libavformat/libavcodec (no ffprobe process): container and
// brand, streams, codecs, sizes, rates, duration, index layout. Hostile input is expected: zero-byte,
// random or truncated files give an error message, never a crash or a hang (see AvInput::Limits).
class MediaProbe
{
    Q_DECLARE_TR_FUNCTIONS(MediaProbe)
public:
    using Options = AvInput::Limits;
    // Why a probe failed: the file could not be read (missing, permission, not a regular file), its
    // content is not a complete media file (unparseable, cut before its index, 0 bytes, no stream: a rule
    // failure, SPEC 4.1 integrity), or the probe was stopped (time limit, cancel).
    enum class Failure { None, Io, Content, Interrupted };

    static bool probe(const QString &path, MediaFacts *facts, QString *error, const Options &options = {},
                      Failure *failure = nullptr);
    // The same from memory (for the fuzzer and for data that is not a file).
    static bool probeBuffer(const QByteArray &data, MediaFacts *facts, QString *error,
                            const Options &options = {});
};
