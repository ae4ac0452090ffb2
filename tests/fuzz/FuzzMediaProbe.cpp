// libFuzzer target: MediaProbe over arbitrary bytes from memory (a custom AVIOContext reads the
// buffer), then MediaPolicy over whatever facts came out. Must never crash, leak or hang.

#include "media/MediaPolicy.h"
#include "media/MediaProbe.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {
const QJsonObject &technical()
{
    // The video and audio sections of the built-in profile, reduced to what the policy reads.
    static const QJsonObject t = QJsonDocument::fromJson(R"({
      "video": {"rules": ["container", "video_codec", "audio_codec", "resolution", "frame_rate", "bitrate",
                          "browser", "integrity"],
                "container": {"brands_pass": ["isom", "mp42"], "brands_warn": ["M4V "]},
                "video_codec": {"codecs": ["h264"], "streams": 1}, "audio_codec": {"codecs": ["aac"]},
                "resolution": {"min_long": 1280, "min_short": 720}, "frame_rate": {"min": 25.0},
                "bitrate": {"min_bps": 2000000},
                "browser": {"h264_profiles": ["High"], "max_level": 51, "pixel_formats": ["yuv420p"],
                            "aac_profiles": ["LC"]}},
      "audio": {"rules": ["container", "audio_codec", "sample_rate", "bit_depth", "channels", "integrity"],
                "container": {"formats": ["mp3"]}, "audio_codec": {"codecs": ["mp3"]},
                "sample_rate": {"min_hz": 44100}, "bit_depth": {"min_bits": 16}, "channels": {"exact": 2}}
    })")
                                     .object();
    return t;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    MediaProbe::Options options;
    options.timeoutMs = 2000;
    options.probeSize = 1 << 20;
    options.analyzeDurationUs = 1000000;
    MediaFacts facts;
    QString error;
    if (MediaProbe::probeBuffer(bytes, &facts, &error, options)) {
        const CheckReport report = MediaPolicy::evaluate(facts, technical());
        (void)QJsonDocument(report.toJson()).toJson();
    }
    return 0;
}
