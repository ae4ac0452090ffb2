#include "package/BagVerifier.h"

#include "media/MediaCheck.h"
#include "metadata/ResourceValidator.h"
#include "package/BagInfo.h"
#include "package/BagLayout.h"
#include "package/BagReader.h"
#include "package/MetadataJson.h"
#include "package/Sha256.h"
#include "profile/ProfileLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxTagFile = 64 << 20; // bagit.txt, manifests, metadata.json
constexpr qint64 MaxCoverFile = 64 << 20;

bool isKeptInMemory(const QString &path)
{
    return path == "bagit.txt"_L1 || path == "bag-info.txt"_L1 || path == "manifest-sha256.txt"_L1 ||
           path == "tagmanifest-sha256.txt"_L1 || path == "data/metadata.json"_L1;
}
} // namespace

bool BagVerifier::Result::isValid() const
{
    if (!ran)
        return false;
    for (const Problem &p : problems)
        if (!p.warning)
            return false;
    return true;
}

QJsonObject BagVerifier::Result::toJson() const
{
    QJsonArray list;
    for (const Problem &p : problems)
        list.append(QJsonObject{{u"code"_s, p.code},
                                {u"path"_s, p.path},
                                {u"text"_s, p.text},
                                {u"severity"_s, p.warning ? u"warning"_s : u"error"_s}});
    QJsonObject o{{u"valid"_s, isValid()},
                  {u"files"_s, double(files)},
                  {u"bytes"_s, double(bytes)},
                  {u"draft"_s, draft},
                  {u"problems"_s, list}};
    if (!ran)
        o.insert(u"error"_s, error);
    return o;
}

BagVerifier::Result BagVerifier::verify(const QString &packagePath, const Options &options,
                                        const std::atomic_bool *cancel, const ProgressFn &progress)
{
    Result result;
    auto problem = [&result](const QString &code, const QString &path, const QString &text,
                             bool warning = false) {
        result.problems.append({code, path, text, warning});
    };
    BagReader reader;
    if (!reader.open(packagePath, &result.error))
        return result;

    qint64 total = 0;
    for (const BagReader::Entry &e : reader.entries()) {
        if (!e.safe) {
            problem(u"unsafe_entry"_s, e.path,
                    e.kind == BagReader::Kind::Link
                        ? tr("%1 is a link; a package holds only plain files").arg(e.path)
                        : tr("%1 is not a safe relative path").arg(e.path));
        } else if (e.kind == BagReader::Kind::File) {
            total += e.size;
        }
    }

    // One pass: hash every file; keep the tag files and metadata.json; extract covers (and, for the technical
    // check, media) of a zip into a temporary folder. Only safe entries reach this point (see above).
    QTemporaryDir covers;
    QMap<QString, QString> hashes;
    QMap<QString, qint64> sizes;
    QMap<QString, QByteArray> kept;
    QMap<QString, QString> extracted; // bag path -> file on disk (zip covers)
    qint64 done = 0;
    std::unique_ptr<Sha256> hash;
    std::unique_ptr<QFile> out;
    qint64 extractLimit = MaxCoverFile;
    QString current;
    QString readError;
    auto finishCurrent = [&]() {
        if (current.isEmpty())
            return;
        hashes.insert(current, hash->hex());
        if (out)
            out->close();
        out.reset();
        current.clear();
    };
    const bool read = reader.readAll(
        [&](const BagReader::Entry &e) -> BagReader::BlockFn {
            finishCurrent();
            if (!e.safe)
                return {};
            current = e.path;
            sizes.insert(e.path, 0);
            hash = std::make_unique<Sha256>();
            const bool keep = isKeptInMemory(e.path);
            if (keep)
                kept.insert(e.path, QByteArray());
            const bool isCover = e.path.endsWith("/cover.jpg"_L1);
            const bool isMedia = options.technical && !isCover && !e.path.endsWith("/catalog.xml"_L1);
            if (reader.isZip() && e.path.startsWith("data/resources/"_L1) && (isCover || isMedia) &&
                covers.isValid()) {
                const QString file =
                    covers.filePath(QString::number(extracted.size()) +
                                    (isCover ? u".jpg"_s : u"."_s + QFileInfo(e.path).suffix()));
                extractLimit = isCover ? MaxCoverFile : std::numeric_limits<qint64>::max();
                out = std::make_unique<QFile>(file);
                if (out->open(QIODevice::WriteOnly))
                    extracted.insert(e.path, file);
                else
                    out.reset();
            }
            return [&, keep, path = e.path](const char *data, qint64 size) {
                hash->update(data, size);
                sizes[path] += size;
                if (keep) {
                    QByteArray &buffer = kept[path];
                    if (buffer.size() + size > MaxTagFile) {
                        readError = tr("%1 is larger than %2 bytes").arg(path).arg(MaxTagFile);
                        return false;
                    }
                    buffer.append(data, size);
                }
                if (out && sizes[path] <= extractLimit && out->write(data, size) != size) {
                    readError = tr("%1: cannot extract it for the technical check (%2)")
                                    .arg(path, out->errorString());
                    return false;
                }
                done += size;
                if (progress)
                    progress(done, total);
                return true;
            };
        },
        &readError, cancel);
    finishCurrent();
    if (!read) {
        result.error = readError;
        return result;
    }
    result.ran = true;

    // Structure.
    if (!kept.contains(u"bagit.txt"_s)) {
        problem(u"structure"_s, u"bagit.txt"_s, tr("bagit.txt is missing: this is not a BagIt bag"));
    } else {
        const QString text = QString::fromUtf8(kept.value(u"bagit.txt"_s));
        if (!text.contains("BagIt-Version: 1.0"_L1) && !text.contains("BagIt-Version: 0.97"_L1))
            problem(u"structure"_s, u"bagit.txt"_s, tr("bagit.txt does not declare BagIt-Version 1.0"));
        if (!text.contains("Tag-File-Character-Encoding: UTF-8"_L1))
            problem(u"structure"_s, u"bagit.txt"_s, tr("bagit.txt does not declare UTF-8 tag files"));
    }
    PackageManifest manifest;
    QString parseError;
    if (!kept.contains(u"manifest-sha256.txt"_s)) {
        problem(u"structure"_s, u"manifest-sha256.txt"_s, tr("manifest-sha256.txt is missing"));
    } else if (!PackageManifest::parse(kept.value(u"manifest-sha256.txt"_s), u"manifest-sha256.txt"_s,
                                       &manifest, &parseError)) {
        problem(u"structure"_s, u"manifest-sha256.txt"_s, parseError);
    }
    result.manifest = manifest;

    // Every listed file present and unchanged.
    QSet<QString> listed;
    auto checkEntries = [&](const PackageManifest &m, bool payload) {
        for (const PackageManifest::Entry &e : m.entries()) {
            listed.insert(e.path);
            if (payload && !e.path.startsWith("data/"_L1))
                problem(u"structure"_s, e.path,
                        tr("%1 is listed in the payload manifest but is not under data/").arg(e.path));
            if (!hashes.contains(e.path))
                problem(u"missing"_s, e.path, tr("%1 is listed in the manifest but missing").arg(e.path));
            else if (hashes.value(e.path) != e.sha256)
                problem(u"checksum"_s, e.path,
                        tr("%1 has changed: its SHA-256 is not the one in the manifest").arg(e.path));
        }
    };
    checkEntries(manifest, true);
    if (kept.contains(u"tagmanifest-sha256.txt"_s)) {
        PackageManifest tags;
        if (!PackageManifest::parse(kept.value(u"tagmanifest-sha256.txt"_s), u"tagmanifest-sha256.txt"_s,
                                    &tags, &parseError))
            problem(u"structure"_s, u"tagmanifest-sha256.txt"_s, parseError);
        else
            checkEntries(tags, false);
    }
    listed.insert(u"tagmanifest-sha256.txt"_s);
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it) {
        if (listed.contains(it.key()))
            continue;
        if (it.key().startsWith("data/"_L1))
            problem(u"extra"_s, it.key(), tr("%1 is in the package but not in the manifest").arg(it.key()));
        else
            problem(u"extra"_s, it.key(), tr("%1 is an unexpected file beside the payload").arg(it.key()));
    }
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        if (it.key().startsWith("data/"_L1)) {
            ++result.files;
            result.bytes += it.value();
        }
    }

    // bag-info.txt and its Payload-Oxum.
    BagInfo info;
    if (!kept.contains(u"bag-info.txt"_s)) {
        problem(u"structure"_s, u"bag-info.txt"_s, tr("bag-info.txt is missing"));
    } else if (!BagInfo::parse(kept.value(u"bag-info.txt"_s), &info, &parseError)) {
        problem(u"structure"_s, u"bag-info.txt"_s, parseError);
    } else {
        qint64 octets = 0, count = 0;
        if (!info.contains(u"Payload-Oxum"_s)) {
            problem(u"oxum"_s, u"bag-info.txt"_s, tr("bag-info.txt has no Payload-Oxum"), true);
        } else if (!BagInfo::parseOxum(info.value(u"Payload-Oxum"_s), &octets, &count)) {
            problem(u"oxum"_s, u"bag-info.txt"_s,
                    tr("bag-info.txt: Payload-Oxum \"%1\" is malformed").arg(info.value(u"Payload-Oxum"_s)));
        } else if (octets != result.bytes || count != result.files) {
            problem(u"oxum"_s, u"bag-info.txt"_s,
                    tr("Payload-Oxum says %1 bytes in %2 files, the payload has %3 bytes in %4 files")
                        .arg(octets)
                        .arg(count)
                        .arg(result.bytes)
                        .arg(result.files));
        }
        result.draft = info.value(u"SubmitDesk-Draft"_s).compare("yes"_L1, Qt::CaseInsensitive) == 0;
        for (const char *key :
             {"Source-Organization", "Bagging-Date", "External-Identifier", "SubmitDesk-Profile"})
            if (!info.contains(QString::fromLatin1(key)))
                problem(u"structure"_s, u"bag-info.txt"_s,
                        tr("bag-info.txt has no %1").arg(QString::fromLatin1(key)), true);
    }

    // Metadata against the profile.
    if (!kept.contains(u"data/metadata.json"_s)) {
        problem(u"structure"_s, u"data/metadata.json"_s, tr("data/metadata.json is missing"));
        return result;
    }
    if (!MetadataJson::read(kept.value(u"data/metadata.json"_s), &result.content, &parseError)) {
        problem(u"metadata"_s, u"data/metadata.json"_s, parseError);
        return result;
    }
    for (const PackageResource &r : std::as_const(result.content.resources))
        for (const PackageFile &f : r.files)
            if (!hashes.contains(u"data/"_s + f.path))
                problem(u"missing"_s, u"data/"_s + f.path,
                        tr("%1 (resource %2) is missing").arg(u"data/"_s + f.path, r.id));
    if (!options.metadata && !options.technical)
        return result;
    Profile profile;
    if (!ProfileLoader::loadBuiltin(result.content.profileId, &profile, &parseError)) {
        problem(u"metadata"_s, u"data/metadata.json"_s,
                tr("profile \"%1\" is not known here, the metadata cannot be checked (%2)")
                    .arg(result.content.profileId, parseError),
                true);
        return result;
    }
    if (profile.version != result.content.profileVersion)
        problem(u"metadata"_s, u"data/metadata.json"_s,
                tr("the package was made for profile version %1, this is %2")
                    .arg(result.content.profileVersion, profile.version),
                true);
    if (options.technical)
        checkMedia(result, profile, packagePath, reader.isZip(), extracted, cancel);
    if (!options.metadata)
        return result;
    ValidationContext context;
    context.unitName = result.content.unit.name;
    context.taxonomy = &profile.taxonomy;
    context.listSeparator = profile.listSeparator;
    ResourceValidator validator(profile, context);
    for (const PackageResource &r : std::as_const(result.content.resources)) {
        Resource resource;
        resource.type = r.type;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            const FieldSpec *spec = profile.field(it.key());
            if (it.key() != "type"_L1 && !(spec && spec->kind == FieldKind::Image))
                resource.values.insert(it.key(), it.value());
        }
        for (const PackageFile &f : r.files) {
            if (f.role == "catalog"_L1)
                continue;
            const QString bagPath = u"data/"_s + f.path;
            AttachedFile file;
            file.role = f.role;
            file.path = reader.isZip() ? extracted.value(bagPath) : QDir(packagePath).filePath(bagPath);
            file.size = f.size;
            if (reader.isZip() && f.role == "media"_L1)
                file.path = packagePath; // present: its checksum was checked above
            resource.files.append(file);
        }
        const ValidationReport report = validator.validate(resource);
        for (const ValidationMessage &m : report.messages()) {
            if (m.severity == Severity::Info)
                continue;
            problem(u"metadata"_s, u"data/metadata.json"_s,
                    tr("%1 %2: %3").arg(r.id, m.fieldId.isEmpty() ? QString() : m.fieldId, m.text),
                    m.severity != Severity::Error || result.draft);
        }
    }
    return result;
}

void BagVerifier::checkMedia(Result &result, const Profile &profile, const QString &packagePath, bool zip,
                             const QMap<QString, QString> &extracted, const std::atomic_bool *cancel)
{
    for (const PackageResource &r : std::as_const(result.content.resources)) {
        const ResourceTypeSpec *type = profile.resourceType(r.type);
        if (!type || type->media == "link"_L1)
            continue; // links are checked at export; the package keeps their result in metadata.json
        for (const PackageFile &f : r.files) {
            if (f.role != "media"_L1)
                continue;
            if (cancel && cancel->load())
                return;
            const QString bagPath = u"data/"_s + f.path;
            const QString file = zip ? extracted.value(bagPath) : QDir(packagePath).filePath(bagPath);
            if (file.isEmpty() || !QFileInfo(file).isFile())
                continue; // reported as missing above
            MediaCheck::Options checkOptions;
            checkOptions.kind = type->media;
            checkOptions.cancel = cancel;
            const CheckReport report = MediaCheck::checkFile(file, profile.technical, checkOptions);
            if (!report.error.isEmpty()) {
                result.problems.append(
                    {u"technical"_s, bagPath,
                     tr("%1 (resource %2) cannot be checked: %3").arg(bagPath, r.id, report.error)});
                continue;
            }
            for (const CheckResult &c : report.checks) {
                if (c.status == CheckResult::Status::Pass)
                    continue;
                const bool warning = c.status == CheckResult::Status::Warning;
                result.problems.append({u"technical"_s, bagPath,
                                        tr("%1 (resource %2) %3 %4: %5 (has %6; expected %7)")
                                            .arg(bagPath, r.id, c.id, CheckResult::statusName(c.status),
                                                 c.message, c.actual, c.expected),
                                        warning});
            }
        }
    }
}
