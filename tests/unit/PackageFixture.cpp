#include "PackageFixture.h"
#include "StoreReads.h"

#include "MediaFactory.h"

#include "TestSupport.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

PackageFixture::PackageFixture() = default;

QString PackageFixture::videoPath() const
{
    return mediaDir() + u"/第一讲 航空发动机.mp4"_s;
}

QString PackageFixture::audioPath() const
{
    return mediaDir() + u"/lecture-audio.mp3"_s;
}

bool PackageFixture::makeVideo(const QString &path, QString *error)
{
    MediaFactory::Video spec; // 1280x720, 25 fps, H.264 3 Mbit/s, AAC stereo, index first: passes
    spec.audioRate = 44100;
    return MediaFactory::makeVideo(path, spec, error);
}

bool PackageFixture::makeAudio(const QString &path, QString *error)
{
    const auto r =
        TestSupport::run(u"ffmpeg"_s, {u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                                       u"sine=frequency=330:sample_rate=44100"_s, u"-t"_s, u"1"_s, u"-ac"_s,
                                       u"2"_s, u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s, u"128k"_s, path});
    if (r.exitCode != 0 && error)
        *error = u"ffmpeg (audio): "_s + QString::fromUtf8(r.err);
    return r.exitCode == 0;
}

bool PackageFixture::makeCover(const QString &path, QString *error)
{
    QImage image(320, 180, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    QPainter painter(&image);
    painter.fillRect(20, 20, 100, 60, Qt::yellow);
    painter.end();
    if (!image.save(path, "JPG")) {
        if (error)
            *error = u"cannot write the cover "_s + path;
        return false;
    }
    return true;
}

QByteArray PackageFixture::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<Resource> PackageFixture::resources() const
{
    return StoreReads::inBatch(ResourceStore(const_cast<TempWorkspace &>(m_temp).workspace()), m_batch.id);
}

bool PackageFixture::setUp(QString *error)
{
    if (!m_temp.isValid()) {
        *error = m_temp.error();
        return false;
    }
    if (!TestSupport::haveProgram(u"ffmpeg"_s)) {
        *error = u"ffmpeg is not installed"_s;
        return false;
    }
    QDir().mkpath(mediaDir());
    if (!makeVideo(videoPath(), error) || !makeAudio(audioPath(), error) ||
        !makeCover(mediaDir() + u"/cover1.jpg"_s, error) || !makeCover(mediaDir() + u"/cover2.jpg"_s, error))
        return false;

    UnitStore units(workspace());
    Unit unit = units.primary(error);
    unit.name = u"国家开放大学"_s;
    unit.person = u"张三"_s;
    unit.title = u"处长"_s;
    unit.phone = u"010-66096459"_s;
    unit.mobile = u"13800138000"_s;
    unit.email = u"zhangsan@ouchn.edu.cn"_s;
    if (unit.stampedScan.isNull())
        unit.stampedScan = u""_s; // the column is NOT NULL
    if (!units.save(&unit, error))
        return false;
    BatchStore batches(workspace());
    if (!batches.findOrCreate(u"spring"_s, &m_batch, error))
        return false;

    ResourceStore store(workspace());
    const QMap<QString, QString> common{
        {u"summary"_s, u"本课程系统介绍航空发动机的基本原理、主要部件与发展趋势，适合初学者。"_s},
        {u"created"_s, u"2022-03-23"_s},
        {u"copyright"_s, u"国家开放大学"_s},
        {u"speakers"_s, u"张建华;朱新;(藏族)班班多杰"_s},
        {u"clicks"_s, u"36500"_s},
        {u"learners"_s, u"23500"_s},
        {u"keywords"_s, u"新媒体;人工智能"_s},
        {u"category"_s, u"科学文化-航空知识-航空发动机"_s}};
    m_videoId = store.create(m_batch.id, u"A01"_s, error);
    if (!m_videoId)
        return false;
    QMap<QString, QString> video = common;
    video.insert(u"title"_s, u"航空发动机原理"_s);
    video.insert(
        u"catalog"_s,
        u"<catalog><chapter title=\"第一章\"><section title=\"1.1 概述\" duration=\"00:12:30\"/></chapter></catalog>"_s);
    if (!store.setValues(m_videoId, video, error) ||
        !store.addFile(m_videoId, u"media"_s, videoPath(), error) ||
        !store.replaceFile(m_videoId, u"cover"_s, mediaDir() + u"/cover1.jpg"_s, error))
        return false;
    m_audioId = store.create(m_batch.id, u"A02"_s, error);
    if (!m_audioId)
        return false;
    QMap<QString, QString> audio = common;
    audio.insert(u"title"_s, u"飞行原理讲座（音频）"_s);
    if (!store.setValues(m_audioId, audio, error) ||
        !store.addFile(m_audioId, u"media"_s, audioPath(), error) ||
        !store.replaceFile(m_audioId, u"cover"_s, mediaDir() + u"/cover2.jpg"_s, error))
        return false;
    return true;
}
