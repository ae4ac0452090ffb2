#include "AppSettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

QString AppSettings::language()
{
    return QSettings().value("ui/language"_L1).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue("ui/language"_L1, language);
}

QStringList AppSettings::recentWorkspaces()
{
    return QSettings().value("workspace/recent"_L1).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    QSettings settings;
    settings.setValue("workspace/recent"_L1, recent);
    settings.setValue("workspace/last"_L1, absolute);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue("workspace/recent"_L1, recent);
}

void AppSettings::clearRecentWorkspaces()
{
    QSettings().remove("workspace/recent"_L1);
}

QString AppSettings::lastWorkspace()
{
    return QSettings().value("workspace/last"_L1).toString();
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value("window/geometry"_L1).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value("window/state"_L1).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue("window/geometry"_L1, geometry);
    settings.setValue("window/state"_L1, state);
}

namespace {
// One group per workspace file; its path is hashed, as QSettings keys do not take every character.
QString selectionKey(const QString &workspacePath)
{
    const QByteArray hash = QCryptographicHash::hash(workspacePath.toUtf8(), QCryptographicHash::Sha1);
    return u"selection/"_s + QString::fromLatin1(hash.toHex().left(16));
}
} // namespace

AppSettings::Selection AppSettings::lastSelection(const QString &workspacePath)
{
    const QStringList ids = QSettings().value(selectionKey(workspacePath)).toStringList();
    return {ids.value(0).toLongLong(), ids.value(1).toLongLong()};
}

void AppSettings::setLastSelection(const QString &workspacePath, const Selection &selection)
{
    if (workspacePath.isEmpty())
        return;
    QSettings().setValue(selectionKey(workspacePath), QStringList{QString::number(selection.batchId),
                                                                  QString::number(selection.resourceId)});
}
