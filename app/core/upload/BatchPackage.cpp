#include "upload/BatchPackage.h"

#include "upload/BagSnapshot.h"

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
#include <QSet>

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

BatchPackage::Plan::Plan() = default;
BatchPackage::Plan::~Plan() = default;

bool BatchPackage::prepare(Workspace &workspace, const Profile &profile, const QString &batchName,
                           Prepared *out, QString *error, const std::atomic_bool *cancel)
{
    Plan plan;
    if (!BatchPackage::plan(workspace, profile, batchName, &plan, error) || !build(&plan, error, cancel))
        return false;
    finish(workspace, plan);
    *out = plan.prepared;
    return true;
}

bool BatchPackage::plan(Workspace &workspace, const Profile &profile, const QString &batchName, Plan *out,
                        QString *error)
{
    out->profile = std::make_shared<const Profile>(profile);
    if (!ExportJob::prepareWithoutForm(workspace, *out->profile, batchName, false, QString(), &out->request,
                                       &out->report, error))
        return false;
    const QFileInfo ws(workspace.path());
    Prepared &prepared = out->prepared;
    prepared.batchId = out->request.batch.id;
    prepared.batchName = out->request.batch.name;
    prepared.folder =
        ws.absolutePath() + u'/' + ws.fileName() + u".uploads/"_s + QString::number(out->request.batch.id);
    prepared.bagPath = prepared.folder + u"/bag"_s;
    out->stamp = stampOf(out->request);
    out->request.outputPath = prepared.bagPath;
    out->request.replaceExisting = true;
    out->request.fingerprints = true; // for the check while sending (BagSnapshot, StreamVerifier)
    out->job = std::make_shared<ExportJob>();
    // The form is rendered only for a package that is going to be written (an unchanged batch's earlier
    // export already holds it: the unit's values are part of the stamp); here, so that a form that cannot be
    // rendered is said at once. Should the earlier export turn out not to be intact, ExportJob::run renders
    // it.
    if (!stampMatches(*out) && !ExportJob::renderRegistrationForm(&out->request, error))
        return false;
    return true;
}

bool BatchPackage::build(Plan *plan, QString *error, const std::atomic_bool *cancel,
                         const ProgressFn &progress)
{
    Prepared &prepared = plan->prepared;
    prepared.entries.clear();
    prepared.reused = false;
    prepared.verifyInStream = false;
    prepared.fingerprints.clear();
    if (!QDir().mkpath(prepared.folder)) {
        *error = tr("cannot create the folder %1").arg(prepared.folder);
        return false;
    }
    const bool ok =
        (reuseEarlierExport(plan, cancel, progress) || writeExport(plan, error, cancel, progress)) &&
        listFiles(&prepared, error);
    if (!ok)
        removeEmptyFolders(prepared);
    return ok;
}

void BatchPackage::finish(Workspace &workspace, const Plan &plan)
{
    // The package is fine even when the results cannot be cached: they are checked again next time.
    if (plan.job && !plan.prepared.reused)
        plan.job->saveChecks(workspace);
}

// When the batch has not changed since the last export and that export is still intact, it is reused.
bool BatchPackage::reuseEarlierExport(Plan *plan, const std::atomic_bool *cancel, const ProgressFn &progress)
{
    Prepared &prepared = plan->prepared;
    if (!stampMatches(*plan))
        return false;
    if (BagSnapshot::matches(prepared.bagPath, snapshotFile(prepared), &prepared.fingerprints)) {
        prepared.reused = true;
        prepared.verifyInStream = true;
        return true;
    }
    BagVerifier::Options options;
    options.metadata = false;
    options.technical = false;
    options.fingerprints = true;
    Progress state;
    state.stage = Progress::Verifying;
    const auto report = [&](qint64 done, qint64 total) {
        state.bytesDone = done;
        state.bytesTotal = total;
        if (progress)
            progress(state);
    };
    const BagVerifier::Result verified = BagVerifier::verify(prepared.bagPath, options, cancel, report);
    if (!verified.isValid())
        return false;
    QString ignored; // without a snapshot, the next upload verifies in a pass of its own again
    BagSnapshot::write(prepared.bagPath, snapshotFile(prepared), verified.fingerprints, &ignored);
    prepared.reused = true;
    return true;
}

// An export of this very batch content is on disk (whether it is still intact is checked apart).
bool BatchPackage::stampMatches(const Plan &plan)
{
    return readSmall(stampFile(plan.prepared)) == plan.stamp && QFileInfo(plan.prepared.bagPath).isDir();
}

QString BatchPackage::snapshotFile(const Prepared &prepared)
{
    return prepared.folder + u"/export.files"_s;
}

QString BatchPackage::stampFile(const Prepared &prepared)
{
    return prepared.folder + u"/export.stamp"_s;
}

bool BatchPackage::writeExport(Plan *plan, QString *error, const std::atomic_bool *cancel,
                               const ProgressFn &progress)
{
    if (cancel && cancel->load()) {
        *error = tr("cancelled");
        return false;
    }
    ExportJob &job = *plan->job;
    job.setRequest(plan->request);
    Progress state;
    for (const Resource &r : std::as_const(plan->request.resources))
        state.filesTotal += int(r.files.size());
    QSet<QString> started;
    // The job's signals come from this thread: direct connections, gone when `context` is.
    QObject context;
    QObject::connect(
        &job, &ExportJob::checking, &context,
        [&](int done, int total, const QString &) {
            if (progress)
                progress({Progress::Checking, done, total, 0, 0});
        },
        Qt::DirectConnection);
    QObject::connect(
        &job, &ExportJob::progress, &context,
        [&](qint64 done, qint64 total, double, double, const QString &file) {
            started.insert(file);
            state.stage = Progress::Writing;
            state.bytesDone = done;
            state.bytesTotal = total;
            state.filesDone =
                done >= total ? state.filesTotal : std::clamp(int(started.size()) - 1, 0, state.filesTotal);
            if (progress)
                progress(state);
        },
        Qt::DirectConnection);
    ExportResult result;
    if (!job.run(&result, error))
        return false;
    const QString stamp = stampFile(plan->prepared);
    QSaveFile file(stamp);
    if (!file.open(QIODevice::WriteOnly) || file.write(plan->stamp) != plan->stamp.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(stamp, file.errorString());
        return false;
    }
    return BagSnapshot::write(plan->prepared.bagPath, snapshotFile(plan->prepared), result.fingerprints,
                              error);
}

void BatchPackage::removeEmptyFolders(const Prepared &prepared)
{
    QDir folder(prepared.folder);
    if (folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        folder.removeRecursively(); // empty: removes just the folder
    const QString uploads = QFileInfo(prepared.folder).absolutePath();
    QDir().rmdir(uploads); // only when empty
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
        e.verifyWhileSending = out->verifyInStream && !e.record.sha256.isEmpty();
        if (e.verifyWhileSending)
            e.contentFingerprint = out->fingerprints.value(path);
        e.staleMarker = stampFile(*out);
        if (e.record.sha256.isEmpty() && !Sha256::hashFile(e.record.localPath, &e.record.sha256, error))
            return false;
        e.record.position = int(out->entries.size());
        e.metadata = metadataFor(out->batchName, path, e.record.sha256);
        out->entries.append(e);
    }
    // The payload, largest file first: the long transfer starts at once and the small files go beside it
    // (N at a time), instead of waiting for them. The tag manifest names the other tag files: it goes last.
    std::stable_sort(out->entries.begin(), out->entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        const auto rank = [](const QueueEntry &e) {
            return e.group * 2 + (e.record.bagPath == QLatin1String(BagLayout::TagManifestTxt) ? 1 : 0);
        };
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return a.group == 0 && a.record.size > b.record.size;
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
