#include "common/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QString userDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/SubmitDesk"_s;
    return dir;
}
} // namespace

QString AppPaths::legacyWorkspace()
{
    return QDir(userDataDir()).filePath(u"workspace.submitdesk"_s);
}

QString AppPaths::profileLibrary()
{
    return QDir(userDataDir()).filePath(u"campaigns"_s);
}

QString AppPaths::visibleWorkspace()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(u"SubmitDesk/workspace.submitdesk"_s);
}

QString AppPaths::defaultWorkspace()
{
    const QString legacy = legacyWorkspace();
    return QFileInfo(legacy).isFile() ? legacy : visibleWorkspace();
}

QString AppPaths::defaultProfileId()
{
    return u"lifelong-2022"_s;
}
