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

    static bool probe(const QString &path, MediaFacts *facts, QString *error, const Options &options = {});
    // The same from memory (for the fuzzer and for data that is not a file).
    static bool probeBuffer(const QByteArray &data, MediaFacts *facts, QString *error,
                            const Options &options = {});
};
