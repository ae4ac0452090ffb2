#include "package/BagVerification.h"

#include "common/AppPaths.h"
#include "common/ParallelJobs.h"
#include "media/MediaCheck.h"
#include "metadata/ResourceValidator.h"
#include "package/BagInfo.h"
#include "package/BagLayout.h"
#include "package/BagReader.h"
#include "package/ContentFingerprint.h"
#include "package/MetadataJson.h"
#include "package/Sha256.h"
#include "profile/ProfileLoader.h"
#include "profile/ProfileRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <list>
#include <mutex>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxTagFile = 32 << 20;  // each tag file (bagit.txt, manifests …) and metadata.json
constexpr qint64 MaxTagTotal = 64 << 20; // all of them together
constexpr qint64 MaxCoverFile = 64 << 20;
constexpr qint64 FreeSpaceReserve = 512 << 20; // what copying media out leaves free on the volume at least

bool isKeptInMemory(const QString &path)
{
    return path == "bagit.txt"_L1 || path == "bag-info.txt"_L1 || path == "manifest-sha256.txt"_L1 ||
           path == "tagmanifest-sha256.txt"_L1 || path == "data/metadata.json"_L1;
}

// Outside the payload, or metadata.json: read whole, so bounded one by one and in total.
bool isTagFile(const QString &path)
{
    return !path.startsWith("data/"_L1) || path == "data/metadata.json"_L1;
}
} // namespace

// Unsafe entries and names that collide are problems; a tag file too large to read whole stops here.
bool BagVerification::checkEntries()
{
    for (const BagReader::NameProblem &n : m_reader.nameProblems())
        problem(n.kind == BagReader::NameProblem::Kind::NotUtf8 ? u"entry_name"_s : u"name_clash"_s,
                n.paths.first(), n.text());
    qint64 tags = 0;
    for (const BagReader::Entry &e : m_reader.entries()) {
        if (!e.safe) {
            if (e.utf8) // a name that is not UTF-8 is named above
                problem(u"unsafe_entry"_s, e.path,
                        e.kind == BagReader::Kind::Link
                            ? tr("%1 is a link; a package holds only plain files").arg(e.path)
                            : tr("%1 is not a safe relative path").arg(e.path));
            continue;
        }
        if (e.kind != BagReader::Kind::File)
            continue;
        m_total += e.size;
        if (!isTagFile(e.path))
            continue;
        tags += e.size;
        if (e.size > MaxTagFile) {
            m_result.error = tr("%1: the tag file %2 declares %3 bytes, more than the %4 allowed")
                                 .arg(m_reader.path(), e.path)
                                 .arg(e.size)
                                 .arg(MaxTagFile);
            return false;
        }
    }
    if (tags > MaxTagTotal) {
        m_result.error = tr("%1: the tag files declare %2 bytes in all, more than the %3 allowed")
                             .arg(m_reader.path())
                             .arg(tags)
                             .arg(MaxTagTotal);
        return false;
    }
    return true;
}

bool BagVerification::shouldExtract(const QString &path) const
{
    if (!m_reader.isZip() || !path.startsWith("data/resources/"_L1))
        return false;
    if (path.endsWith("/cover.jpg"_L1))
        return true;
    return m_options.technical && !path.endsWith("/catalog.xml"_L1);
}

// Which of a zip's files are copied out (covers; media for the technical check): only when all of them fit
// the budget and the free space of the temporary folder, checked before anything is written.
void BagVerification::planExtraction()
{
    if (!m_reader.isZip())
        return;
    qint64 needed = 0;
    QSet<QString> planned;
    for (const BagReader::Entry &e : m_reader.entries()) {
        if (!e.safe || e.kind != BagReader::Kind::File || !shouldExtract(e.path))
            continue;
        if (e.path.endsWith("/cover.jpg"_L1) && e.size > MaxCoverFile)
            continue; // the metadata check names the cover it cannot read
        planned.insert(e.path);
        needed += e.size;
    }
    if (planned.isEmpty())
        return;
    if (!m_temp.isValid()) {
        problem(u"technical"_s, QString(),
                tr("no temporary folder to check the media files in (%1)").arg(m_temp.errorString()));
        return;
    }
    const QStorageInfo storage(m_temp.path());
    if (needed > m_options.maxExtractBytes) {
        problem(u"technical"_s, QString(),
                tr("the media files need %1 bytes to be checked, more than the %2 allowed: not checked")
                    .arg(needed)
                    .arg(m_options.maxExtractBytes));
    } else if (storage.isValid() && storage.bytesAvailable() >= 0 &&
               needed > storage.bytesAvailable() - FreeSpaceReserve) {
        problem(u"technical"_s, QString(),
                tr("the media files need %1 bytes to be checked, %2 has %3 free: not checked")
                    .arg(needed)
                    .arg(m_temp.path())
                    .arg(storage.bytesAvailable()));
    } else {
        m_toExtract = planned;
    }
}

// One pass: hash every safe file, keep the tag files and metadata.json, copy out what was planned. The
// reader hands over no more bytes than an entry declares, so a copy is bounded by the plan. A folder's files
// are read on one thread per core (each file's state is its own); a zip is read in order.
bool BagVerification::readEntries(const std::atomic_bool *cancel, const BagVerifier::ProgressFn &progress)
{
    std::atomic<qint64> done = 0;
    std::mutex reporting;
    std::list<EntryState> states; // stable addresses: each file's BlockFn holds its own
    const auto visit = [&](const BagReader::Entry &e) -> BagReader::BlockFn {
        if (!e.safe)
            return {};
        EntryState &state = states.emplace_back(e.path);
        if (m_options.fingerprints)
            state.fingerprint = std::make_unique<ContentFingerprint>();
        if (isKeptInMemory(e.path))
            state.kept.reserve(e.size);
        openExtraction(&state, e);
        return [&, s = &state](const char *data, qint64 size) {
            if (!s->add(data, size))
                return false;
            const qint64 now = done += size;
            if (progress) {
                std::lock_guard guard(reporting);
                progress(now, m_total);
            }
            return true;
        };
    };
    QString readError;
    const bool read = m_reader.readAllParallel(visit, &readError, cancel, ParallelJobs::defaultThreads());
    for (EntryState &state : states) {
        if (read)
            collect(&state);
        if (readError.isEmpty() && !state.error.isEmpty())
            readError = state.error;
    }
    if (!read) {
        m_result.error = readError;
        m_extracted.clear();
        m_temp.remove();
    }
    return read;
}

BagVerification::EntryState::EntryState(const QString &entryPath) : path(entryPath) {}

bool BagVerification::EntryState::add(const char *data, qint64 size)
{
    hash.update(data, size);
    if (fingerprint)
        fingerprint->update(data, size);
    this->size += size;
    if (keep)
        kept.append(data, size);
    if (out && out->write(data, size) != size) {
        error = tr("%1: cannot extract it for the technical check (%2)").arg(path, out->errorString());
        return false;
    }
    return true;
}

void BagVerification::openExtraction(EntryState *state, const BagReader::Entry &e)
{
    state->keep = isKeptInMemory(e.path);
    if (!m_toExtract.contains(e.path) || m_extracted.contains(e.path))
        return;
    const QString file =
        m_temp.filePath(QString::number(m_extracted.size()) + u"."_s + QFileInfo(e.path).suffix());
    state->out = std::make_unique<QFile>(file);
    if (state->out->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        m_extracted.insert(e.path, file);
    else
        state->out.reset();
}

void BagVerification::collect(EntryState *state)
{
    m_hashes.insert(state->path, state->hash.hex());
    if (state->fingerprint)
        m_result.fingerprints.insert(state->path, state->fingerprint->hex());
    m_sizes.insert(state->path, state->size);
    if (state->keep)
        m_kept.insert(state->path, std::move(state->kept));
    state->out.reset();
}

void BagVerification::checkBagit()
{
    if (!m_kept.contains(u"bagit.txt"_s)) {
        problem(u"structure"_s, u"bagit.txt"_s, tr("bagit.txt is missing: this is not a BagIt bag"));
        return;
    }
    const QString text = QString::fromUtf8(m_kept.value(u"bagit.txt"_s));
    if (!text.contains("BagIt-Version: 1.0"_L1) && !text.contains("BagIt-Version: 0.97"_L1))
        problem(u"structure"_s, u"bagit.txt"_s, tr("bagit.txt does not declare BagIt-Version 1.0"));
    if (!text.contains("Tag-File-Character-Encoding: UTF-8"_L1))
        problem(u"structure"_s, u"bagit.txt"_s, tr("bagit.txt does not declare UTF-8 tag files"));
}

// Every file a manifest lists is present and unchanged.
void BagVerification::checkListed(const PackageManifest &manifest, bool payload, QSet<QString> *listed)
{
    for (const PackageManifest::Entry &e : manifest.entries()) {
        listed->insert(e.path);
        if (payload && !e.path.startsWith("data/"_L1))
            problem(u"structure"_s, e.path,
                    tr("%1 is listed in the payload manifest but is not under data/").arg(e.path));
        if (!m_hashes.contains(e.path))
            problem(u"missing"_s, e.path, tr("%1 is listed in the manifest but missing").arg(e.path));
        else if (m_hashes.value(e.path) != e.sha256)
            problem(u"checksum"_s, e.path,
                    tr("%1 has changed: its SHA-256 is not the one in the manifest").arg(e.path));
    }
}

// The payload manifest and the tag manifest: every listed file present and unchanged, nothing unlisted.
void BagVerification::checkManifests()
{
    PackageManifest manifest;
    QString parseError;
    if (!m_kept.contains(u"manifest-sha256.txt"_s)) {
        problem(u"structure"_s, u"manifest-sha256.txt"_s, tr("manifest-sha256.txt is missing"));
    } else if (!PackageManifest::parse(m_kept.value(u"manifest-sha256.txt"_s), u"manifest-sha256.txt"_s,
                                       &manifest, &parseError)) {
        problem(u"structure"_s, u"manifest-sha256.txt"_s, parseError);
    }
    m_result.manifest = manifest;
    QSet<QString> listed;
    checkListed(manifest, true, &listed);
    if (m_kept.contains(u"tagmanifest-sha256.txt"_s)) {
        PackageManifest tags;
        if (!PackageManifest::parse(m_kept.value(u"tagmanifest-sha256.txt"_s), u"tagmanifest-sha256.txt"_s,
                                    &tags, &parseError))
            problem(u"structure"_s, u"tagmanifest-sha256.txt"_s, parseError);
        else
            checkListed(tags, false, &listed);
    }
    listed.insert(u"tagmanifest-sha256.txt"_s);
    for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it) {
        if (listed.contains(it.key()))
            continue;
        if (it.key().startsWith("data/"_L1))
            problem(u"extra"_s, it.key(), tr("%1 is in the package but not in the manifest").arg(it.key()));
        else
            problem(u"extra"_s, it.key(), tr("%1 is an unexpected file beside the payload").arg(it.key()));
    }
}

void BagVerification::countPayload()
{
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it) {
        if (it.key().startsWith("data/"_L1)) {
            ++m_result.files;
            m_result.bytes += it.value();
        }
    }
}

// bag-info.txt and its Payload-Oxum.
void BagVerification::checkBagInfo()
{
    BagInfo info;
    QString parseError;
    if (!m_kept.contains(u"bag-info.txt"_s)) {
        problem(u"structure"_s, u"bag-info.txt"_s, tr("bag-info.txt is missing"));
        return;
    }
    if (!BagInfo::parse(m_kept.value(u"bag-info.txt"_s), &info, &parseError)) {
        problem(u"structure"_s, u"bag-info.txt"_s, parseError);
        return;
    }
    qint64 octets = 0, count = 0;
    if (!info.contains(u"Payload-Oxum"_s)) {
        problem(u"oxum"_s, u"bag-info.txt"_s, tr("bag-info.txt has no Payload-Oxum"), true);
    } else if (!BagInfo::parseOxum(info.value(u"Payload-Oxum"_s), &octets, &count)) {
        problem(u"oxum"_s, u"bag-info.txt"_s,
                tr("bag-info.txt: Payload-Oxum \"%1\" is malformed").arg(info.value(u"Payload-Oxum"_s)));
    } else if (octets != m_result.bytes || count != m_result.files) {
        problem(u"oxum"_s, u"bag-info.txt"_s,
                tr("Payload-Oxum says %1 bytes in %2 files, the payload has %3 bytes in %4 files")
                    .arg(octets)
                    .arg(count)
                    .arg(m_result.bytes)
                    .arg(m_result.files));
    }
    m_result.draft = info.value(u"SubmitDesk-Draft"_s).compare("yes"_L1, Qt::CaseInsensitive) == 0;
    for (const char *key :
         {"Source-Organization", "Bagging-Date", "External-Identifier", "SubmitDesk-Profile"})
        if (!info.contains(QString::fromLatin1(key)))
            problem(u"structure"_s, u"bag-info.txt"_s,
                    tr("bag-info.txt has no %1").arg(QString::fromLatin1(key)), true);
}

// metadata.json, its files present, and its profile; false when there is nothing more to check.
bool BagVerification::readMetadata(Profile *profile)
{
    QString parseError;
    if (!m_kept.contains(u"data/metadata.json"_s)) {
        problem(u"structure"_s, u"data/metadata.json"_s, tr("data/metadata.json is missing"));
        return false;
    }
    if (!MetadataJson::read(m_kept.value(u"data/metadata.json"_s), &m_result.content, &parseError)) {
        problem(u"metadata"_s, u"data/metadata.json"_s, parseError);
        return false;
    }
    for (const PackageResource &r : std::as_const(m_result.content.resources))
        for (const PackageFile &f : r.files)
            if (!m_hashes.contains(u"data/"_s + f.path))
                problem(u"missing"_s, u"data/"_s + f.path,
                        tr("%1 (resource %2) is missing").arg(u"data/"_s + f.path, r.id));
    if (!m_options.metadata && !m_options.technical)
        return false;
    // A profile named by the caller; else the exact id and version when it is built in or imported (several
    // campaigns); else the built-in profile of that id.
    bool loaded = false;
    if (!m_options.profile.isEmpty())
        loaded = ProfileLoader::loadReference(m_options.profile, profile, &parseError);
    else
        loaded =
            ProfileRegistry(AppPaths::profileLibrary())
                .load(m_result.content.profileId, m_result.content.profileVersion, profile, &parseError) ||
            ProfileLoader::loadBuiltin(m_result.content.profileId, profile, &parseError);
    if (loaded && profile->id != m_result.content.profileId) {
        problem(u"metadata"_s, u"data/metadata.json"_s,
                tr("the package was made for profile \"%1\", not \"%2\"; the metadata is not checked")
                    .arg(m_result.content.profileId, profile->id),
                true);
        return false;
    }
    if (!loaded) {
        problem(u"metadata"_s, u"data/metadata.json"_s,
                tr("profile \"%1\" is not known here, the metadata cannot be checked (%2)")
                    .arg(m_result.content.profileId, parseError),
                true);
        return false;
    }
    if (profile->version != m_result.content.profileVersion)
        problem(u"metadata"_s, u"data/metadata.json"_s,
                tr("the package was made for profile version %1, this is %2")
                    .arg(m_result.content.profileVersion, profile->version),
                true);
    return true;
}

// Each resource re-validated against the profile (ResourceValidator).
void BagVerification::validateResources(const Profile &profile, const QString &packagePath)
{
    ValidationContext context;
    context.unitName = m_result.content.unit.name;
    context.taxonomy = &profile.taxonomy;
    context.listSeparator = profile.listSeparator;
    ResourceValidator validator(profile, context);
    for (const PackageResource &r : std::as_const(m_result.content.resources)) {
        Resource resource;
        resource.type = r.type;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            const FieldSpec *spec = profile.field(it.key());
            if (it.key() != "type"_L1 && !(spec && spec->kind == FieldKind::Image))
                resource.values.insert(it.key(), it.value());
        }
        const QString coverField = profile.fieldIdWithRole(FieldRole::CoverImage, r.type);
        for (const PackageFile &f : r.files) {
            if (f.role == QLatin1StringView(BagLayout::CatalogRole))
                continue;
            const QString bagPath = u"data/"_s + f.path;
            AttachedFile file;
            // The package's cover is the picture of the type's cover_image field, whatever its id.
            file.role = f.role == QLatin1StringView(BagLayout::CoverRole) && !coverField.isEmpty()
                            ? coverField
                            : f.role;
            file.path = m_reader.isZip() ? m_extracted.value(bagPath) : QDir(packagePath).filePath(bagPath);
            file.size = f.size;
            if (m_reader.isZip() && f.role == "media"_L1)
                file.path = packagePath; // present: its checksum was checked above
            resource.files.append(file);
        }
        const ValidationReport report = validator.validate(resource);
        for (const ValidationMessage &m : report.messages()) {
            if (m.severity == Severity::Info)
                continue;
            problem(u"metadata"_s, u"data/metadata.json"_s,
                    tr("%1 %2: %3").arg(r.id, m.fieldId.isEmpty() ? QString() : m.fieldId, m.text),
                    m.severity != Severity::Error || m_result.draft);
        }
    }
}
