#include "upload/BatchPackage.h"

#include "package/BagLayout.h"
#include "package/BagVerifier.h"
#include "package/ExportJob.h"
#include "package/PackageManifest.h"
#include "package/Sha256.h"
#include "profile/Profile.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
// What the export is made of, without the date: equal stamps mean the same package.
QByteArray stampOf(const ExportRequest &request)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QString &s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f"));
    };
    add(request.profile ? request.profile->idAndVersion() : QString());
    const Unit &u = request.unit;
    for (const QString &s : {u.name, u.person, u.title, u.phone, u.mobile, u.email, u.stampedScan})
        add(s);
    add(request.batch.name);
    for (const Resource &r : request.resources) {
        add(QString::number(r.id) + r.uid + r.type);
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            add(it.key() + u'=' + it.value());
        for (const AttachedFile &f : r.files) {
            const QFileInfo info(f.path);
            add(f.role + f.path + QString::number(info.size()) +
                QString::number(info.lastModified().toMSecsSinceEpoch()));
        }
    }
    return h.result().toHex();
}

QByteArray readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > (qint64(64) << 20))
        return {};
    return f.readAll();
}

void readManifest(const QString &bag, const char *name, QMap<QString, QString> *sums)
{
    PackageManifest manifest;
    QString ignored;
    if (PackageManifest::parse(readSmall(bag + u'/' + QLatin1String(name)), QLatin1String(name), &manifest,
                               &ignored))
        for (const PackageManifest::Entry &e : manifest.entries())
            sums->insert(e.path, e.sha256);
}
} // namespace

bool BatchPackage::prepare(Workspace &workspace, const Profile &profile, const QString &batchName,
                           Prepared *out, QString *error, const std::atomic_bool *cancel)
{
    return exportOrVerify(workspace, profile, batchName, out, error, cancel) && listFiles(out, error);
}

bool BatchPackage::exportOrVerify(Workspace &workspace, const Profile &profile, const QString &batchName,
                                  Prepared *out, QString *error, const std::atomic_bool *cancel)
{
    ExportRequest request;
    ValidationReport report;
    const QFileInfo ws(workspace.path());
    QString prepareError;
    if (!ExportJob::prepare(workspace, profile, batchName, false, QString(), &request, &report,
                            &prepareError)) {
        *error = prepareError;
        return false;
    }
    out->batchId = request.batch.id;
    out->batchName = request.batch.name;
    out->folder =
        ws.absolutePath() + u'/' + ws.fileName() + u".uploads/"_s + QString::number(request.batch.id);
    out->bagPath = out->folder + u"/bag"_s;
    if (!QDir().mkpath(out->folder)) {
        *error = tr("cannot create the folder %1").arg(out->folder);
        return false;
    }
    const QByteArray stamp = stampOf(request);
    const QString stampFile = out->folder + u"/export.stamp"_s;
    if (readSmall(stampFile) == stamp && QFileInfo(out->bagPath).isDir()) {
        BagVerifier::Options options;
        options.metadata = false;
        options.technical = false;
        if (BagVerifier::verify(out->bagPath, options, cancel).isValid()) {
            out->reused = true;
            return true;
        }
    }
    request.outputPath = out->bagPath;
    request.replaceExisting = true;
    ExportJob job;
    job.setRequest(request);
    ExportResult result;
    if (!job.run(&result, error))
        return false;
    job.saveChecks(workspace);
    QSaveFile file(stampFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(stamp) != stamp.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(stampFile, file.errorString());
        return false;
    }
    return true;
}

bool BatchPackage::listFiles(Prepared *out, QString *error)
{
    QMap<QString, QString> sums;
    readManifest(out->bagPath, BagLayout::ManifestTxt, &sums);
    readManifest(out->bagPath, BagLayout::TagManifestTxt, &sums);
    QStringList paths;
    QDirIterator it(out->bagPath, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(QDir(out->bagPath).relativeFilePath(it.next()));
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(out->bagPath + u'/' + path);
        QueueEntry e;
        e.group = path.startsWith("data/"_L1) ? 0 : 1;
        e.record.batchId = out->batchId;
        e.record.bagPath = path;
        e.record.localPath = info.absoluteFilePath();
        e.record.size = info.size();
        e.record.mtime = info.lastModified().toUTC();
        e.record.sha256 = sums.value(path);
        if (e.record.sha256.isEmpty() && !Sha256::hashFile(e.record.localPath, &e.record.sha256, error))
            return false;
        e.record.position = int(out->entries.size());
        e.metadata = metadataFor(out->batchName, path, e.record.sha256);
        out->entries.append(e);
    }
    // The tag manifest names the other tag files: it goes last.
    std::stable_sort(out->entries.begin(), out->entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        const auto rank = [](const QueueEntry &e) {
            return e.group * 2 + (e.record.bagPath == QLatin1String(BagLayout::TagManifestTxt) ? 1 : 0);
        };
        return rank(a) < rank(b);
    });
    for (int i = 0; i < out->entries.size(); ++i)
        out->entries[i].record.position = i;
    return true;
}

QList<QPair<QByteArray, QString>> BatchPackage::metadataFor(const QString &batchName, const QString &bagPath,
                                                            const QString &sha256)
{
    QString resource, type = u"tag"_s;
    if (bagPath.startsWith("data/resources/"_L1)) {
        resource = bagPath.section(u'/', 2, 2);
        type = resource.section(u'-', 0, 0);
    } else if (bagPath.startsWith("data/"_L1)) {
        type = u"package"_s;
    } else if (bagPath == "submission.json"_L1) {
        type = u"submission"_s;
    }
    return {{"filename", bagPath},
            {"batch", batchName},
            {"resource", resource},
            {"type", type},
            {"sha256", sha256}};
}

UploadQueue::Finaliser BatchPackage::finaliser(const Prepared &prepared)
{
    return [prepared](const QList<UploadRecord> &done, QueueEntry *last, QString *error) {
        QJsonArray files;
        for (const UploadRecord &r : done)
            files.append(QJsonObject{{u"path"_s, r.bagPath},
                                     {u"url"_s, r.url.toString()},
                                     {u"size"_s, double(r.size)},
                                     {u"sha256"_s, r.sha256}});
        const QJsonObject root{{u"format"_s, u"submitdesk-submission/1"_s},
                               {u"batch"_s, prepared.batchName},
                               {u"files"_s, files}};
        const QByteArray json = QJsonDocument(root).toJson();
        const QString path = prepared.folder + u"/submission.json"_s;
        if (readSmall(path) != json) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
                *error = tr("cannot write %1: %2").arg(path, file.errorString());
                return false;
            }
        }
        const QFileInfo info(path);
        last->record.batchId = prepared.batchId;
        last->record.bagPath = u"submission.json"_s;
        last->record.localPath = info.absoluteFilePath();
        last->record.size = info.size();
        last->record.mtime = info.lastModified().toUTC();
        last->record.sha256 = Sha256::hexOf(json);
        last->record.position = int(prepared.entries.size());
        last->metadata = metadataFor(prepared.batchName, last->record.bagPath, last->record.sha256);
        return true;
    };
}
