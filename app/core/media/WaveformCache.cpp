#include "media/WaveformCache.h"

#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
void bindKey(QSqlQuery &q, const QString &path, const Waveform::Options &options)
{
    const QFileInfo info(path);
    q.addBindValue(info.absoluteFilePath());
    q.addBindValue(info.size());
    q.addBindValue(info.lastModified().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(Waveform::parametersKey(options));
}
} // namespace

bool WaveformCache::find(const QString &path, const Waveform::Options &options, Waveform::Data *data) const
{
    if (!QFileInfo(path).isFile())
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT peaks, info_json FROM waveform_cache WHERE path = ? AND size = ? AND mtime = ? AND "
              "parameters = ?"_s);
    bindKey(q, path, options);
    if (!q.exec() || !q.next())
        return false;
    const QJsonDocument info = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
    return info.isObject() && Waveform::Data::fromStored(q.value(0).toByteArray(), info.object(), data);
}

bool WaveformCache::store(const QString &path, const Waveform::Options &options, const Waveform::Data &data,
                          QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT OR REPLACE INTO waveform_cache(path, size, mtime, parameters, peaks, info_json, "
              "created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    bindKey(q, path, options);
    q.addBindValue(data.peaksBlob());
    q.addBindValue(QString::fromUtf8(QJsonDocument(data.infoJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(Workspace::nowText());
    if (!q.exec()) {
        if (error)
            *error = QCoreApplication::translate("WaveformCache", "cannot cache the waveform of %1: %2")
                         .arg(path, q.lastError().text());
        return false;
    }
    return true;
}
