// libFuzzer target: a zip package from arbitrary bytes through the real reading code: BagReader (list and
// read every entry), BagVerifier (structure, checksums, metadata.json against its profile; no media
// check) and PackageOpener::extract into a scratch workspace (its staging folder discarded). The bytes go
// to a temporary file of this process, as packages are opened by path. Must never crash, leak or hang, and
// never leave anything outside the scratch folder.

#include "package/BagReader.h"
#include "package/BagVerifier.h"
#include "package/PackageOpener.h"
#include "profile/ProfileLoader.h"
#include "workspace/Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {
struct Scratch
{
    QTemporaryDir dir;
    Workspace workspace;
    Profile profile;
    bool ok = false;
};

Scratch &scratch()
{
    static Scratch *s = [] {
        auto *made = new Scratch;
        QString error;
        made->ok = made->dir.isValid() &&
                   made->workspace.open(made->dir.filePath(QStringLiteral("fuzz.submitdesk")), &error) &&
                   ProfileLoader::loadBuiltin(QStringLiteral("lifelong-2022"), &made->profile, &error);
        if (!made->ok) {
            fprintf(stderr, "fuzz_package_reader: no scratch workspace: %s\n", qPrintable(error));
            std::abort();
        }
        return made;
    }();
    return *s;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    scratch();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Scratch &s = scratch();
    const QString path = s.dir.filePath(QStringLiteral("package.zip"));
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            return 0;
    }
    QString error;
    BagReader reader;
    if (reader.open(path, &error)) {
        (void)reader.readAll(
            [](const BagReader::Entry &) -> BagReader::BlockFn {
                return [](const char *, qint64) { return true; };
            },
            &error);
        QByteArray metadata;
        (void)reader.readFile(QStringLiteral("data/metadata.json"), &metadata, 1 << 20, &error);
    }
    BagVerifier::Options options;
    options.technical = false;
    (void)BagVerifier::verify(path, options);

    PackageOpener opener(s.workspace, s.profile);
    PackageOpener::Limits limits;
    limits.maxTotalBytes = 64 << 20;
    limits.maxFileBytes = 16 << 20;
    limits.maxMetadataBytes = 4 << 20;
    opener.setLimits(limits);
    PackageOpener::Extracted extracted;
    if (opener.extract(path, &extracted, &error))
        PackageOpener::discard(&extracted);
    // Nothing may be left behind: the staging folder is gone whether extract() succeeded or not.
    const QStringList left = QDir(PackageOpener::filesFolder(s.workspace))
                                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (!left.isEmpty()) {
        fprintf(stderr, "fuzz_package_reader: left behind: %s\n", qPrintable(left.join(QLatin1Char(' '))));
        std::abort();
    }
    return 0;
}
