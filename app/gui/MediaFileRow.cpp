#include "MediaFileRow.h"

#include "MessageLabel.h"

#include "media/CheckReport.h"
#include "media/MediaFacts.h"
#include "profile/Profile.h"
#include "workspace/CheckResultStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QPushButton *button(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QString durationText(double seconds)
{
    const QTime time = QTime(0, 0).addMSecs(qint64(seconds * 1000 + 0.5));
    return seconds >= 3600 ? time.toString(u"h:mm:ss"_s) : time.toString(u"m:ss"_s);
}
} // namespace

MediaFileRow::MediaFileRow(Workspace &workspace, const Profile &profile, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_profile(profile),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_name(new MessageLabel(this)), m_facts(new MessageLabel(this)),
      m_open(button(u"mediaFileOpen"_s, tr("Open"), this)),
      m_showFolder(button(u"mediaFileShowFolder"_s, tr("Show in Folder"), this)),
      m_replace(button(u"mediaFileReplace"_s, tr("Replace…"), this)),
      m_locate(button(u"mediaFileLocate"_s, tr("Locate…"), this)), m_factsTimer(new QTimer(this))
{
    m_factsTimer->setInterval(1500);
    connect(m_factsTimer, &QTimer::timeout, this, &MediaFileRow::lookForFacts);
    setObjectName(u"mediaFileRow"_s);
    m_name->setObjectName(u"mediaFileName"_s);
    m_facts->setObjectName(u"mediaFileFacts"_s);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_open->setToolTip(tr("Play the file with the computer's own player"));
    m_showFolder->setToolTip(tr("Open the folder that holds the file"));
    m_replace->setToolTip(tr("Attach another file instead of this one (can be undone)"));
    m_locate->setToolTip(tr("Find moved or renamed files in a folder you choose"));
    connect(m_open, &QPushButton::clicked, this, [this] { open(m_path); });
    connect(m_showFolder, &QPushButton::clicked, this, [this] { open(QFileInfo(m_path).absolutePath()); });
    connect(m_replace, &QPushButton::clicked, this, [this] {
        if (m_actions.replaceMedia)
            m_actions.replaceMedia->trigger();
    });
    connect(m_locate, &QPushButton::clicked, this, [this] {
        if (m_actions.locateFiles)
            m_actions.locateFiles->trigger();
    });
    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_name);
    text->addWidget(m_facts);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addLayout(text, 1);
    for (QPushButton *b : {m_open, m_showFolder, m_replace, m_locate})
        layout->addWidget(b);
    hide();
}

void MediaFileRow::setActions(const EditorActions &actions)
{
    m_actions = actions;
    updateButtons();
}

void MediaFileRow::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_opener = std::move(opener);
}

void MediaFileRow::setResource(qint64 resourceId)
{
    Resource resource;
    const ResourceTypeSpec *type = nullptr;
    if (resourceId != 0 && ResourceStore(m_workspace).load(resourceId, &resource))
        type = m_profile.resourceType(resource.type);
    const QList<AttachedFile> media = resource.filesWithRole(u"media"_s);
    m_factsTimer->stop();
    if (!type || type->media == "link"_L1 || media.isEmpty()) {
        m_path.clear();
        hide();
        return;
    }
    showFile(media.first());
    show();
}

void MediaFileRow::showFile(const AttachedFile &file)
{
    m_path = file.path;
    m_file = file;
    m_missing = !QFileInfo(file.path).isFile();
    const QString native = QDir::toNativeSeparators(file.path);
    m_name->setMessage(QFileInfo(file.path).fileName(), palette().color(QPalette::WindowText));
    m_name->setToolTip(native);
    if (m_missing)
        m_facts->setMessage(
            tr("The file is missing: it is no longer at %1. Locate it, or replace it.").arg(native),
            QColor(u"#b26a00"_s));
    else
        m_facts->setMessage(factsText(file), palette().color(QPalette::PlaceholderText));
    updateButtons();
    m_looks = 0;
    if (!m_missing && measuredFacts(file.path).isEmpty())
        m_factsTimer->start(); // the check runs by itself: its facts are shown when it is done
}

void MediaFileRow::lookForFacts()
{
    constexpr int maxLooks =
        80; // two minutes: a longer check shows its facts when the resource is shown again
    if (m_path.isEmpty() || m_missing || ++m_looks > maxLooks) {
        m_factsTimer->stop();
        return;
    }
    if (measuredFacts(m_path).isEmpty())
        return;
    m_factsTimer->stop();
    m_facts->setMessage(factsText(m_file), palette().color(QPalette::PlaceholderText));
}

void MediaFileRow::updateButtons()
{
    m_open->setVisible(!m_missing);
    m_showFolder->setVisible(!m_missing);
    m_replace->setVisible(m_actions.replaceMedia);
    m_locate->setVisible(m_missing && m_actions.locateFiles);
}

QString MediaFileRow::factsText(const AttachedFile &file) const
{
    const qint64 size = QFileInfo(file.path).size();
    QStringList parts{QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat)}; // "55.9 KB"
    const QString measured = measuredFacts(file.path);
    if (!measured.isEmpty())
        parts.append(measured);
    if (!file.note.isEmpty())
        parts.append(file.note);
    return parts.join(u" · "_s);
}

// Duration and picture size as the last check measured them (nothing is probed here: the check runs by
// itself and caches its facts).
QString MediaFileRow::measuredFacts(const QString &path) const
{
    CheckResultStore store(m_workspace);
    for (const QString &kind : {u"deep"_s, u"probe"_s}) {
        QJsonObject json;
        if (!store.find(CheckResultStore::Key::forFile(path, m_profile.idAndVersion(), kind), &json))
            continue;
        const MediaFacts facts = MediaFacts::fromJson(CheckReport::fromJson(json).facts);
        QStringList parts;
        if (facts.duration > 0)
            parts.append(durationText(facts.duration));
        if (facts.hasVideo() && facts.video.first().displayWidth > 0)
            parts.append(
                u"%1 × %2"_s.arg(facts.video.first().displayWidth).arg(facts.video.first().displayHeight));
        return parts.join(u" · "_s);
    }
    return {};
}

void MediaFileRow::open(const QString &localPath)
{
    if (!localPath.isEmpty() && m_opener)
        m_opener(QUrl::fromLocalFile(localPath));
}
