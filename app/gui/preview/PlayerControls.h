#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;
class QPushButton;

// The row under the preview: play/pause, step a frame back and forward, the seek slider with the time,
// mute and volume, full screen, and "Use this frame as cover". It only shows state and asks; PreviewPanel
// acts. Object names: previewPlay, previewStepBack, previewStepForward, previewSeek, previewTime,
// previewMute, previewVolume, previewFullScreen, previewUseFrame.
class PlayerControls : public QWidget
{
    Q_OBJECT
public:
    explicit PlayerControls(QWidget *parent = nullptr);

    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    void setPlaying(bool playing);
    void setMuted(bool muted);
    void setVolume(float volume);               // 0…1
    void setVideoControlsVisible(bool visible); // frame step, full screen and cover: video only
    // Off, saying why, where the resource's type has no cover field.
    void setCoverAvailable(bool available);

    static QString timeText(qint64 ms); // "1:05" or "1:02:05"

signals:
    void playPauseClicked();
    void seekRequested(qint64 ms);
    void stepRequested(int frames);
    void muteClicked();
    void volumeRequested(float volume);
    void fullScreenClicked();
    void useFrameClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTime();
    void retranslate(); // every label and tip, again after a switch of language

    QToolButton *m_play;
    QToolButton *m_back;
    QToolButton *m_forward;
    QSlider *m_seek;
    QLabel *m_time;
    QToolButton *m_mute;
    QSlider *m_volume;
    QToolButton *m_fullScreen;
    QPushButton *m_useFrame;
    bool m_coverAvailable = true;
    qint64 m_duration = 0;
    qint64 m_position = 0;
};
