#include "common/AppPaths.h"

#include <QDir>
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

QString AppPaths::defaultWorkspace()
{
    return QDir(userDataDir()).filePath(u"workspace.submitdesk"_s);
}

QString AppPaths::profileLibrary()
{
    return QDir(userDataDir()).filePath(u"campaigns"_s);
}

QString AppPaths::defaultProfileId()
{
    return u"lifelong-2022"_s;
}
