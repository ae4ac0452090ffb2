#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// The real tus server of the tests (tests/servers/tus: @tus/server with @tus/file-store under Node.js),
// on 127.0.0.1 and a free port chosen here and kept across restarts, storing into a temporary folder.
class TusServerProcess
{
public:
    struct Options
    {
        QString token;    // non-empty: requests need it (the 401 tests)
        int expireMs = 0; // Upload-Expires after this long
        QString tlsCert;  // with tlsKey: https with this certificate (PEM files)
        QString tlsKey;
    };
    // A self-signed certificate for 127.0.0.1 and localhost made with the openssl CLI: cert.pem and key.pem
    // in `dir`; false with a message when openssl fails.
    static bool makeCertificate(const QString &dir, QString *error);
    TusServerProcess();
    ~TusServerProcess();
    // Empty when node and the npm packages are there; otherwise why not (tests QSKIP with it).
    static QString unavailable();
    static int freePort();
    bool start(const Options &options, QString *error);
    bool restart(QString *error); // same port, same folder
    void kill();                  // SIGKILL: the server dies mid-request
    int port() const { return m_port; }
    QString endpoint() const; // http://127.0.0.1:<port>/files/ (https with a certificate)
    QString storeDir() const { return m_dir.path(); }
    // The stored, finished uploads: Upload-Metadata filename -> sha256 of the stored bytes.
    QMap<QString, QString> storedFiles() const;
    // Every upload the server knows (finished or not): id -> {filename, offset on disk}.
    int uploadCount() const;
    qint64 storedBytes(const QString &filename) const;

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    Options m_options;
    int m_port = 0;
};
