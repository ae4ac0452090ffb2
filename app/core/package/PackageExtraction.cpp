// PackageOpener's first half: reading a package and extracting its files into a staging folder, every
// entry checked and bounded before anything is written (see PackageOpener.h).

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

namespace {
bool failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// The files read whole before anything is written: the tag files at the bag's root and metadata.json.
const QStringList &wantedTagFiles()
{
    static const QStringList wanted{u"bagit.txt"_s, u"manifest-sha256.txt"_s, u"data/metadata.json"_s,
                                    u"tagmanifest-sha256.txt"_s};
    return wanted;
}

// Those and every other root *.txt (bag-info.txt …): read whole, the tag manifest says which must match.
bool isRootTagFile(const QString &path)
{
    return wantedTagFiles().contains(path) || (!path.contains(u'/') && path.endsWith(".txt"_L1));
}
} // namespace

bool PackageOpener::extract(const QString &packagePath, Extracted *into, QString *error,
                            const std::atomic_bool *cancel, const ProgressFn &progress) const
{
    *into = Extracted();
    BagReader reader;
    if (!reader.open(packagePath, error))
        return false;
    qint64 declared = 0;
    QMap<QString, QByteArray> kept;
    PackageManifest manifest;
    PackageContent content;
    if (!checkEntries(packagePath, reader, &declared, error) ||
        !readTagFiles(packagePath, reader, &kept, error, cancel) ||
        !checkTagFiles(packagePath, kept, &manifest, &content, error) ||
        !checkContent(packagePath, content, error))
        return false;
    QString staging;
    std::shared_ptr<PartialOutput> partial;
    if (!makeStaging(packagePath, declared, &partial, &staging, error))
        return false;
    QMap<QString, QString> targets; // bag path -> relative path inside the batch folder
    qint64 done = 0;
    if (!planTargets(packagePath, content, manifest, &targets, error) ||
        !extractFiles(packagePath, reader, manifest, targets, staging, declared, &done, error, cancel,
                      progress))
        return false; // `partial` goes, and the staging folder inside it
    into->packagePath = packagePath;
    into->content = content;
    into->staging = staging;
    into->partial = partial;
    into->targets = targets;
    into->bytes = done;
    return true;
}

// Before anything is read: the number of entries, their names (safe, no collisions, UTF-8) and their
// declared sizes, one by one, the tag files' in total, and all.
bool PackageOpener::checkEntries(const QString &packagePath, const BagReader &reader, qint64 *declared,
                                 QString *error) const
{
    if (reader.entries().size() > m_limits.maxEntries)
        return failWith(error, tr("%1: %2 entries, more than the %3 allowed")
                                   .arg(packagePath)
                                   .arg(reader.entries().size())
                                   .arg(m_limits.maxEntries));
    if (!reader.nameProblems().isEmpty()) {
        QStringList texts;
        for (const BagReader::NameProblem &n : reader.nameProblems())
            texts.append(n.text());
        return failWith(error, tr("%1: refused, %2").arg(packagePath, texts.join(u"; "_s)));
    }
    qint64 tags = 0;
    for (const BagReader::Entry &e : reader.entries()) {
        if (!e.safe)
            return failWith(
                error,
                tr("%1: refused, the entry \"%2\" is a link or a path that could escape the target folder")
                    .arg(packagePath, e.path));
        if (e.size > m_limits.maxFileBytes)
            return failWith(
                error,
                tr("%1: %2 declares %3 bytes, more than allowed").arg(packagePath, e.path).arg(e.size));
        if (isRootTagFile(e.path)) {
            if (e.size > m_limits.maxMetadataBytes)
                return failWith(error,
                                tr("%1: refused, %2 declares %3 bytes, more than the %4 a tag file may have")
                                    .arg(packagePath, e.path)
                                    .arg(e.size)
                                    .arg(m_limits.maxMetadataBytes));
            tags += e.size;
        }
        *declared += e.size;
    }
    if (tags > m_limits.maxTagTotalBytes)
        return failWith(error,
                        tr("%1: refused, the tag files declare %2 bytes in all, more than the %3 allowed")
                            .arg(packagePath)
                            .arg(tags)
                            .arg(m_limits.maxTagTotalBytes));
    if (*declared > m_limits.maxTotalBytes)
        return failWith(error, tr("%1: %2 bytes in all, more than allowed").arg(packagePath).arg(*declared));
    return true;
}

// First pass: every root tag file and metadata.json in memory (bounded one by one and in all by
// checkEntries), to be checked against the tag manifest.
bool PackageOpener::readTagFiles(const QString &packagePath, const BagReader &reader,
                                 QMap<QString, QByteArray> *kept, QString *error,
                                 const std::atomic_bool *cancel) const
{
    QString readError;
    const bool ok = reader.readAll(
        [&](const BagReader::Entry &e) -> BagReader::BlockFn {
            if (!isRootTagFile(e.path))
                return {};
            QByteArray &buffer = (*kept)[e.path];
            buffer.clear();
            buffer.reserve(e.size); // bounded by checkEntries; the reader hands over no more than declared
            return [&buffer](const char *data, qint64 size) {
                buffer.append(data, size);
                return true;
            };
        },
        &readError, cancel);
    if (!ok)
        return failWith(error, readError);
    for (const QString &w : wantedTagFiles())
        if (!kept->contains(w))
            return failWith(error, tr("%1: %2 is missing; not a SubmitDesk package").arg(packagePath, w));
    return true;
}

// The tag manifest: every tag file it lists must be there and match, and it must cover the payload
// manifest, bag-info.txt and bagit.txt, so a manifest altered after bagging is caught. Then the payload
// manifest and metadata.json.
bool PackageOpener::checkTagFiles(const QString &packagePath, const QMap<QString, QByteArray> &kept,
                                  PackageManifest *manifest, PackageContent *content, QString *error) const
{
    PackageManifest tags;
    if (!PackageManifest::parse(kept.value(u"tagmanifest-sha256.txt"_s), u"tagmanifest-sha256.txt"_s, &tags,
                                error))
        return false;
    for (const QString &must : {u"manifest-sha256.txt"_s, u"bag-info.txt"_s, u"bagit.txt"_s})
        if (kept.contains(must) && !tags.contains(must))
            return failWith(error,
                            tr("%1: %2 is not listed in tagmanifest-sha256.txt").arg(packagePath, must));
    for (const PackageManifest::Entry &t : tags.entries()) {
        if (!kept.contains(t.path))
            return failWith(
                error, tr("%1: %2, listed in tagmanifest-sha256.txt, is missing").arg(packagePath, t.path));
        if (Sha256::hexOf(kept.value(t.path)) != t.sha256)
            return failWith(error, tr("%1: %2 does not match tagmanifest-sha256.txt (changed after bagging)")
                                       .arg(packagePath, t.path));
    }
    if (!PackageManifest::parse(kept.value(u"manifest-sha256.txt"_s), u"manifest-sha256.txt"_s, manifest,
                                error))
        return false;
    if (manifest->checksum(u"data/metadata.json"_s) != Sha256::hexOf(kept.value(u"data/metadata.json"_s)))
        return failWith(error, tr("%1: data/metadata.json does not match the manifest").arg(packagePath));
    return MetadataJson::read(kept.value(u"data/metadata.json"_s), content, error);
}

// Type codes and file roles against the profile and the workspace, before anything is written.
bool PackageOpener::checkContent(const QString &packagePath, const PackageContent &content,
                                 QString *error) const
{
    if (content.profileId != m_profile.id)
        return failWith(error, tr("%1: made for profile \"%2\", this workspace uses \"%3\"")
                                   .arg(packagePath, content.profileId, m_profile.id));
    static const QStringList roles{u"media"_s, QString::fromLatin1(BagLayout::CoverRole),
                                   QString::fromLatin1(BagLayout::CatalogRole), u"attachment"_s};
    for (const PackageResource &r : std::as_const(content.resources)) {
        if (!m_profile.resourceType(r.type))
            return failWith(
                error, tr("%1: resource %2 has the type \"%3\", which the profile \"%4\" does not define")
                           .arg(packagePath, r.id, r.type, m_profile.id));
        for (const PackageFile &f : r.files)
            if (!roles.contains(f.role))
                return failWith(error,
                                tr("%1: resource %2: the file %3 has the role \"%4\"; only %5 are known")
                                    .arg(packagePath, r.id, f.path, f.role, roles.join(u", "_s)));
        const qsizetype covers = r.filesWithRole(QString::fromLatin1(BagLayout::CoverRole)).size();
        if (covers > 1)
            return failWith(error, tr("%1: resource %2 has more than one cover").arg(packagePath, r.id));
        if (covers == 1 && !m_profile.fieldWithRole(FieldRole::CoverImage, r.type))
            return failWith(error, tr("%1: resource %2 has a cover, but type %3 of the profile \"%4\" has no "
                                      "field with the role cover_image")
                                       .arg(packagePath, r.id, r.type, m_profile.id));
    }
    return true;
}

// A hidden staging folder of its own, on a volume with room for every declared byte; commit() gives it the
// batch's name. It lives inside a PartialOutput folder, so that the staging of a killed run is recognised
// (marker, no lock held) and removed here by the next import, and a running import's never is.
bool PackageOpener::makeStaging(const QString &packagePath, qint64 declared,
                                std::shared_ptr<PartialOutput> *partial, QString *staging,
                                QString *error) const
{
    const QString filesRoot = filesFolder(m_workspace);
    if (!QDir().mkpath(filesRoot))
        return failWith(error, tr("%1: cannot create the folder").arg(filesRoot));
    const QString stagingTarget = filesRoot + u"/import-staging"_s;
    auto made = std::make_shared<PartialOutput>();
    if (!made->create(stagingTarget, error))
        return false;
    *staging = made->content();
    if (!QDir().mkpath(*staging))
        return failWith(error, tr("%1: cannot create the folder").arg(*staging));
    const QStorageInfo storage(*staging);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && declared > storage.bytesAvailable())
        return failWith(error, tr("%1: needs %2 bytes, %3 has %4 free")
                                   .arg(packagePath)
                                   .arg(declared)
                                   .arg(*staging)
                                   .arg(storage.bytesAvailable()));
    *partial = std::move(made);
    return true;
}

// Where each resource's files go: <resource id>/<safe, unique file name>.
bool PackageOpener::planTargets(const QString &packagePath, const PackageContent &content,
                                const PackageManifest &manifest, QMap<QString, QString> *targets,
                                QString *error) const
{
    for (const PackageResource &r : std::as_const(content.resources)) {
        if (!BagLayout::isSafeRelativePath(r.id) || r.id.contains(u'/'))
            return failWith(error, tr("%1: resource id \"%2\" is not a plain name").arg(packagePath, r.id));
        QStringList taken;
        for (const PackageFile &f : r.files) {
            if (f.role == QLatin1StringView(BagLayout::CatalogRole))
                continue; // its text is the value of the field with the role catalog_xml
            const QString bagPath = u"data/"_s + f.path;
            if (!BagLayout::isSafeRelativePath(bagPath) || !manifest.contains(bagPath))
                return failWith(error, tr("%1: %2 (resource %3) is not a file listed in the manifest")
                                           .arg(packagePath, bagPath, r.id));
            targets->insert(bagPath, r.id + u'/' +
                                         BagLayout::uniqueName(
                                             BagLayout::safeFileName(QFileInfo(f.path).fileName()), &taken));
        }
    }
    return true;
}

// Second pass: extract and hash what the resources need, each file bounded by its declared size (the
// reader hands over no more) and checked against the manifest.
bool PackageOpener::extractFiles(const QString &packagePath, const BagReader &reader,
                                 const PackageManifest &manifest, const QMap<QString, QString> &targets,
                                 const QString &staging, qint64 declared, qint64 *done, QString *error,
                                 const std::atomic_bool *cancel, const ProgressFn &progress) const
{
    const QString stagingCanonical = QFileInfo(staging).canonicalFilePath();
    std::unique_ptr<QFile> out;
    std::unique_ptr<Sha256> hash;
    QString currentPath;
    qint64 currentBytes = 0;
    qint64 currentLimit = 0;
    QStringList problems;
    QString readError;
    auto finish = [&]() {
        if (currentPath.isEmpty())
            return;
        out->close();
        if (hash->hex() != manifest.checksum(currentPath))
            problems.append(tr("%1 does not match its checksum").arg(currentPath));
        currentPath.clear();
    };
    const bool extracted = reader.readAll(
        [&](const BagReader::Entry &e) -> BagReader::BlockFn {
            finish();
            if (!targets.contains(e.path))
                return {};
            const QString target = staging + u'/' + targets.value(e.path);
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFileInfo(QFileInfo(target).absolutePath())
                     .canonicalFilePath()
                     .startsWith(stagingCanonical + u'/')) {
                readError = tr("%1 would be written outside %2").arg(e.path, staging);
                return [](const char *, qint64) { return false; };
            }
            out = std::make_unique<QFile>(target);
            if (!out->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                readError = tr("%1: cannot write (%2)").arg(target, out->errorString());
                return [](const char *, qint64) { return false; };
            }
            hash = std::make_unique<Sha256>();
            currentPath = e.path;
            currentBytes = 0;
            currentLimit = std::min(m_limits.maxFileBytes, e.size);
            return [&](const char *data, qint64 size) {
                currentBytes += size;
                if (currentBytes > currentLimit) { // more than it declared: refuse (zip bombs lie)
                    readError = tr("%1 holds more bytes than it declares").arg(currentPath);
                    return false;
                }
                hash->update(data, size);
                if (out->write(data, size) != size) {
                    readError = tr("%1: write error (%2)").arg(out->fileName(), out->errorString());
                    return false;
                }
                *done += size;
                if (progress)
                    progress(*done, declared);
                return true;
            };
        },
        &readError, cancel);
    if (extracted)
        finish();
    else if (out)
        out->close();
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        if (!QFileInfo::exists(staging + u'/' + it.value()))
            problems.append(tr("%1 is missing").arg(it.key()));
    if (!extracted || !problems.isEmpty())
        return failWith(
            error,
            tr("%1: not opened: %2")
                .arg(packagePath, !extracted && !readError.isEmpty() ? readError : problems.join(u"; "_s)));
    // Every extracted byte reaches the disk before commit() lets the database refer to it.
    QString syncError;
    if (!SafeOutput::syncTree(staging, &syncError))
        return failWith(error, tr("%1: not opened: %2").arg(packagePath, syncError));
    return true;
}
