#include "PreviewPanel.h"

#include "BackgroundTask.h"
#include "CoverFromFrame.h"
#include "DetailsDisclosure.h"
#include "PlayerControls.h"
#include "WaveformView.h"

#include "media/WaveformCache.h"
#include "profile/Profile.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QAudioOutput>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QMimeData>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <memory>

using namespace Qt::StringLiterals;

PreviewPanel::PreviewPanel(Workspace &workspace, const Profile &profile, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_profile(profile), m_player(nullptr), m_audio(nullptr),
      m_video(new QVideoWidget(this)), m_waveform(new WaveformView(this)), m_notes(new QLabel(this)),
      m_controls(new PlayerControls(this)), m_message(new QLabel(this)),
      m_details(new DetailsDisclosure(u"previewDetails"_s, this)), m_cover(new CoverFromFrame(this))
{
    setObjectName(u"previewPanel"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    buildLayout();
    connectControls();
    connect(m_cover, &CoverFromFrame::coverSaved, this, &PreviewPanel::coverChosen);
    connect(m_cover, &CoverFromFrame::failed, this,
            [this](const QString &text, const QString &details) { showProblem(text, details); });
    setVisible(false);
}

PreviewPanel::~PreviewPanel()
{
    // The waveform's thread is cancelled and joined before the player and the views go.
    delete m_waveformTask;
    m_waveformTask = nullptr;
}

void PreviewPanel::buildLayout()
{
    m_video->setObjectName(u"previewVideo"_s);
    m_video->setMinimumSize(320, 180);
    m_video->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_video->installEventFilter(this);
    m_waveform->setObjectName(u"previewWaveform"_s);
    m_notes->setObjectName(u"previewNotes"_s);
    m_notes->setWordWrap(true);
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(u"QLabel { background: #fff8e1; border: 1px solid #ffca28; padding: 6px; }"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_video, 1);
    layout->addWidget(m_waveform);
    layout->addWidget(m_notes);
    layout->addWidget(m_controls);
    layout->addWidget(m_message);
    layout->addWidget(m_details);
    for (QWidget *w : {static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_details),
                       static_cast<QWidget *>(m_notes)})
        w->setVisible(false);
}

// The player is made for the first file, not before: its backend (GStreamer, PulseAudio) starts threads
// and loads plugins that an editor without media never needs.
void PreviewPanel::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_audio->setVolume(m_volume);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_controls->setDuration(ms);
        m_waveform->setDuration(ms);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        m_controls->setPosition(ms);
        m_waveform->setPosition(ms);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_controls->setPlaying(state == QMediaPlayer::PlayingState);
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &text) { onPlayerError(text); });
    connect(m_audio, &QAudioOutput::mutedChanged, m_controls, &PlayerControls::setMuted);
}

void PreviewPanel::connectControls()
{
    auto seek = [this](qint64 ms) {
        if (m_player)
            m_player->setPosition(ms);
    };
    connect(m_controls, &PlayerControls::playPauseClicked, this, &PreviewPanel::togglePlay);
    connect(m_controls, &PlayerControls::seekRequested, this, seek);
    connect(m_controls, &PlayerControls::stepRequested, this, &PreviewPanel::stepFrames);
    connect(m_controls, &PlayerControls::muteClicked, this, [this] {
        if (m_audio)
            m_audio->setMuted(!m_audio->isMuted());
    });
    connect(m_controls, &PlayerControls::volumeRequested, this, [this](float volume) {
        m_volume = volume;
        if (m_audio)
            m_audio->setVolume(volume);
    });
    connect(m_controls, &PlayerControls::fullScreenClicked, this,
            [this] { setVideoFullScreen(!isVideoFullScreen()); });
    connect(m_controls, &PlayerControls::useFrameClicked, this, &PreviewPanel::useCurrentFrame);
    connect(m_waveform, &WaveformView::seekRequested, this, seek);
}

// Keys reach the panel when it or a child that does not use them has the focus (the controls take none).
void PreviewPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier && handleKey(event->key()))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

bool PreviewPanel::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Space:
        togglePlay();
        return true;
    case Qt::Key_Comma:
        stepFrames(-1);
        return true;
    case Qt::Key_Period:
        stepFrames(1);
        return true;
    case Qt::Key_F:
        setVideoFullScreen(!isVideoFullScreen());
        return true;
    case Qt::Key_Escape:
        if (!isVideoFullScreen())
            return false;
        setVideoFullScreen(false);
        return true;
    default:
        return false;
    }
}

// In full screen the video is a window of its own: the panel's shortcuts do not reach it.
bool PreviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_video && event->type() == QEvent::KeyPress && isVideoFullScreen())
        return handleKey(static_cast<QKeyEvent *>(event)->key()) || QWidget::eventFilter(watched, event);
    return QWidget::eventFilter(watched, event);
}

void PreviewPanel::setResource(qint64 resourceId)
{
    Resource resource;
    if (resourceId == 0 || !ResourceStore(m_workspace).load(resourceId, &resource)) {
        setMediaFile(QString(), false);
        return;
    }
    const ResourceTypeSpec *type = m_profile.resourceType(resource.type);
    const QList<AttachedFile> media = resource.filesWithRole(u"media"_s);
    m_coverField.clear();
    for (const FieldSpec *spec : m_profile.fieldsFor(resource.type))
        if (spec->kind == FieldKind::Image && m_coverField.isEmpty())
            m_coverField = spec->id;
    const FieldSpec *cover = m_profile.field(m_coverField);
    m_cover->setTarget(m_workspace.path(), resource.uid, m_coverField, cover ? cover->rule : QJsonObject());
    if (!type || type->media == "link"_L1 || media.isEmpty()) {
        setMediaFile(QString(), false);
        return;
    }
    setMediaFile(media.first().path, type->media == "audio"_L1);
}

void PreviewPanel::setMediaFile(const QString &path, bool audio)
{
    if (path == m_path && audio == m_audioFile && !path.isEmpty())
        return;
    setVideoFullScreen(false);
    if (m_player)
        m_player->stop();
    delete m_waveformTask;
    m_waveformTask = nullptr;
    m_path = path;
    m_audioFile = audio;
    m_waveformSource = WaveformSource::None;
    for (QWidget *w : {static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_details),
                       static_cast<QWidget *>(m_notes)})
        w->setVisible(false);
    m_details->setDetails(QString()); // closes it
    setVisible(!path.isEmpty());
    if (path.isEmpty()) {
        if (m_player)
            m_player->setSource(QUrl());
        return;
    }
    ensurePlayer();
    // A video takes the room it gets; the waveform and its notes only the height they need.
    setSizePolicy(QSizePolicy::Preferred, audio ? QSizePolicy::Maximum : QSizePolicy::Expanding);
    m_video->setVisible(!audio);
    m_waveform->setVisible(audio);
    m_controls->setVideoControlsVisible(!audio);
    m_controls->setCoverAvailable(!m_coverField.isEmpty());
    if (!m_player->isAvailable())
        showProblem(tr("Playing is not available on this computer: Qt Multimedia has no working backend. "
                       "Checking, the cover and export keep working. To play files, install the Debian "
                       "packages %1.")
                        .arg(backendPackages()),
                    tr("sudo apt install %1").arg(backendPackages()));
    m_player->setSource(QUrl::fromLocalFile(path));
    if (audio)
        loadWaveform();
}

QString PreviewPanel::backendPackages()
{
    return u"gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav"_s;
}

void PreviewPanel::showProblem(const QString &text, const QString &details)
{
    m_message->setText(text);
    m_message->setVisible(true);
    m_details->setDetails(details);
    m_details->setVisible(!details.isEmpty());
}

void PreviewPanel::onPlayerError(const QString &errorString)
{
    showProblem(tr("This file cannot be played here: this computer lacks a decoder for it. Checking, the "
                   "cover and export keep working. If the technical check finds the file in order, install "
                   "the Debian packages %1 to play it.")
                    .arg(backendPackages()),
                tr("Player: %1\nFile: %2\nInstall: sudo apt install %3")
                    .arg(errorString, QDir::toNativeSeparators(m_path), backendPackages()));
}

void PreviewPanel::loadWaveform()
{
    const Waveform::Options options;
    Waveform::Data cached;
    if (WaveformCache(m_workspace).find(m_path, options, &cached)) {
        m_waveformSource = WaveformSource::Cache;
        m_waveform->setData(cached);
        showNotes(cached);
        emit waveformReady();
        return;
    }
    m_waveform->setStatus(tr("Reading the sound…"));
    auto result = std::make_shared<std::pair<Waveform::Data, QString>>();
    auto ok = std::make_shared<bool>(false);
    const QString path = m_path;
    m_waveformTask = new BackgroundTask(
        [path, result, ok](const std::atomic_bool &cancel) {
            Waveform::Options o;
            o.cancel = &cancel;
            *ok = Waveform::compute(path, &result->first, &result->second, o);
        },
        [this, path, result, ok] {
            m_waveformTask->deleteLater();
            m_waveformTask = nullptr;
            if (!*ok) {
                m_waveform->setStatus(tr("No overview of the sound: %1").arg(result->second));
                return;
            }
            QString error;
            if (!WaveformCache(m_workspace).store(path, Waveform::Options(), result->first, &error))
                qWarning("%s", qPrintable(error)); // only the cache: the overview is shown all the same
            m_waveformSource = WaveformSource::Computed;
            m_waveform->setData(result->first);
            showNotes(result->first);
            emit waveformReady();
        },
        this);
    m_waveformTask->start();
}

void PreviewPanel::showNotes(const Waveform::Data &data)
{
    QStringList lines;
    for (const Waveform::Note &note : data.notes)
        lines.append(u"• "_s + note.text().toHtmlEscaped());
    m_notes->setText(
        tr("<b>Notes</b> (worth a listen; not failures of the check):<br>%1").arg(lines.join(u"<br>"_s)));
    m_notes->setVisible(!lines.isEmpty());
}

void PreviewPanel::togglePlay()
{
    if (m_path.isEmpty())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

qint64 PreviewPanel::frameMs() const
{
    const double fps = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble();
    return fps > 0 && fps < 1000 ? qMax<qint64>(1, qint64(1000.0 / fps + 0.5)) : 40;
}

void PreviewPanel::stepFrames(int frames)
{
    if (m_path.isEmpty())
        return;
    m_player->pause();
    const qint64 end = m_player->duration() > 0 ? m_player->duration() : INT_MAX;
    m_player->setPosition(qBound<qint64>(0, m_player->position() + frames * frameMs(), end));
}

bool PreviewPanel::isVideoFullScreen() const
{
    return m_video->isFullScreen();
}

void PreviewPanel::setVideoFullScreen(bool on)
{
    if (on && (m_audioFile || m_path.isEmpty()))
        return;
    if (on != m_video->isFullScreen())
        m_video->setFullScreen(on);
    if (on)
        m_video->setFocus(Qt::OtherFocusReason);
}

void PreviewPanel::useCurrentFrame()
{
    if (m_path.isEmpty() || m_audioFile || m_coverField.isEmpty())
        return;
    m_player->pause();
    m_cover->start(m_path, m_player->position() / 1000.0, this);
}

void PreviewPanel::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void PreviewPanel::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    emit mediaFileDropped(urls.first().toLocalFile());
}
