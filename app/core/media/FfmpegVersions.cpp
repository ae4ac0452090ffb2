#include "media/FfmpegVersions.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

using namespace Qt::StringLiterals;

namespace {
QString dotted(unsigned version)
{
    return u"%1.%2.%3"_s.arg(AV_VERSION_MAJOR(version))
        .arg(AV_VERSION_MINOR(version))
        .arg(AV_VERSION_MICRO(version));
}
} // namespace

QString FfmpegVersions::release()
{
    return QString::fromUtf8(av_version_info());
}

QList<FfmpegVersions::Library> FfmpegVersions::libraries()
{
    return {{u"libavformat"_s, dotted(avformat_version()), dotted(LIBAVFORMAT_VERSION_INT)},
            {u"libavcodec"_s, dotted(avcodec_version()), dotted(LIBAVCODEC_VERSION_INT)},
            {u"libavutil"_s, dotted(avutil_version()), dotted(LIBAVUTIL_VERSION_INT)}};
}
