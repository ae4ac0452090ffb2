// Not a check of its own: the Chinese screenshots of the preview for docs/ (issue 14), taken from the real
// MainWindow: a video resource playing (preview-zh_CN.png) and an audio resource with its waveform and notes
// (waveform-zh_CN.png). Opt-in like TestMainWindowScreenshots: -DSUBMITDESK_SCREENSHOTS=ON, `ctest -L
// screenshots`, which sets SUBMITDESK_SCREENSHOT_DIR; for docs/ run it under xvfb-run with
// QT_QPA_PLATFORM=xcb, so that the video's own window is in the picture.
#include "MainWindowFixture.h"
#include "ResourceEditor.h"
#include "TestSupport.h"
#include "preview/PreviewPanel.h"

#include "metadata/DraftCreator.h"
#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QGuiApplication>
#include <QMediaPlayer>
#include <QScreen>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestPreviewScreenshots : public MainWindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { tearDownWindow(); }
    void previewAndWaveform();

private:
    QString workspaceWithMedia(qint64 *video, qint64 *audio);
    bool shoot(const QString &name);
    QString m_out;
};

void TestPreviewScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_out = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR");
    if (m_out.isEmpty())
        QFAIL("SUBMITDESK_SCREENSHOT_DIR is not set: run the screenshots test (ctest -L screenshots)");
    QVERIFY2(QDir().mkpath(m_out), qPrintable(m_out));
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QFAIL("ffmpeg is needed to make the media files");
    setUpWindow();
}

// A workspace with one lecture video and one talk whose sound has a pause and a clipped part.
QString TestPreviewScreenshots::workspaceWithMedia(qint64 *video, qint64 *audio)
{
    const QString media = m_dir.filePath(u"preview-media"_s);
    QDir().mkpath(media);
    const QString film = media + u"/社区书法课第三讲.mp4"_s;
    const QString talk = media + u"/家庭教育漫谈.mp3"_s;
    const QStringList make[2] = {
        {u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=640x360:rate=25:duration=6"_s, u"-f"_s, u"lavfi"_s,
         u"-i"_s, u"sine=frequency=330:duration=6"_s, u"-pix_fmt"_s, u"yuv420p"_s, u"-c:v"_s, u"libx264"_s,
         u"-c:a"_s, u"aac"_s, film},
        {u"-f"_s, u"lavfi"_s, u"-i"_s,
         u"aevalsrc=if(between(t\\,8\\,12)\\,0\\,if(between(t\\,20\\,21)\\,max(-1\\,min(1\\,10*sin(2*PI*220*t)))"
         "\\,(0.3+0.3*sin(t))*sin(2*PI*220*t))):s=44100:d=30"_s,
         u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s, u"128k"_s, talk}};
    for (const QStringList &args : make)
        if (TestSupport::run(u"ffmpeg"_s, QStringList{u"-y"_s, u"-v"_s, u"error"_s} + args).exitCode != 0)
            return QString();
    const QString path = m_dir.filePath(u"preview.submitdesk"_s);
    Workspace workspace;
    Profile profile;
    QString error;
    Batch batch;
    if (!workspace.open(path, &error) ||
        !ProfileLoader::loadBuiltin(workspace.profileId(), &profile, &error) ||
        !BatchStore(workspace).findOrCreate(u"2022年第一批"_s, &batch, &error))
        return QString();
    Unit unit = UnitStore(workspace).primary();
    unit.name = u"北京市东城区社区教育学院"_s;
    UnitStore(workspace).save(&unit, &error);
    const QList<DraftCreator::Outcome> drafts =
        DraftCreator(workspace, profile).create(batch.id, {film, talk});
    if (drafts.size() != 2)
        return QString();
    *video = drafts.at(0).resourceId;
    *audio = drafts.at(1).resourceId;
    ResourceStore(workspace).setValues(*video, {{u"title"_s, u"社区书法课第三讲"_s}}, &error);
    ResourceStore(workspace).setValues(*audio, {{u"title"_s, u"家庭教育漫谈"_s}}, &error);
    return path;
}

// The window as the screen shows it (the video draws in a window of its own, which widget grabs miss).
bool TestPreviewScreenshots::shoot(const QString &name)
{
    const QString file = m_out + u'/' + name + u".png"_s;
    QPixmap shot = m_window->screen()->grabWindow(m_window->winId());
    if (shot.isNull() || shot.size() != m_window->size() * m_window->devicePixelRatio())
        shot = m_window->grab();
    qInfo("saved %s", qPrintable(file));
    return shot.save(file);
}

void TestPreviewScreenshots::previewAndWaveform()
{
    qint64 video = 0, audio = 0;
    const QString path = workspaceWithMedia(&video, &audio);
    QVERIFY(!path.isEmpty());
    QString error;
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
    m_window->resize(1280, 860);
    m_window->setLanguage(u"zh_CN"_s);
    QTest::qWait(300);

    QVERIFY(selectResource(video));
    PreviewPanel *panel = m_window->editor()->preview();
    QTRY_VERIFY_WITH_TIMEOUT(panel->player()->mediaStatus() == QMediaPlayer::LoadedMedia, 20000);
    panel->togglePlay();
    QTRY_VERIFY_WITH_TIMEOUT(panel->player()->position() > 2200, 20000);
    panel->togglePlay();
    QTest::qWait(500);
    QVERIFY(shoot(u"preview-zh_CN"_s));

    QVERIFY(selectResource(audio));
    panel = m_window->editor()->preview();
    QSignalSpy ready(panel, &PreviewPanel::waveformReady);
    QTRY_VERIFY_WITH_TIMEOUT(
        ready.count() > 0 || panel->waveformSource() != PreviewPanel::WaveformSource::None, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->player()->mediaStatus() == QMediaPlayer::LoadedMedia, 20000);
    panel->player()->setPosition(9500); // the playhead in the pause
    QTest::qWait(800);
    QVERIFY(shoot(u"waveform-zh_CN"_s));
}

QTEST_MAIN(TestPreviewScreenshots)
#include "TestPreviewScreenshots.moc"
