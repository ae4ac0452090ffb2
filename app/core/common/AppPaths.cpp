#include "common/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString AppPaths::defaultWorkspace()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/SubmitDesk"_s;
    return QDir(dir).filePath(u"workspace.submitdesk"_s);
}

QString AppPaths::defaultProfileId()
{
    return u"lifelong-2022"_s;
}
