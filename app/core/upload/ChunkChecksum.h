#pragma once

#include <QByteArray>
#include <QString>

// The tus checksum extension's digest of one chunk: `length` bytes of a file from `start`, hashed in blocks
// with the named algorithm ("sha1" …); empty with `error` on a read failure or an unknown algorithm.
QByteArray hashFileRange(const QString &path, qint64 start, qint64 length, const QByteArray &algorithm,
                         QString *error);
