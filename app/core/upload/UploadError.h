#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// What went wrong with one request of an upload, in plain words for the user (through tr()), with the
// technical detail (status line, Qt's network error) kept apart for a Details disclosure and the logs.
// `kind` decides what the transfer does next: retry with backoff, ask the server's offset, create the upload
// again, or give up.
struct UploadError
{
    Q_DECLARE_TR_FUNCTIONS(UploadError)
public:
    enum Kind {
        None,
        Auth,        // 401, 403: wrong or missing token; give up at once
        Gone,        // 404, 410: the upload expired or was removed; create it again
        TooLarge,    // 413: give up; the message shows Tus-Max-Size
        Conflict,    // 409, 460: offset or checksum mismatch; ask the server's offset and resume
        Locked,      // 423: someone else holds the upload; wait and retry
        Busy,        // 429, 5xx: retry after a while (Retry-After honoured)
        Dns,         // host not found
        Connection,  // refused, reset, closed, timed out, no route
        Tls,         // certificate or handshake
        Stalled,     // no bytes accepted for the watchdog's time
        Protocol,    // the server answered something tus does not allow
        HeadRefused, // the server refuses HEAD (405): the offset cannot be asked, so no resume
        PlainHttp,   // http:// to a host that is not this machine, without the explicit choice
        LocalFile,   // the file cannot be read, or changed while uploading
        Rejected,    // another 4xx: give up
    };
    Kind kind = None;
    int httpStatus = 0;
    QString text;   // for the user
    QString detail; // for Details and logs: status line, Qt's error string; never a token

    bool isError() const { return kind != None; }
    // Network trouble, 423, 429 and 5xx: the transfer waits and tries again within its budget.
    bool isRetryable() const;

    static UploadError fromStatus(int status, const QByteArray &maxSize = {});
    static UploadError fromNetwork(QNetworkReply::NetworkError error, const QString &qtText);
    static UploadError stalled(int seconds);
    static UploadError protocol(const QString &what);
    static UploadError headRefused();
    static UploadError plainHttp(const QString &host);
    static UploadError localFile(const QString &what);
    // A file of a package differs from the package's manifest (StreamVerifier): LocalFile, in plain words.
    static UploadError packageChanged(const QString &what);
    static QString kindName(Kind kind); // "auth", "gone" … for JSON and the store
};
