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
    // The video and audio sections of the built-in profile, complete (TechnicalSpec::checkRule refuses a
    // rule object with a missing key), names and explanations reduced to the rule ids.
    static const QJsonObject t =
        QJsonDocument::fromJson(
            R"({"video": {"rules": ["container", "video_codec", "audio_codec", "resolution", "frame_rate", "bitrate", "browser", "integrity"], "container": {"name": {"zh": "container", "en": "container"}, "explain": {"zh": "container", "en": "container"}, "brands_pass": ["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash"], "brands_warn": ["M4V "]}, "video_codec": {"name": {"zh": "video_codec", "en": "video_codec"}, "explain": {"zh": "video_codec", "en": "video_codec"}, "codecs": ["h264"], "streams": 1, "encoder": "libx264"}, "audio_codec": {"name": {"zh": "audio_codec", "en": "audio_codec"}, "explain": {"zh": "audio_codec", "en": "audio_codec"}, "codecs": ["aac"], "min_streams": 1, "encoder": "aac"}, "resolution": {"name": {"zh": "resolution", "en": "resolution"}, "explain": {"zh": "resolution", "en": "resolution"}, "min_long": 1280, "min_short": 720, "portrait": "warning"}, "frame_rate": {"name": {"zh": "frame_rate", "en": "frame_rate"}, "explain": {"zh": "frame_rate", "en": "frame_rate"}, "min": 25.0}, "bitrate": {"name": {"zh": "bitrate", "en": "bitrate"}, "explain": {"zh": "bitrate", "en": "bitrate"}, "min_bps": 2000000}, "browser": {"name": {"zh": "browser", "en": "browser"}, "explain": {"zh": "browser", "en": "browser"}, "video_codecs": ["h264"], "h264_profiles": ["Constrained Baseline", "Main", "High"], "max_level": 51, "pixel_formats": ["yuv420p", "yuvj420p"], "audio_codecs": ["aac"], "aac_profiles": ["LC", "HE-AAC", "HE-AACv2"], "moov_after_mdat": "warning"}, "integrity": {"name": {"zh": "integrity", "en": "integrity"}, "explain": {"zh": "integrity", "en": "integrity"}}}, "audio": {"rules": ["container", "audio_codec", "sample_rate", "bit_depth", "channels", "integrity"], "container": {"name": {"zh": "container", "en": "container"}, "explain": {"zh": "container", "en": "container"}, "formats": ["mp3"]}, "audio_codec": {"name": {"zh": "audio_codec", "en": "audio_codec"}, "explain": {"zh": "audio_codec", "en": "audio_codec"}, "codecs": ["mp3"], "min_streams": 1, "encoder": "libmp3lame"}, "sample_rate": {"name": {"zh": "sample_rate", "en": "sample_rate"}, "explain": {"zh": "sample_rate", "en": "sample_rate"}, "min_hz": 44100}, "bit_depth": {"name": {"zh": "bit_depth", "en": "bit_depth"}, "explain": {"zh": "bit_depth", "en": "bit_depth"}, "min_bits": 16}, "channels": {"name": {"zh": "channels", "en": "channels"}, "explain": {"zh": "channels", "en": "channels"}, "exact": 2, "layout": "stereo"}, "integrity": {"name": {"zh": "integrity", "en": "integrity"}, "explain": {"zh": "integrity", "en": "integrity"}}}})")
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
