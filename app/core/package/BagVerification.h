#pragma once

#include "package/BagVerifier.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include "package/BagReader.h"
#include "package/ContentFingerprint.h"
#include "package/Sha256.h"

#include <QFile>

#include <atomic>
#include <memory>

class PackageManifest;
class Profile;

// One verification, step by step: the entries' names and sizes, one reading pass (hashes, the tag files in
// memory, a zip's covers and media copied out), then the bag's structure, its manifests, bag-info.txt and
// the metadata. Each step adds its problems to the result.
class BagVerification
{
    Q_DECLARE_TR_FUNCTIONS(BagVerifier)
public:
    BagVerification(const BagReader &reader, const BagVerifier::Options &options, BagVerifier::Result &result)
        : m_reader(reader), m_options(options), m_result(result)
    {
    }
    bool checkEntries();
    void planExtraction();
    bool readEntries(const std::atomic_bool *cancel, const BagVerifier::ProgressFn &progress);
    void checkBagit();
    void checkManifests();
    void countPayload();
    void checkBagInfo();
    bool readMetadata(Profile *profile);
    void validateResources(const Profile &profile, const QString &packagePath);
    const QMap<QString, QString> &extracted() const { return m_extracted; }

private:
    void problem(const QString &code, const QString &path, const QString &text, bool warning = false)
    {
        m_result.problems.append({code, path, text, warning});
    }
    // One file's state during the reading pass: its own hash, byte count, kept bytes and extraction.
    struct EntryState
    {
        explicit EntryState(const QString &entryPath);
        bool add(const char *data, qint64 size); // false with `error` set when the extraction fails
        QString path;
        Sha256 hash;
        std::unique_ptr<ContentFingerprint> fingerprint; // when the options ask for fingerprints
        qint64 size = 0;
        bool keep = false;
        QByteArray kept;
        std::unique_ptr<QFile> out;
        QString error;
    };
    void openExtraction(EntryState *state, const BagReader::Entry &e);
    void collect(EntryState *state);
    bool shouldExtract(const QString &path) const;
    void checkListed(const PackageManifest &manifest, bool payload, QSet<QString> *listed);

    const BagReader &m_reader;
    const BagVerifier::Options &m_options;
    BagVerifier::Result &m_result;
    qint64 m_total = 0; // payload and tag bytes to hash
    QTemporaryDir m_temp;
    QSet<QString> m_toExtract;
    QMap<QString, QString> m_hashes;
    QMap<QString, qint64> m_sizes;
    QMap<QString, QByteArray> m_kept;
    QMap<QString, QString> m_extracted; // bag path -> file on disk (a zip's covers and media)
};
