#pragma once

#include "media/Waveform.h"

#include <QWidget>

class BackgroundTask;
class CoverFromFrame;
class DetailsDisclosure;
class PlayerControls;
class Profile;
class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QVideoWidget;
class WaveformView;
class Workspace;

// See it, hear it: the resource's media file in the resource editor (Qt Multimedia). Video shows the
// picture; audio shows the waveform overview (computed in the background with libav, cached in the
// workspace) with its notes (long silences, clipping: notes, not failures). Keys while the panel has the
// focus: Space play/pause, "," and "." a frame back and forward, F full screen, Esc leaves it.
// When the multimedia backend cannot play the file, the panel says which Debian packages to install;
// nothing else depends on playing. A file dropped on the panel is only announced (mediaFileDropped): the
// editor decides what to do with it.
// Object names: previewPanel, previewVideo, previewWaveform, previewNotes, previewMessage,
// previewDetailsButton, previewDetails, and PlayerControls' previewPlay … previewUseFrame.
class PreviewPanel : public QWidget
{
    Q_OBJECT
public:
    enum class WaveformSource { None, Cache, Computed };

    PreviewPanel(Workspace &workspace, const Profile &profile, QWidget *parent = nullptr);
    ~PreviewPanel() override;

    // Shows the resource's media file; hidden for a link, a resource without a file, or 0.
    void setResource(qint64 resourceId);
    // Plays this file ("" = none). Audio shows the waveform, video the picture.
    void setMediaFile(const QString &path, bool audio);
    QString mediaFile() const { return m_path; }

    // nullptr until the first file is set.
    QMediaPlayer *player() const { return m_player; }
    WaveformView *waveform() const { return m_waveform; }
    WaveformSource waveformSource() const { return m_waveformSource; }
    bool isVideoFullScreen() const;

    void togglePlay();
    void stepFrames(int frames);
    void setVideoFullScreen(bool on);

    // The Debian packages that let Qt Multimedia (GStreamer) play the standard's files.
    static QString backendPackages();

signals:
    void mediaFileDropped(const QString &path);
    // A cover made from a frame was stored at `path`; the editor puts it into the image field `fieldId`.
    void coverChosen(const QString &fieldId, const QString &path);
    void waveformReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildLayout();
    void ensurePlayer();
    void connectControls();
    bool handleKey(int key);
    void showProblem(const QString &text, const QString &details);
    void onPlayerError(const QString &errorString);
    void loadWaveform();
    void showNotes(const Waveform::Data &data);
    void useCurrentFrame();
    qint64 frameMs() const;

    Workspace &m_workspace;
    const Profile &m_profile;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    QVideoWidget *m_video;
    WaveformView *m_waveform;
    QLabel *m_notes;
    PlayerControls *m_controls;
    QLabel *m_message;
    DetailsDisclosure *m_details; // the player's own words (GStreamer's), closed by default
    CoverFromFrame *m_cover;
    BackgroundTask *m_waveformTask = nullptr;
    QString m_path;
    QString m_coverField;
    bool m_audioFile = false;
    float m_volume = 0.8f;
    WaveformSource m_waveformSource = WaveformSource::None;
};
