// The preview driven like a user under the offscreen platform, on media made at test time: a video reaches
// the loaded state, Space plays it and its position advances, Space pauses, "." and "," step a frame,
// F and Esc enter and leave full screen; an audio resource shows its waveform with the silence and clipping
// notes, computed once and then taken from the workspace's cache; a file the backend cannot play gets the
// packages to install; "Use this frame as cover" in the resource editor stores the exact frame as the cover.
// Skipped with a message only when Qt Multimedia has no backend at all.

#include "DetailsDisclosure.h"
#include "MediaFactory.h"
#include "ResourceEditor.h"
#include "TempWorkspace.h"
#include "TestSupport.h"
#include "Translations.h"
#include "preview/CoverCropDialog.h"
#include "preview/PreviewPanel.h"
#include "preview/WaveformView.h"

#include "media/FrameGrabber.h"
#include "metadata/FieldWriter.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QJsonObject>
#include <QLabel>
#include <QMediaPlayer>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
bool loaded(const QMediaPlayer *player)
{
    const auto s = player->mediaStatus();
    return s == QMediaPlayer::LoadedMedia || s == QMediaPlayer::BufferedMedia ||
           s == QMediaPlayer::BufferingMedia;
}
// Qt Multimedia can play at all here (a backend plugin exists and loads).
bool haveBackend()
{
    QMediaPlayer probe;
    return probe.isAvailable();
}
} // namespace

class TestPreviewPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void videoLoadsPlaysAndPauses();
    void keysStepAndFullScreen();
    void audioShowsWaveformNotesAndUsesTheCache();
    void unplayableFileSaysWhatToInstall();
    void problemScreenshots();
    void playerRowRelabelsOnLanguageSwitch();
    void coverWhyFollowsLanguage();
    void coverFromFrameInTheEditor();
    void cropDialogKeepsTheProfileRule();
    void droppedFileIsOnlyAnnounced();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    bool openVideo(PreviewPanel *panel);
    QTemporaryDir m_dir;
    TempWorkspace *m_ws = nullptr;
    PreviewPanel *m_panel = nullptr;
};

void TestPreviewPanel::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY(m_dir.isValid());
    QString error;
    MediaFactory::Video video;
    video.width = 320;
    video.height = 180;
    video.seconds = 3;
    video.bitrate = u"300k"_s;
    QVERIFY2(MediaFactory::makeVideo(file(u"film.mp4"_s), video, &error), qPrintable(error));
    const TestSupport::ProcessResult r = TestSupport::run(
        u"ffmpeg"_s,
        {u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
         u"aevalsrc=if(between(t\\,2\\,5)\\,0\\,if(between(t\\,5.5\\,6)\\,max(-1\\,min(1\\,4*sin(2*PI*440*t)))"
         "\\,0.5*sin(2*PI*440*t))):s=44100:d=7"_s,
         u"-c:a"_s, u"pcm_s16le"_s, file(u"talk.wav"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
    QVERIFY2(MediaFactory::writeRandom(file(u"noise.mp4"_s), 20000, 7, &error), qPrintable(error));
}

void TestPreviewPanel::init()
{
    m_ws = new TempWorkspace;
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_panel = new PreviewPanel(m_ws->workspace(), m_ws->profile());
    m_panel->resize(640, 480);
}

void TestPreviewPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    delete m_ws;
    m_ws = nullptr;
}

bool TestPreviewPanel::openVideo(PreviewPanel *panel)
{
    panel->setMediaFile(file(u"film.mp4"_s), false);
    panel->show();
    panel->activateWindow();
    panel->setFocus();
    return QTest::qWaitFor([&] { return loaded(panel->player()) || panel->player()->error(); }, 20000);
}

void TestPreviewPanel::videoLoadsPlaysAndPauses()
{
    if (!haveBackend())
        QSKIP(
            "Qt Multimedia has no backend here; install gstreamer1.0-plugins-base/-good and gstreamer1.0-libav");
    QVERIFY(!m_panel->player()); // no player, no backend threads, until there is a file to play
    QVERIFY(openVideo(m_panel));
    QVERIFY2(!m_panel->player()->error(), qPrintable(m_panel->player()->errorString()));
    QVERIFY(m_panel->findChild<QWidget *>(u"previewVideo"_s)->isVisible());
    QVERIFY(!m_panel->findChild<QWidget *>(u"previewWaveform"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->player()->duration() > 2500, 10000);

    QTest::keyClick(m_panel, Qt::Key_Space);
    QCOMPARE(m_panel->player()->playbackState(), QMediaPlayer::PlayingState);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->player()->position() > 300, 15000);
    QVERIFY(m_panel->findChild<QLabel *>(u"previewTime"_s)->text().endsWith(u"0:03"_s));
    QTest::keyClick(m_panel, Qt::Key_Space);
    QCOMPARE(m_panel->player()->playbackState(), QMediaPlayer::PausedState);
}

void TestPreviewPanel::keysStepAndFullScreen()
{
    if (!haveBackend())
        QSKIP(
            "Qt Multimedia has no backend here; install gstreamer1.0-plugins-base/-good and gstreamer1.0-libav");
    QVERIFY(openVideo(m_panel));
    m_panel->player()->pause();
    m_panel->player()->setPosition(1000);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(m_panel->player()->position() - 1000) <= 40, 10000);
    QTest::keyClick(m_panel, Qt::Key_Period);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(m_panel->player()->position() - 1040) <= 5, 10000);
    QCOMPARE(m_panel->player()->playbackState(), QMediaPlayer::PausedState);
    QTest::keyClick(m_panel, Qt::Key_Comma);
    QTest::keyClick(m_panel, Qt::Key_Comma);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(m_panel->player()->position() - 960) <= 5, 10000);

    QTest::keyClick(m_panel, Qt::Key_F);
    QTRY_VERIFY(m_panel->isVideoFullScreen());
    QWidget *video = m_panel->findChild<QWidget *>(u"previewVideo"_s);
    QTest::keyClick(video, Qt::Key_Space); // keys still act in full screen
    QCOMPARE(m_panel->player()->playbackState(), QMediaPlayer::PlayingState);
    QTest::keyClick(video, Qt::Key_Escape);
    QTRY_VERIFY(!m_panel->isVideoFullScreen());
}

void TestPreviewPanel::audioShowsWaveformNotesAndUsesTheCache()
{
    QSignalSpy ready(m_panel, &PreviewPanel::waveformReady);
    m_panel->setMediaFile(file(u"talk.wav"_s), true);
    m_panel->show();
    QVERIFY(m_panel->findChild<QWidget *>(u"previewWaveform"_s)->isVisible());
    QVERIFY(!m_panel->findChild<QWidget *>(u"previewUseFrame"_s)->isVisible());
    QVERIFY(ready.wait(20000) || ready.count() == 1);
    QCOMPARE(m_panel->waveformSource(), PreviewPanel::WaveformSource::Computed);
    QVERIFY(!m_panel->waveform()->data().isEmpty());
    const QLabel *notes = m_panel->findChild<QLabel *>(u"previewNotes"_s);
    QVERIFY(notes->isVisible());
    QVERIFY2(notes->text().contains(u"Silence from 0:02 to 0:05"_s), qPrintable(notes->text()));
    QVERIFY2(notes->text().contains(u"Clipping"_s), qPrintable(notes->text()));

    // The resource opened again (another panel, same workspace): no decoding, the cached overview.
    PreviewPanel again(m_ws->workspace(), m_ws->profile());
    again.setMediaFile(file(u"talk.wav"_s), true);
    QCOMPARE(again.waveformSource(), PreviewPanel::WaveformSource::Cache);
    QCOMPARE(again.waveform()->data().minimum.size(), m_panel->waveform()->data().minimum.size());
    QVERIFY(again.findChild<QLabel *>(u"previewNotes"_s)->text().contains(u"Clipping"_s));
}

void TestPreviewPanel::unplayableFileSaysWhatToInstall()
{
    if (!haveBackend())
        QSKIP(
            "Qt Multimedia has no backend here; install gstreamer1.0-plugins-base/-good and gstreamer1.0-libav");
    m_panel->setMediaFile(file(u"noise.mp4"_s), false);
    m_panel->show();
    const QLabel *message = m_panel->findChild<QLabel *>(u"previewMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
    QVERIFY2(message->text().contains(u"gstreamer1.0-libav"_s), qPrintable(message->text()));
    QVERIFY(m_panel->findChild<QWidget *>(u"previewDetailsButton"_s)->isVisible());
    QVERIFY(
        !m_panel->findChild<QWidget *>(u"previewDetails"_s)->isVisible()); // technical words behind Details
}

// Pictures only (SUBMITDESK_SCREENSHOT_DIR): the unplayable file's message with its Details open, in
// Chinese and English, for looking at.
void TestPreviewPanel::problemScreenshots()
{
    const QString dir = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("pictures only: set SUBMITDESK_SCREENSHOT_DIR");
    if (!haveBackend())
        QSKIP("Qt Multimedia has no backend here");
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        Translations::install(language);
        m_panel->setMediaFile(QString(), false);
        m_panel->setMediaFile(file(u"noise.mp4"_s), false);
        m_panel->resize(560, 420);
        m_panel->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<QLabel *>(u"previewMessage"_s)->isVisible(), 20000);
        m_panel->findChild<DetailsDisclosure *>()->setOpen(true);
        QTest::qWait(200);
        QVERIFY(m_panel->grab().save(dir + u"/preview-problem-%1.png"_s.arg(language)));
    }
    Translations::install(u"en"_s);
}

void TestPreviewPanel::playerRowRelabelsOnLanguageSwitch()
{
    auto *useFrame = m_panel->findChild<QPushButton *>(u"previewUseFrame"_s);
    auto *play = m_panel->findChild<QToolButton *>(u"previewPlay"_s);
    QVERIFY(useFrame && play);
    Translations::install(u"zh_CN"_s);
    QTRY_COMPARE(useFrame->text(), u"将此画面用作封面"_s);
    QCOMPARE(play->toolTip(), u"播放或暂停（空格）"_s);
    Translations::install(u"en"_s);
    QTRY_COMPARE(useFrame->text(), u"Use this frame as cover"_s);
    QCOMPARE(play->toolTip(), u"Play or pause (Space)"_s);
}

// The cover button of a resource without a cover field says why, in the language chosen after it was set.
void TestPreviewPanel::coverWhyFollowsLanguage()
{
    Translations::install(u"en"_s);
    m_panel->setMediaFile(file(u"film.mp4"_s), false); // the panel shows no resource: no cover field
    auto *useFrame = m_panel->findChild<QPushButton *>(u"previewUseFrame"_s);
    QVERIFY(useFrame);
    QVERIFY(!useFrame->isEnabled());
    QCOMPARE(useFrame->toolTip(), u"This type of resource has no cover"_s);
    Translations::install(u"zh_CN"_s);
    QTRY_COMPARE(useFrame->toolTip(), u"此类资源没有封面"_s);
    QVERIFY(!useFrame->isEnabled());
    Translations::install(u"en"_s);
    QTRY_COMPARE(useFrame->toolTip(), u"This type of resource has no cover"_s);
}

void TestPreviewPanel::coverFromFrameInTheEditor()
{
    if (!haveBackend())
        QSKIP(
            "Qt Multimedia has no backend here; install gstreamer1.0-plugins-base/-good and gstreamer1.0-libav");
    QString error;
    Batch batch;
    QVERIFY2(BatchStore(m_ws->workspace()).findOrCreate(u"first"_s, &batch, &error), qPrintable(error));
    const qint64 id = ResourceStore(m_ws->workspace()).create(batch.id, u"A01"_s, &error);
    QVERIFY2(id != 0, qPrintable(error));
    QVERIFY2(ResourceStore(m_ws->workspace()).addFile(id, u"media"_s, file(u"film.mp4"_s), &error) != 0,
             qPrintable(error));
    QUndoStack stack;
    ResourceEditor editor(m_ws->workspace(), m_ws->profile(), &stack);
    editor.resize(900, 900);
    editor.setResource(id);
    editor.show();
    PreviewPanel *panel = editor.preview();
    QVERIFY(panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(loaded(panel->player()), 20000);
    panel->player()->pause();
    panel->player()->setPosition(1200);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel->player()->position() - 1200) <= 40, 10000);
    const double at = panel->player()->position() / 1000.0;
    QTest::mouseClick(panel->findChild<QPushButton *>(u"previewUseFrame"_s), Qt::LeftButton);
    CoverCropDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = panel->findChild<CoverCropDialog *>()) != nullptr, 20000);
    QCOMPARE(dialog->crop().size(),
             QSize(320, 180)); // the 2022 profile states no cover size: the whole frame
    dialog->accept();
    QString stored;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(stored = FieldWriter(m_ws->workspace(), m_ws->profile()).read(id, u"cover"_s)).isEmpty(), 5000);
    QVERIFY2(stored.startsWith(m_ws->dir()) && stored.endsWith(u".jpg"_s), qPrintable(stored));
    FrameGrabber::Frame frame;
    QVERIFY2(FrameGrabber::grab(file(u"film.mp4"_s), at, &frame, &error), qPrintable(error));
    const QImage cover(stored);
    QCOMPARE(cover.size(), frame.image.size());
    QCOMPARE(stack.count(), 1); // undoable like a cover chosen from disk
}

void TestPreviewPanel::cropDialogKeepsTheProfileRule()
{
    QImage frame(1280, 720, QImage::Format_RGB888);
    frame.fill(Qt::darkGreen);
    const CoverImage::Limits limits = CoverImage::Limits::fromRule(
        QJsonObject{{"min_width"_L1, 640}, {"min_height"_L1, 480}, {"aspect"_L1, u"4:3"_s}});
    CoverCropDialog dialog(frame, limits);
    dialog.show();
    QCOMPARE(dialog.crop(), QRect(160, 0, 960, 720)); // the largest 4:3 part, centred
    auto *size = dialog.findChild<QSlider *>(u"coverCropSize"_s);
    size->setValue(size->minimum());
    QCOMPARE(dialog.crop().size(), QSize(640, 480));
    dialog.setCrop(QRect(1270, 700, 8, 8)); // dragged to the corner, too small: the minimum, inside the frame
    QCOMPARE(dialog.crop(), QRect(640, 240, 640, 480));
    QCOMPARE(dialog.croppedImage().size(), QSize(640, 480));
    QVERIFY(dialog.findChild<QLabel *>(u"coverCropInfo"_s)->text().contains(u"640×480"_s));
}

void TestPreviewPanel::droppedFileIsOnlyAnnounced()
{
    m_panel->setMediaFile(file(u"talk.wav"_s), true);
    m_panel->show();
    QSignalSpy dropped(m_panel, &PreviewPanel::mediaFileDropped);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file(u"film.mp4"_s))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel, &drop);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().first().toString(), file(u"film.mp4"_s));
    QCOMPARE(m_panel->mediaFile(), file(u"talk.wav"_s)); // replacing is the editor's command, not the panel's
    // Two files, or a web address: not a media file to put in place.
    mime.setUrls({QUrl::fromLocalFile(file(u"film.mp4"_s)), QUrl::fromLocalFile(file(u"talk.wav"_s))});
    QDragEnterEvent two(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    two.setAccepted(false);
    QApplication::sendEvent(m_panel, &two);
    QVERIFY(!two.isAccepted());
}

QTEST_MAIN(TestPreviewPanel)
#include "TestPreviewPanel.moc"
