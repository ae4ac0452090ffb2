#pragma once

#include "upload/BackgroundSha256.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

// Checks a file against the sha256 its package's manifest holds while the file is sent, so that a package
// made by an earlier export is verified without reading it a second time. Every byte is hashed once, in
// order, as the pieces go out; bytes sent again after a retry are not hashed again, and bytes the server
// had before (a resumed upload) are read and hashed first (catchUp). The piece that completes the file is
// checked before it leaves: an upload whose content differs from the manifest is never completed. The hash
// runs on a thread of its own (BackgroundSha256) while the caller goes on reading and sending; only the
// piece that completes the file waits for it.
class StreamVerifier
{
    Q_DECLARE_TR_FUNCTIONS(StreamVerifier)
public:
    // An empty `expectedSha256` turns the check off.
    void reset(const QString &path, qint64 size, const QString &expectedSha256);
    bool isActive() const { return !m_expected.isEmpty(); }
    bool hasMismatch() const { return m_mismatch; }
    qint64 hashedTo() const { return m_hashedTo; }
    // Reads and hashes at most `limit` bytes from hashedTo() towards `offset`; false with *why on a read
    // error or a mismatch (when it reaches the end of the file).
    bool catchUp(qint64 offset, qint64 limit, QString *why);
    // A piece of the file about to be sent from `position`: the part past hashedTo() is hashed (the piece is
    // kept by reference until then); false with *why when it would complete the file and the file differs
    // from the manifest, or when it leaves a gap.
    bool see(qint64 position, const QByteArray &piece, QString *why);

private:
    bool finishIfComplete(QString *why);
    BackgroundSha256 &hasher();

    QString m_path;
    QString m_expected;
    qint64 m_size = 0;
    qint64 m_hashedTo = 0;
    bool m_mismatch = false;
    std::unique_ptr<BackgroundSha256> m_hash; // made at the first piece
};
