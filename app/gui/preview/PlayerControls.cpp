#include "PlayerControls.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
QToolButton *toolButton(QWidget *parent, const QString &name, QStyle::StandardPixmap icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // Space stays the panel's play/pause, not a button press
    return button;
}
} // namespace

PlayerControls::PlayerControls(QWidget *parent)
    : QWidget(parent), m_play(toolButton(this, u"previewPlay"_s, QStyle::SP_MediaPlay)),
      m_back(toolButton(this, u"previewStepBack"_s, QStyle::SP_MediaSeekBackward)),
      m_forward(toolButton(this, u"previewStepForward"_s, QStyle::SP_MediaSeekForward)),
      m_seek(new QSlider(Qt::Horizontal, this)), m_time(new QLabel(this)),
      m_mute(toolButton(this, u"previewMute"_s, QStyle::SP_MediaVolume)),
      m_volume(new QSlider(Qt::Horizontal, this)),
      m_fullScreen(toolButton(this, u"previewFullScreen"_s, QStyle::SP_TitleBarMaxButton)),
      m_useFrame(new QPushButton(this))
{
    m_seek->setObjectName(u"previewSeek"_s);
    m_seek->setFocusPolicy(Qt::NoFocus);
    m_seek->setRange(0, 0);
    m_time->setObjectName(u"previewTime"_s);
    m_volume->setObjectName(u"previewVolume"_s);
    m_volume->setFocusPolicy(Qt::NoFocus);
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(90);
    m_useFrame->setObjectName(u"previewUseFrame"_s);
    m_useFrame->setFocusPolicy(Qt::NoFocus);
    retranslate();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w :
         {static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_back), static_cast<QWidget *>(m_forward)})
        layout->addWidget(w);
    layout->addWidget(m_seek, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_mute);
    layout->addWidget(m_volume);
    layout->addWidget(m_fullScreen);
    layout->addWidget(m_useFrame);

    connect(m_play, &QToolButton::clicked, this, &PlayerControls::playPauseClicked);
    connect(m_back, &QToolButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { emit stepRequested(1); });
    connect(m_seek, &QSlider::sliderMoved, this, [this](int value) { emit seekRequested(value); });
    connect(m_seek, &QSlider::actionTriggered, this, [this] {
        if (!m_seek->isSliderDown())
            emit seekRequested(m_seek->sliderPosition());
    });
    connect(m_mute, &QToolButton::clicked, this, &PlayerControls::muteClicked);
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) { emit volumeRequested(v / 100.0f); });
    connect(m_fullScreen, &QToolButton::clicked, this, &PlayerControls::fullScreenClicked);
    connect(m_useFrame, &QPushButton::clicked, this, &PlayerControls::useFrameClicked);
    updateTime();
}

void PlayerControls::retranslate()
{
    m_play->setToolTip(tr("Play or pause (Space)"));
    m_back->setToolTip(tr("One frame back (,)"));
    m_forward->setToolTip(tr("One frame forward (.)"));
    m_mute->setToolTip(tr("Sound off or on"));
    m_volume->setToolTip(tr("Volume"));
    m_fullScreen->setToolTip(tr("Full screen (F; Esc to leave)"));
    m_useFrame->setText(tr("Use this frame as cover"));
    m_useFrame->setToolTip(m_coverAvailable ? tr("Takes the picture shown now, exactly as it is in the file, "
                                                 "as the resource's cover")
                                            : tr("This type of resource has no cover"));
}

void PlayerControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString PlayerControls::timeText(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void PlayerControls::updateTime()
{
    m_time->setText(u"%1 / %2"_s.arg(timeText(m_position), timeText(m_duration)));
}

void PlayerControls::setDuration(qint64 ms)
{
    m_duration = ms;
    const QSignalBlocker block(m_seek);
    m_seek->setRange(0, int(qMin<qint64>(ms, INT_MAX)));
    updateTime();
}

void PlayerControls::setPosition(qint64 ms)
{
    m_position = ms;
    if (!m_seek->isSliderDown()) {
        const QSignalBlocker block(m_seek);
        m_seek->setValue(int(qMin<qint64>(ms, INT_MAX)));
    }
    updateTime();
}

void PlayerControls::setPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void PlayerControls::setMuted(bool muted)
{
    m_mute->setIcon(style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
}

void PlayerControls::setVolume(float volume)
{
    const QSignalBlocker block(m_volume);
    m_volume->setValue(int(volume * 100 + 0.5f));
}

void PlayerControls::setVideoControlsVisible(bool visible)
{
    m_back->setVisible(visible);
    m_forward->setVisible(visible);
    m_fullScreen->setVisible(visible);
    m_useFrame->setVisible(visible);
}

void PlayerControls::setCoverAvailable(bool available)
{
    m_useFrame->setEnabled(available);
    m_coverAvailable = available;
    retranslate();
}
