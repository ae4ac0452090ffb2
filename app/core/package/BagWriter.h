#pragma once

#include "metadata/ValidationReport.h"
#include "package/ExportChecks.h"
#include "package/PackageContent.h"
#include "package/PackageManifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <atomic>
#include <functional>

class PartialOutput;
class Profile;

// Everything one export needs, gathered beforehand (ExportJob::prepare) so that writing touches no database.
struct ExportRequest
{
    const Profile *profile = nullptr;
    Unit unit;
    Batch batch;
    QList<Resource> resources;
    ValidationReport report; // findings shown in report.html
    bool draft = false;
    QString outputPath;           // "…/batch.zip" → Zip64 archive; anything else → folder
    bool replaceExisting = false; // an existing package there (a zip file, a bag folder) is replaced
    QByteArray registrationPdf;   // the rendered form, or empty
    bool fingerprints = false;    // also take each file's ContentFingerprint (for an upload's later check)
    QDateTime baggingDate;        // defaults to now
    QList<ExportChecks::Item>
        checks; // technical checks (ExportChecks), shown in report.html and metadata.json
};

struct ExportProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0;
    double etaSeconds = -1; // -1 while unknown
    QString currentFile;
};

struct ExportResult
{
    QString path; // the finished package
    qint64 payloadBytes = 0;
    qint64 payloadFiles = 0;
    double seconds = 0;
    PackageManifest manifest;
    // With ExportRequest::fingerprints: the ContentFingerprint of each file the manifests list, by its path
    // in the bag, taken as it was written
    QHash<QString, QString> fingerprints;
    PackageContent content;
    QList<ExportChecks::Failure> technicalFailures; // failed technical rules (refused unless a draft)
};

// Writes a batch as a BagIt 1.0 bag (SPEC §6) into a folder or a Zip64 archive. Media are copied and hashed
// in one pass. Everything is written in a fresh partial folder beside the target (PartialOutput: a random
// name, created exclusively, never through a link), synced and renamed into place at the very end, so a
// crash or a cancel never leaves something that looks like a finished package. An existing package at the
// target is replaced only with replaceExisting, and only once the new one is complete.
class BagWriter
{
    Q_DECLARE_TR_FUNCTIONS(BagWriter)
public:
    using ProgressFn = std::function<void(const ExportProgress &)>;

    static bool isZipPath(const QString &path);
    // True when an existing `target` is a package export may replace: a zip file, or a bag folder.
    static bool mayReplace(const QString &target);

    bool write(const ExportRequest &request, ExportResult *result, QString *error,
               const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {});

private:
    static bool prepareOutput(const ExportRequest &request, QString *target, PartialOutput *partial,
                              QString *error);
};
