#pragma once

#include "TempWorkspace.h"
#include "workspace/Entities.h"

#include <QString>

// A workspace with one unit and a batch "spring" of two valid resources (an A01 video, an A02 audio),
// their media made with the ffmpeg CLI and their covers with QImage, for the package tests.
class PackageFixture
{
public:
    PackageFixture();
    // Builds everything; false with a message when ffmpeg is missing or a step fails.
    bool setUp(QString *error);
    TempWorkspace &temp() { return m_temp; }
    Workspace &workspace() { return m_temp.workspace(); }
    const Profile &profile() const { return m_temp.profile(); }
    QString dir() const { return m_temp.dir(); }
    QString mediaDir() const { return m_temp.dir() + QStringLiteral("/media"); }
    Batch batch() const { return m_batch; }
    QList<Resource> resources() const;
    qint64 videoId() const { return m_videoId; }
    qint64 audioId() const { return m_audioId; }
    QString videoPath() const;
    QString audioPath() const;

    static bool makeVideo(const QString &path, QString *error);
    static bool makeAudio(const QString &path, QString *error);
    static bool makeCover(const QString &path, QString *error);
    static QByteArray readAll(const QString &path);

private:
    TempWorkspace m_temp;
    Batch m_batch;
    qint64 m_videoId = 0;
    qint64 m_audioId = 0;
};
