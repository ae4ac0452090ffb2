#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <atomic>

// One exact picture of a video file, decoded with libavcodec (not a screen grab): seeks to the keyframe at
// or before the time, decodes forward to the frame whose presentation time covers it, converts it to RGB
// with libswscale at its display shape (sample aspect ratio applied: the width is stretched or squeezed)
// and turns it as the display matrix says. For the cover: "Use this frame as cover".
// Bounded like every reader of outside data: AvInput's format whitelist and time limit, the codec whitelist
// of the deep check, a cap on the picture's pixels, and cancel.
class FrameGrabber
{
    Q_DECLARE_TR_FUNCTIONS(FrameGrabber)
public:
    struct Options
    {
        int timeLimitMs = 30000;                // open, seek and decode together
        qint64 maxPixels = qint64(8192) * 8192; // of the coded picture; larger ones are refused
        const std::atomic_bool *cancel = nullptr;
    };
    struct Frame
    {
        QImage image;        // RGB888, display shape and orientation
        double time = -1;    // the frame's presentation time, seconds from the start of the file
        double duration = 0; // seconds the frame is shown (0 when unknown)
        QSize codedSize;     // the decoded picture before aspect and rotation
        double sampleAspect = 1.0;
        int rotation = 0; // clockwise degrees applied (0, 90, 180, 270)
    };

    // The frame shown at `seconds` from the start of the file (the first frame before its start, the last
    // one after its end). False with `error` (what and where) when the file has no decodable video, the
    // time limit passed or the run was cancelled.
    static bool grab(const QString &path, double seconds, Frame *frame, QString *error,
                     const Options &options);
    static bool grab(const QString &path, double seconds, Frame *frame, QString *error)
    {
        return grab(path, seconds, frame, error, Options());
    }

    // The clockwise rotation a display matrix asks for, snapped to 0, 90, 180 or 270 (9 int32 values, as
    // libav stores them); 0 without a matrix.
    static int clockwiseRotation(const qint32 *displayMatrix);
    // The display size of a coded picture with this sample aspect ratio (width scaled, rounded, ≥ 1).
    static QSize displaySize(const QSize &coded, double sampleAspect);
};
