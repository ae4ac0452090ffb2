#pragma once

#include <QFile>
#include <QIODevice>
#include <QTimer>

class RateLimiter;

// One PATCH body: `length` bytes of a file from `start`, read from disk as the network takes them (never the
// whole chunk in memory), paced by the queue's shared RateLimiter. Sequential, so the request must carry
// Content-Length (QNetworkAccessManager then streams it instead of buffering).
class ChunkDevice : public QIODevice
{
    Q_OBJECT
public:
    ChunkDevice(const QString &path, qint64 start, qint64 length, RateLimiter *limiter,
                QObject *parent = nullptr);
    bool open(OpenMode mode) override;
    // Random access (QNetworkAccessManager then sends it without waiting for readyRead) unless a bandwidth
    // limit paces it, which only a sequential device can do (a read may give nothing for a while).
    bool isSequential() const override;
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override { return m_sent >= m_length; }
    // Back to the chunk's first byte: QNetworkAccessManager sends a request again by itself when the
    // connection closed before any answer, and the body must then start over with its Upload-Offset.
    bool reset() override;
    qint64 length() const { return m_length; }
    QString errorText() const { return m_error; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_start = 0;
    qint64 m_length = 0;
    qint64 m_sent = 0;
    RateLimiter *m_limiter = nullptr;
    QTimer m_wake; // readyRead again once the limiter has more
    QString m_error;
};

// Hashes `length` bytes of a file from `start` with the named tus checksum algorithm ("sha1" …), in blocks;
// empty with `error` on a read failure.
QByteArray hashFileRange(const QString &path, qint64 start, qint64 length, const QByteArray &algorithm,
                         QString *error);
