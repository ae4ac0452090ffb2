#include "package/BagWriter.h"

#include "common/ParallelJobs.h"
#include "common/SafeOutput.h"
#include "package/ArchiveSink.h"
#include "package/BagInfo.h"
#include "package/BagLayout.h"
#include "package/ContentFingerprint.h"
#include "package/MetadataJson.h"
#include "package/MetadataSheetWriter.h"
#include "package/MetadataXml.h"
#include "package/PayloadCopier.h"
#include "package/ReportHtml.h"
#include "package/Sha256.h"
#include "profile/Profile.h"

#ifdef SD_HAVE_MEDIA_CHECKS
#include "media/ReportWording.h"
#endif

#include "Translations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
QString dataRelative(const QString &bagPath)
{
    return bagPath.startsWith("data/"_L1) ? bagPath.mid(5) : bagPath;
}

struct PlannedFile
{
    int resourceIndex = -1; // -1: registration scan
    QString role;
    QString source;
    QString bagPath;
    QJsonObject check; // the technical check's summary, or {}
    QString note;      // AttachedFile::note
};

// What the package keeps of a check, its sentences in the profile's language whatever the UI's.
QJsonObject packageSummary(const CheckReport &report, const Profile &profile)
{
    const Translations::LanguageScope language(profile.language);
#ifdef SD_HAVE_MEDIA_CHECKS
    return ExportChecks::summary(ReportWording::reworded(report, profile));
#else
    return ExportChecks::summary(report);
#endif
}
} // namespace

bool BagWriter::isZipPath(const QString &path)
{
    return path.endsWith(".zip"_L1, Qt::CaseInsensitive);
}

// A zip is replaced only by a zip file, a folder only when it is a bag (a previous export): never a
// folder of the user's that happens to carry the name.
bool BagWriter::mayReplace(const QString &target)
{
    const SafeOutput::Kind kind = SafeOutput::kindOf(target);
    if (isZipPath(target))
        return kind == SafeOutput::Kind::File;
    return kind == SafeOutput::Kind::Folder &&
           SafeOutput::kindOf(target + u'/' + QString::fromLatin1(BagLayout::BagitTxt)) ==
               SafeOutput::Kind::File;
}

// The absolute target, an existing one checked against `replace`, its folder made, stale partials of
// killed runs removed, and a fresh partial output beside it.
bool BagWriter::prepareOutput(const ExportRequest &request, QString *target, PartialOutput *partial,
                              QString *error)
{
    QString path = request.outputPath;
    while (path.size() > 1 && (path.endsWith(u'/') || path.endsWith(u'\\')))
        path.chop(1);
    *target = QFileInfo(path).absoluteFilePath();
    if (SafeOutput::kindOf(*target) != SafeOutput::Kind::Missing) {
        if (!request.replaceExisting) {
            if (error)
                *error = tr("%1: already exists; choose another name or remove it first").arg(*target);
            return false;
        }
        if (!mayReplace(*target)) {
            if (error)
                *error = tr("%1: already exists and is not a package; it is not replaced").arg(*target);
            return false;
        }
    }
    const QString folder = QFileInfo(*target).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(folder);
        return false;
    }
    return partial->create(*target, error);
}

bool BagWriter::write(const ExportRequest &request, ExportResult *result, QString *error,
                      const std::atomic_bool *cancel, const ProgressFn &progress)
{
    Q_ASSERT(request.profile);
    const Profile &profile = *request.profile;
    QElapsedTimer timer;
    timer.start();

    QString target;
    PartialOutput partial; // removed on every failure by its destructor
    if (!prepareOutput(request, &target, &partial, error))
        return false;
    const bool zip = isZipPath(target);
    QString rootName = QFileInfo(target).fileName();
    if (zip)
        rootName.chop(4);

    // Plan the names: resources numbered per type, files named after their source.
    PackageContent content;
    content.profileId = profile.id;
    content.profileVersion = profile.version;
    content.batchName = request.batch.name;
    content.draft = request.draft;
    content.created = request.baggingDate.isValid() ? request.baggingDate : QDateTime::currentDateTime();
    content.unit = request.unit;
    content.unit.id = 0;
    content.unit.stampedScan.clear();

    QList<PlannedFile> plan;
    QMap<QString, int> numberByType;
    QMap<qint64, QString> idsByWorkspaceId;
    QList<Resource> resources = request.resources;
    std::stable_sort(resources.begin(), resources.end(),
                     [](const Resource &a, const Resource &b) { return a.position < b.position; });
    for (const Resource &r : std::as_const(resources)) {
        PackageResource pr;
        pr.type = r.type;
        pr.id = BagLayout::resourceId(r.type, ++numberByType[r.type]);
        pr.sheetKey = MetadataSheetWriter::resourceKey(r.id, r.uid);
        idsByWorkspaceId.insert(r.id, pr.id);
        const QString dir = BagLayout::resourceDir(pr.id);
        QStringList taken{QString::fromLatin1(BagLayout::CoverName),
                          QString::fromLatin1(BagLayout::CatalogName)};
        for (const AttachedFile &f : r.filesWithRole(u"media"_s)) {
            const ExportChecks::Item *check = ExportChecks::find(request.checks, r.id, f.path);
            plan.append(
                {int(content.resources.size()), u"media"_s, f.path,
                 dir + u'/' +
                     BagLayout::uniqueName(BagLayout::safeFileName(QFileInfo(f.path).fileName()), &taken),
                 check ? packageSummary(check->report, profile) : QJsonObject(), f.note});
        }
        if (const ExportChecks::Item *link =
                ExportChecks::find(request.checks, r.id,
                                   profile.valueWithRole(FieldRole::CourseUrl, r.type, r.values).trimmed()))
            pr.linkCheck = packageSummary(link->report, profile);
        // The picture of the type's cover_image field travels as cover.jpg (SPEC §6).
        const QString coverField = profile.fieldIdWithRole(FieldRole::CoverImage, r.type);
        const QList<AttachedFile> covers =
            coverField.isEmpty() ? QList<AttachedFile>() : r.filesWithRole(coverField);
        if (!covers.isEmpty())
            plan.append({int(content.resources.size()), QString::fromLatin1(BagLayout::CoverRole),
                         covers.first().path, dir + u'/' + QString::fromLatin1(BagLayout::CoverName)});
        for (const FieldSpec *spec : profile.fieldsFor(r.type)) {
            QString v = r.values.value(spec->id);
            if (spec->id == "type"_L1)
                v = r.type;
            else if (spec->role == FieldRole::UnitName && v.trimmed().isEmpty())
                v = request.unit.name;
            else if (spec->role == FieldRole::CoverImage)
                v = covers.isEmpty() ? QString()
                                     : dataRelative(dir + u'/' + QString::fromLatin1(BagLayout::CoverName));
            pr.values.insert(spec->id, v);
        }
        content.resources.append(pr);
    }
    if (!request.unit.stampedScan.isEmpty() && QFileInfo(request.unit.stampedScan).isFile())
        plan.append({-1, u"stamped"_s, request.unit.stampedScan,
                     BagLayout::stampedScanPath(request.unit.stampedScan)});

    ExportProgress state;
    for (const PlannedFile &p : std::as_const(plan))
        state.bytesTotal += QFileInfo(p.source).size();
    auto report = [&](qint64 bytes) {
        state.bytesDone += bytes;
        const double seconds = timer.nsecsElapsed() / 1e9;
        state.bytesPerSecond = seconds > 0 ? state.bytesDone / seconds : 0;
        state.etaSeconds =
            state.bytesPerSecond > 0 ? (state.bytesTotal - state.bytesDone) / state.bytesPerSecond : -1;
        if (progress)
            progress(state);
    };

    std::unique_ptr<ArchiveSink> sink = zip ? ArchiveSink::createZip() : ArchiveSink::createFolder();
    if (!sink->open(partial.content(), rootName, error))
        return false;
    auto fail = [&sink, &partial]() {
        sink->abort();
        partial.discard();
        return false;
    };
    PackageManifest manifest;
    PackageManifest tagManifest;
    QHash<QString, QString> fingerprints;
    qint64 payloadBytes = 0;
    auto addText = [&](const QString &path, const QByteArray &bytes, PackageManifest &into) {
        if (!sink->addFile(path, bytes, error))
            return false;
        into.add(path, Sha256::hexOf(bytes), bytes.size());
        if (request.fingerprints)
            fingerprints.insert(path, ContentFingerprint::hexOf(bytes));
        return true;
    };

    const QByteArray bagit = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
    if (!addText(QString::fromLatin1(BagLayout::BagitTxt), bagit, tagManifest))
        return fail();

    QList<PayloadCopier::Source> sources;
    for (const PlannedFile &p : std::as_const(plan))
        sources.append({p.source, p.bagPath});
    QList<PayloadCopier::Copied> copied;
    PayloadCopier copier(
        cancel,
        [&](const QString &bagPath, qint64 bytes) {
            state.currentFile = bagPath;
            report(bytes);
        },
        ParallelJobs::defaultThreads(), request.fingerprints);
    if (!copier.copy(sources, *sink, &copied, error))
        return fail();
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const PlannedFile &p = plan.at(i);
        manifest.add(p.bagPath, copied.at(i).sha256, copied.at(i).size);
        if (request.fingerprints)
            fingerprints.insert(p.bagPath, copied.at(i).fingerprint);
        payloadBytes += copied.at(i).size;
        if (p.resourceIndex >= 0)
            content.resources[p.resourceIndex].files.append(
                {p.role, dataRelative(p.bagPath), copied.at(i).size, copied.at(i).sha256, p.check, p.note});
    }
    // Catalogs: the XML the user edited, as a file beside the media.
    for (PackageResource &pr : content.resources) {
        const QString catalog = profile.valueWithRole(FieldRole::CatalogXml, pr.type, pr.values);
        if (catalog.trimmed().isEmpty())
            continue;
        const QString path =
            BagLayout::resourceDir(pr.id) + u'/' + QString::fromLatin1(BagLayout::CatalogName);
        QByteArray bytes = catalog.toUtf8();
        if (!bytes.startsWith("<?xml"))
            bytes.prepend("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (!addText(path, bytes, manifest))
            return fail();
        payloadBytes += bytes.size();
        pr.files.append({QString::fromLatin1(BagLayout::CatalogRole), dataRelative(path), bytes.size(),
                         manifest.entries().last().sha256});
    }
    if (cancel && cancel->load()) {
        if (error)
            *error = tr("cancelled");
        return fail();
    }
    if (!request.registrationPdf.isEmpty()) {
        if (!addText(QString::fromLatin1(BagLayout::RegistrationForm), request.registrationPdf, manifest))
            return fail();
        payloadBytes += request.registrationPdf.size();
    }

    QString sheetError;
    const QByteArray xlsx = MetadataSheetWriter::toXlsx(content, profile, &sheetError);
    if (xlsx.isEmpty()) {
        if (error)
            *error = sheetError;
        return fail();
    }
    const QList<std::pair<QString, QByteArray>> metadataFiles{
        {QString::fromLatin1(BagLayout::MetadataJson), MetadataJson::write(content)},
        {QString::fromLatin1(BagLayout::MetadataXml), MetadataXml::write(content, profile)},
        {QString::fromLatin1(BagLayout::MetadataXlsx), xlsx},
        {QString::fromLatin1(BagLayout::ReportHtml),
         ReportHtml::write(content, profile, request.report, idsByWorkspaceId)}};
    for (const auto &[path, bytes] : metadataFiles) {
        if (!addText(path, bytes, manifest))
            return fail();
        payloadBytes += bytes.size();
    }

    const QByteArray manifestText = manifest.toText();
    if (!addText(QString::fromLatin1(BagLayout::ManifestTxt), manifestText, tagManifest))
        return fail();

    BagInfo info;
    info.add(u"Source-Organization"_s, request.unit.name);
    info.add(u"Contact-Name"_s, request.unit.person);
    info.add(u"Contact-Phone"_s, request.unit.mobile.isEmpty() ? request.unit.phone : request.unit.mobile);
    info.add(u"Contact-Email"_s, request.unit.email);
    info.add(u"Bagging-Date"_s, content.created.date().toString(Qt::ISODate));
    info.add(u"Payload-Oxum"_s, BagInfo::oxum(payloadBytes, manifest.entries().size()));
    info.add(u"External-Identifier"_s, request.batch.name);
    info.add(u"Bag-Count"_s, u"1 of 1"_s);
    info.add(u"SubmitDesk-Profile"_s, profile.idAndVersion());
    if (request.draft)
        info.add(u"SubmitDesk-Draft"_s, u"yes"_s);
    if (!addText(QString::fromLatin1(BagLayout::BagInfoTxt), info.toText(), tagManifest))
        return fail();
    if (!sink->addFile(QString::fromLatin1(BagLayout::TagManifestTxt), tagManifest.toText(), error))
        return fail();
    if (!sink->close(error))
        return fail();
    if (cancel && cancel->load()) {
        if (error)
            *error = tr("cancelled");
        return fail();
    }
    // The only step that makes the package look finished: synced, then renamed into place.
    if (!partial.commit(request.replaceExisting ? PartialOutput::Replace::Existing
                                                : PartialOutput::Replace::Never,
                        error))
        return fail();
    if (result) {
        result->path = target;
        result->payloadBytes = payloadBytes;
        result->payloadFiles = manifest.entries().size();
        result->seconds = timer.nsecsElapsed() / 1e9;
        result->manifest = manifest;
        result->fingerprints = fingerprints;
        result->content = content;
    }
    return true;
}
