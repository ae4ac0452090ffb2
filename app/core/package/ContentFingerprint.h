#pragma once

#include <QString>

#define XXH_STATIC_LINKING_ONLY // XXH3_state_t by value: no allocation that could fail
#include <xxhash.h>

// A fast 128-bit checksum of a file's bytes (XXH3-128, libxxhash): about a tenth of SHA-256's cost. It is not
// an identity for anyone else (receivers check the manifests' SHA-256). It records what an export wrote, in
// the same pass that hashed it, so that a later upload can confirm that every byte it sends is still the byte
// the manifest's SHA-256 was taken of (BagSnapshot, StreamVerifier) without hashing the file with SHA-256
// again. Feed bytes with update(), then read the result once with hex().
class ContentFingerprint
{
public:
    ContentFingerprint() noexcept;
    ContentFingerprint(const ContentFingerprint &) = delete;
    ContentFingerprint &operator=(const ContentFingerprint &) = delete;

    void update(const char *data, qint64 size);
    QString hex() const; // 32 lower-case hex digits of the bytes so far

    static bool isWellFormed(const QString &hex); // 32 lower-case hex digits
    static QString hexOf(const QByteArray &data);

private:
    XXH3_state_t m_state;
};
