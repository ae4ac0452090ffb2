#include "FixFixture.h"
#include "TestSupport.h"

#include "profile/Profile.h"
#include "profile/ProfileLoader.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

QJsonObject FixFixture::builtinTechnical()
{
    Profile profile;
    QString error;
    if (!ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &profile, &error))
        qFatal("profile: %s", qPrintable(error));
    return profile.technical;
}

QJsonObject FixFixture::smallTechnical()
{
    QJsonObject technical = builtinTechnical();
    QJsonObject video = technical.value("video"_L1).toObject();
    QJsonObject resolution = video.value("resolution"_L1).toObject();
    resolution.insert("min_long"_L1, 320);
    resolution.insert("min_short"_L1, 180);
    video.insert("resolution"_L1, resolution);
    QJsonObject bitrate = video.value("bitrate"_L1).toObject();
    bitrate.insert("min_bps"_L1, 400000);
    video.insert("bitrate"_L1, bitrate);
    technical.insert("video"_L1, video);
    return technical;
}

QStringList FixFixture::videoPackets(const QString &path)
{
    const auto r = TestSupport::run(u"ffmpeg"_s, {u"-v"_s, u"error"_s, u"-i"_s, path, u"-map"_s, u"0:v:0"_s,
                                                  u"-c"_s, u"copy"_s, u"-f"_s, u"framemd5"_s, u"-"_s});
    QStringList packets;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.startsWith('#') || line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() >= 6)
            packets.append(QString::fromLatin1(fields[4].trimmed() + ' ' + fields[5].trimmed()));
    }
    return packets;
}

QStringList FixFixture::childProcesses()
{
    QStringList children;
    const QString me = QString::number(getpid());
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        QFile status(u"/proc/%1/status"_s.arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        QString name;
        bool mine = false;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Name:"))
                name = QString::fromLatin1(line.mid(5).trimmed());
            if (line.startsWith("PPid:"))
                mine = QString::fromLatin1(line.mid(5).trimmed()) == me;
        }
        if (mine)
            children.append(name + u'[' + pid + u']');
    }
    return children;
}
