#include "MediaFactory.h"

#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {
bool runFfmpeg(const QStringList &args, QString *error)
{
    QStringList all{u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s};
    all += args;
    const TestSupport::ProcessResult r = TestSupport::run(u"ffmpeg"_s, all, 120000);
    if (r.finished && r.exitCode == 0)
        return true;
    if (error)
        *error = u"ffmpeg %1 failed: %2"_s.arg(all.join(u' '), QString::fromUtf8(r.err));
    return false;
}

QByteArray randomBytes(qint64 n, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray data(n, Qt::Uninitialized);
    for (qint64 i = 0; i < n; ++i)
        data[i] = char(gen.bounded(256));
    return data;
}
} // namespace

bool MediaFactory::haveFfmpeg()
{
    return TestSupport::haveProgram(u"ffmpeg"_s);
}

bool MediaFactory::makeVideo(const QString &path, const Video &spec, QString *error)
{
    const QString seconds = QString::number(spec.seconds);
    QStringList args{
        u"-f"_s, u"lavfi"_s, u"-i"_s,
        u"testsrc2=s=%1x%2:r=%3:d=%4"_s.arg(spec.width).arg(spec.height).arg(spec.rate, seconds)};
    if (spec.audio)
        args += {u"-f"_s,  u"lavfi"_s, u"-i"_s,   u"sine=r=%1:d=%2"_s.arg(spec.audioRate).arg(seconds),
                 u"-ac"_s, u"2"_s,     u"-c:a"_s, spec.audioCodec};
    if (!spec.videoFilter.isEmpty())
        args += {u"-vf"_s, spec.videoFilter};
    if (spec.variableRate)
        args += {u"-fps_mode"_s, u"vfr"_s};
    args += {u"-c:v"_s, spec.codec, u"-pix_fmt"_s, spec.pixelFormat};
    if (spec.codec == "libx264"_L1) {
        // One encoder thread: x264's threaded rate control gives different bytes from run to run (eight
        // encodes of one clip under load: eight files), so a damage test would hit different frames.
        args += {u"-preset"_s, u"ultrafast"_s, u"-threads"_s, u"1"_s};
        if (!spec.bitrate.isEmpty())
            args += {u"-b:v"_s,    spec.bitrate,  u"-minrate"_s, spec.bitrate,      u"-maxrate"_s,
                     spec.bitrate, u"-bufsize"_s, u"1M"_s,       u"-x264-params"_s, u"nal-hrd=cbr"_s};
    }
    if (spec.faststart)
        args += {u"-movflags"_s, u"+faststart"_s};
    if (!spec.format.isEmpty())
        args += {u"-f"_s, spec.format};
    args += spec.extraArgs;
    args += path;
    return runFfmpeg(args, error);
}

bool MediaFactory::makeAudio(const QString &path, const Audio &spec, QString *error)
{
    QStringList args{u"-f"_s, u"lavfi"_s, u"-i"_s,
                     u"sine=r=%1:d=%2"_s.arg(spec.rate).arg(QString::number(spec.seconds))};
    if (!spec.coverJpeg.isEmpty())
        args +=
            {u"-i"_s,   spec.coverJpeg, u"-map"_s,           u"0:a"_s,          u"-map"_s,           u"1:v"_s,
             u"-c:v"_s, u"copy"_s,      u"-disposition:v"_s, u"attached_pic"_s, u"-id3v2_version"_s, u"3"_s};
    args += {u"-ac"_s, QString::number(spec.channels), u"-c:a"_s, spec.codec};
    if (!spec.format.isEmpty())
        args += {u"-f"_s, spec.format};
    args += path;
    return runFfmpeg(args, error);
}

bool MediaFactory::makeJpeg(const QString &path, QString *error)
{
    return runFfmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=s=320x240:d=1"_s, u"-frames:v"_s, u"1"_s,
                      u"-f"_s, u"image2"_s, u"-c:v"_s, u"mjpeg"_s, path},
                     error);
}

bool MediaFactory::writeRandom(const QString &path, qint64 bytes, quint32 seed, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(randomBytes(bytes, seed)) != bytes) {
        if (error)
            *error = u"%1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

bool MediaFactory::truncateCopy(const QString &source, const QString &target, qint64 bytes, QString *error)
{
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(in.read(bytes)) != bytes) {
        if (error)
            *error = u"%1 → %2: %3 %4"_s.arg(source, target, in.errorString(), out.errorString());
        return false;
    }
    return true;
}

bool MediaFactory::damage(const QString &path, qint64 offset, qint64 bytes, quint32 seed, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset) || f.write(randomBytes(bytes, seed)) != bytes) {
        if (error)
            *error = u"%1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

bool MediaFactory::setRotation(const QString &path, int degrees, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, f.errorString());
        return false;
    }
    QByteArray data = f.readAll();
    const qsizetype type = data.indexOf("tkhd");
    if (type < 4 || data.at(type + 4) != 0 || type + 80 > data.size()) {
        if (error)
            *error = u"%1: no version-0 tkhd box"_s.arg(path);
        return false;
    }
    // 16.16 fixed point a, b, u, c, d, v, x, y, w; a clockwise turn as ISO/IEC 14496-12 8.3.2 shows it.
    qint32 a = 0x10000, b = 0, c = 0, d = 0x10000;
    if (degrees == 90) {
        a = 0;
        b = 0x10000;
        c = -0x10000;
        d = 0;
    } else if (degrees == 180) {
        a = -0x10000;
        d = -0x10000;
    } else if (degrees == 270) {
        a = 0;
        b = -0x10000;
        c = 0x10000;
        d = 0;
    }
    const qint32 matrix[9] = {a, b, 0, c, d, 0, 0, 0, 0x40000000};
    const qsizetype at = type - 4 + 48;
    for (int i = 0; i < 9; ++i)
        qToBigEndian<qint32>(matrix[i], data.data() + at + 4 * i);
    if (!f.seek(0) || f.write(data) != data.size()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}
