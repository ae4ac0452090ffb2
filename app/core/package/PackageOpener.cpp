#include "package/PackageOpener.h"

#include "common/SafeOutput.h"
#include "package/BagLayout.h"
#include "package/BagReader.h"
#include "package/MetadataJson.h"
#include "package/PackageManifest.h"
#include "package/Sha256.h"
#include "profile/Profile.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/SavePoint.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalBlocker>
#include <QStorageInfo>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

QString PackageOpener::filesFolder(const Workspace &workspace)
{
    const QFileInfo info(workspace.path());
    return info.absolutePath() + u'/' + info.completeBaseName() + u".files"_s;
}

void PackageOpener::discard(Extracted *extracted)
{
    extracted->staging.clear();
    extracted->partial.reset(); // removes the partial folder, the staging folder inside it
}

bool PackageOpener::open(const QString &packagePath, const QString &batchName, Result *result, QString *error,
                         const std::atomic_bool *cancel, const ProgressFn &progress)
{
    Extracted extracted;
    if (!extract(packagePath, &extracted, error, cancel, progress))
        return false;
    return commit(&extracted, batchName, result, error);
}

bool PackageOpener::commit(Extracted *extracted, const QString &batchName, Result *result, QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (extracted->staging.isEmpty() || !QFileInfo(extracted->staging).isDir())
        return fail(tr("nothing extracted to commit"));
    const QString packagePath = extracted->packagePath;
    const PackageContent &content = extracted->content;
    const QMap<QString, QString> &targets = extracted->targets;

    BatchStore batches(m_workspace);
    QString name = batchName.isEmpty() ? content.batchName : batchName;
    if (name.trimmed().isEmpty())
        name = QFileInfo(packagePath).completeBaseName();
    if (!batchName.isEmpty()) {
        Batch existing;
        if (batches.findByName(batchName, &existing)) {
            discard(extracted);
            return fail(tr("%1: there is already a batch \"%2\"").arg(m_workspace.path(), batchName));
        }
    } else {
        Batch existing;
        const QString base = name;
        for (int n = 2; batches.findByName(name, &existing); ++n)
            name = u"%1 (%2)"_s.arg(base).arg(n);
    }
    const QString filesRoot = filesFolder(m_workspace);
    QStringList takenFolders = QDir(filesRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const QString folderName = BagLayout::uniqueName(BagLayout::safeFileName(name), &takenFolders);
    const QString finalFolder = filesRoot + u'/' + folderName;
    if (!QDir().rename(extracted->staging, finalFolder)) {
        discard(extracted);
        return fail(tr("%1: cannot rename into place").arg(finalFolder));
    }
    extracted->staging.clear();
    extracted->partial.reset(); // the partial folder, now empty, goes
    // The folder's new name (and the files folder's own, when new) on disk before the commit.
    QString syncError;
    if (!SafeOutput::syncPath(filesRoot, &syncError) ||
        !SafeOutput::syncPath(QFileInfo(filesRoot).absolutePath(), &syncError)) {
        QDir(finalFolder).removeRecursively();
        return fail(syncError);
    }

    // From here on a failure rolls the database back and removes the files.
    SavePoint savePoint(m_workspace.database());
    if (!savePoint.isActive()) {
        QDir(finalFolder).removeRecursively();
        return fail(tr("%1: cannot start a transaction").arg(m_workspace.path()));
    }
    // Signals wait for the commit: a listener must not read rows that may yet be rolled back.
    bool ok = false;
    int files = 0;
    Batch batch;
    {
        const QSignalBlocker blocker(&m_workspace);
        ok = storeBatch(content, targets, name, finalFolder, &batch, &files, result, error);
    }
    if (!ok || !savePoint.release(error)) {
        savePoint.rollback();
        QDir(finalFolder).removeRecursively();
        return false;
    }
    m_workspace.notifyUnitChanged(batch.unitId);
    m_workspace.notifyBatchesChanged();
    m_workspace.notifyResourcesChanged(batch.id);
    if (result) {
        result->batchName = name;
        result->batchId = batch.id;
        result->resources = int(content.resources.size());
        result->files = files;
        result->folder = finalFolder;
    }
    return true;
}

bool PackageOpener::storeBatch(const PackageContent &content, const QMap<QString, QString> &targets,
                               const QString &name, const QString &finalFolder, Batch *batchOut,
                               int *fileCount, Result *result, QString *error)
{
    BatchStore batches(m_workspace);
    Batch batch;
    batch.name = name;
    UnitStore units(m_workspace);
    Unit unit = units.primary();
    batch.unitId = unit.id;
    if (!batches.findOrCreate(name, &batch, error))
        return false;
    *batchOut = batch;
    if (unit.name.trimmed().isEmpty() && !content.unit.name.isEmpty()) {
        Unit filled = content.unit;
        filled.id = unit.id;
        filled.stampedScan = unit.stampedScan.isNull() ? u""_s : unit.stampedScan;
        QString why;
        if (!units.save(&filled, &why) && result)
            result->warnings.append(tr("the unit's details could not be copied: %1").arg(why));
    }
    ResourceStore store(m_workspace);
    int files = 0;
    for (const PackageResource &r : std::as_const(content.resources)) {
        const qint64 id = store.create(batch.id, r.type, error);
        if (!id)
            return false;
        QMap<QString, QString> values;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            const FieldSpec *spec = m_profile.field(it.key());
            if (it.key() == "type"_L1 || (spec && spec->kind == FieldKind::Image) || it.value().isEmpty())
                continue;
            values.insert(it.key(), it.value());
        }
        if (!store.setValues(id, values, error)) {
            if (error)
                *error = tr("resource %1: %2").arg(r.id, *error);
            return false;
        }
        for (const PackageFile &f : r.files) {
            const QString bagPath = u"data/"_s + f.path;
            if (!targets.contains(bagPath))
                continue;
            const QString path = finalFolder + u'/' + targets.value(bagPath);
            // The package's cover is stored as the picture of the type's cover_image field.
            const bool ok =
                f.role == QLatin1StringView(BagLayout::CoverRole)
                    ? store.replaceFile(id, m_profile.fieldIdWithRole(FieldRole::CoverImage, r.type), path,
                                        error) != 0
                    : store.addFile(id, f.role, path, error) != 0;
            if (!ok) {
                if (error)
                    *error = tr("resource %1: %2").arg(r.id, *error);
                return false;
            }
            ++files;
        }
    }
    *fileCount = files;
    return true;
}
