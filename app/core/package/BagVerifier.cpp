#include "package/BagVerifier.h"

#include "package/BagVerification.h"

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
#include <QSet>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

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
    for (const Problem &p : problems) {
        QJsonObject problem{{u"code"_s, p.code},
                            {u"path"_s, p.path},
                            {u"text"_s, p.text},
                            {u"severity"_s, p.warning ? u"warning"_s : u"error"_s}};
        if (!p.detail.isEmpty())
            problem.insert(u"detail"_s, p.detail);
        list.append(problem);
    }
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
    BagReader reader;
    if (!reader.open(packagePath, &result.error))
        return result;
    BagVerification v(reader, options, result);
    if (!v.checkEntries())
        return result;
    v.planExtraction();
    if (!v.readEntries(cancel, progress))
        return result;
    result.ran = true;
    v.checkBagit();
    v.checkManifests();
    v.countPayload();
    v.checkBagInfo();
    Profile profile;
    if (!v.readMetadata(&profile))
        return result;
    if (options.technical)
        checkMedia(result, profile, packagePath, reader.isZip(), v.extracted(), cancel);
    if (options.metadata)
        v.validateResources(profile, packagePath);
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
                     tr("%1 (resource %2) cannot be checked: the file may be damaged.").arg(bagPath, r.id),
                     false, report.error});
                continue;
            }
            for (const CheckResult &c : report.checks) {
                if (c.status == CheckResult::Status::Pass)
                    continue;
                const bool warning = c.status == CheckResult::Status::Warning;
                // Plain words with the rule's name; its id, values and message in the detail.
                result.problems.append(
                    {u"technical"_s, bagPath,
                     warning ? tr("%1 (resource %2): %3 is acceptable but worth a look.")
                                   .arg(bagPath, r.id, c.label())
                             : tr("%1 (resource %2): %3 does not meet the standard.")
                                   .arg(bagPath, r.id, c.label()),
                     warning,
                     tr("%1 %2: %3 (has %4; expected %5)")
                         .arg(c.id, CheckResult::statusName(c.status), c.message, c.actual, c.expected)});
            }
        }
    }
}
