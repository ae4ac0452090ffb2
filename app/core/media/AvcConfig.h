#pragma once

#include <QByteArray>

// What the technical check needs from an H.264 stream, read from its MP4 decoder configuration record
// (avcC, ISO/IEC 14496-15) and the first sequence parameter set in it, without decoding a frame:
// profile (with FFmpeg's constrained/intra flags), level, chroma format, bit depth and full range.
// Also the AAC AudioSpecificConfig's object type. Hostile input gives false, never a crash.
struct AvcConfig
{
    int profile = -1;     // FF_PROFILE_H264_* (profile_idc | FF_PROFILE_H264_CONSTRAINED/INTRA)
    int level = -1;       // level_idc, 31 = 3.1
    int chromaFormat = 1; // 0 = monochrome, 1 = 4:2:0, 2 = 4:2:2, 3 = 4:4:4
    int bitDepth = 8;     // luma
    bool fullRange = false;
    int pixelFormat = -1; // AVPixelFormat the native decoder would output, or -1 when it has no name here

    static bool parse(const QByteArray &avcC, AvcConfig *out);
    // AAC: FF_PROFILE_AAC_* from an AudioSpecificConfig (extradata), or -1.
    static int aacProfile(const QByteArray &audioSpecificConfig);
};
