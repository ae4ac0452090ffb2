#include "workspace/CheckResultStore.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

CheckResultStore::Key CheckResultStore::Key::forFile(const QString &path, const QString &profileVersion,
                                                     const QString &kind)
{
    const QFileInfo info(path);
    return {info.absoluteFilePath(), info.size(), info.lastModified().toUTC().toString(Qt::ISODateWithMs),
            profileVersion, kind};
}

bool CheckResultStore::find(const Key &key, QJsonObject *result, QDateTime *checkedAt) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT result_json, checked_at FROM check_results WHERE path = ? AND size = ? AND mtime = ? "
              "AND profile_version = ? AND kind = ?"_s);
    q.addBindValue(key.path);
    q.addBindValue(key.size);
    q.addBindValue(key.mtime);
    q.addBindValue(key.profileVersion);
    q.addBindValue(key.kind);
    if (!q.exec() || !q.next())
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!doc.isObject())
        return false;
    *result = doc.object();
    if (checkedAt)
        *checkedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    return true;
}

bool CheckResultStore::store(const Key &key, const QJsonObject &result, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT OR REPLACE INTO check_results(path, size, mtime, profile_version, kind, result_json, "
              "checked_at) VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(key.path);
    q.addBindValue(key.size);
    q.addBindValue(key.mtime);
    q.addBindValue(key.profileVersion);
    q.addBindValue(key.kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    q.addBindValue(Workspace::nowText());
    if (!q.exec()) {
        if (error)
            *error = QCoreApplication::translate("CheckResultStore", "cannot cache the check of %1: %2")
                         .arg(key.path, q.lastError().text());
        return false;
    }
    return true;
}
