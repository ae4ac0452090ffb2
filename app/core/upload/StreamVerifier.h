#pragma once

#include "package/ContentFingerprint.h"
#include "package/Sha256.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

// Checks a file against the sha256 its package's manifest holds while the file is sent, so that a package
// made by an earlier export is verified without reading it a second time; or, where the export recorded the
// file's ContentFingerprint in the same pass as that sha256, against the fingerprint, which confirms the same
// bytes at a tenth of the cost (the receiver checks the sha256 in any case). Every byte is hashed once, in
// order, as the pieces go out; bytes sent again after a retry are not hashed again, and bytes the server
// had before (a resumed upload) are read and hashed first (catchUp). The piece that completes the file is
// checked before it leaves: an upload whose content differs from the manifest is never completed.
class StreamVerifier
{
    Q_DECLARE_TR_FUNCTIONS(StreamVerifier)
public:
    // An empty `expectedSha256` turns the check off; a well-formed `expectedFingerprint` is checked in its
    // place.
    void reset(const QString &path, qint64 size, const QString &expectedSha256,
               const QString &expectedFingerprint = {});
    bool isActive() const { return !m_expected.isEmpty(); }
    bool checksFingerprint() const { return m_fingerprint != nullptr; }
    bool hasMismatch() const { return m_mismatch; }
    qint64 hashedTo() const { return m_hashedTo; }
    // Reads and hashes at most `limit` bytes from hashedTo() towards `offset`; false with *why on a read
    // error or a mismatch (when it reaches the end of the file).
    bool catchUp(qint64 offset, qint64 limit, QString *why);
    // A piece of the file about to be sent from `position`: the part past hashedTo() is hashed; false with
    // *why when it would complete the file and the file differs from the manifest, or when it leaves a gap.
    bool see(qint64 position, QByteArrayView piece, QString *why);

private:
    bool finishIfComplete(QString *why);
    void hash(const char *data, qint64 size);

    QString m_path;
    QString m_expected;
    qint64 m_size = 0;
    qint64 m_hashedTo = 0;
    bool m_mismatch = false;
    std::unique_ptr<Sha256> m_hash;                    // or
    std::unique_ptr<ContentFingerprint> m_fingerprint; // whichever is checked
};
