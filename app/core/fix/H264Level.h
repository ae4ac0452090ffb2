#pragma once

// H.264 levels (ITU-T H.264 Table A-1): the lowest level whose limits admit a picture size, frame rate
// and bitrate. Levels are written as libavcodec writes them: 31 = level 3.1.
namespace H264Level {
// The lowest level for `width`×`height` at `fps` and a peak bitrate of `bitsPerSecond` (High profile
// allows 1.25× the base bitrate), or -1 when no level admits it.
int lowest(int width, int height, double fps, double bitsPerSecond, bool highProfile);
// "4.1" for 41.
const char *text(int level);
} // namespace H264Level
