#include "upload/UploadError.h"

#include <QLocale>

using namespace Qt::StringLiterals;

bool UploadError::isRetryable() const
{
    switch (kind) {
    case Locked:
    case Busy:
    case Dns:
    case Connection:
    case Stalled:
    case Conflict:
        return true;
    default:
        return false;
    }
}

UploadError UploadError::fromStatus(int status, const QByteArray &maxSize)
{
    UploadError e;
    e.httpStatus = status;
    e.detail = u"HTTP %1"_s.arg(status);
    if (status == 401 || status == 403) {
        e.kind = Auth;
        e.text = tr("The server did not accept the user name or token. Check the upload target's token.");
    } else if (status == 404 || status == 410) {
        e.kind = Gone;
        e.text = tr("The server no longer knows this upload (it expired or was removed); it starts again.");
    } else if (status == 413) {
        e.kind = TooLarge;
        e.text = maxSize.isEmpty() ? tr("The file is larger than the server accepts.")
                                   : tr("The file is larger than the server accepts (at most %1).")
                                         .arg(QLocale().formattedDataSize(
                                             maxSize.toLongLong(), 1, QLocale::DataSizeTraditionalFormat));
        if (!maxSize.isEmpty())
            e.detail += u", Tus-Max-Size: %1"_s.arg(QString::fromLatin1(maxSize));
    } else if (status == 409 || status == 460) {
        e.kind = Conflict;
        e.text = status == 409 ? tr("The server has a different amount of the file than expected; the upload "
                                    "continues from where the server is.")
                               : tr("A piece of the file arrived damaged; it is sent again.");
        if (status == 460)
            e.detail += u" (checksum mismatch)"_s;
    } else if (status == 423) {
        e.kind = Locked;
        e.text = tr("The server is still busy with this file; waiting and trying again.");
        e.detail += u" (locked)"_s;
    } else if (status == 429) {
        e.kind = Busy;
        e.text = tr("The server asks to slow down; waiting and trying again.");
        e.detail += u" (too many requests)"_s;
    } else if (status >= 500) {
        e.kind = Busy;
        e.text = tr("The server has a problem of its own; waiting and trying again.");
    } else {
        e.kind = Rejected;
        e.text = tr("The server refused the file.");
    }
    return e;
}

UploadError UploadError::fromNetwork(QNetworkReply::NetworkError error, const QString &qtText)
{
    UploadError e;
    e.detail = qtText;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        e.kind = Dns;
        e.text = tr("The server's name could not be found. Check the address and the network.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Tls;
        e.text = tr("The server's secure connection could not be verified (certificate problem). Nothing "
                    "was sent.");
        break;
    default:
        e.kind = Connection;
        e.text = tr("The connection to the server failed or was cut; trying again.");
        break;
    }
    return e;
}

UploadError UploadError::stalled(int seconds)
{
    UploadError e;
    e.kind = Stalled;
    e.text = tr("The server stopped answering for %n second(s); trying again.", nullptr, seconds);
    e.detail = u"stall watchdog: no progress for %1 s"_s.arg(seconds);
    return e;
}

UploadError UploadError::protocol(const QString &what)
{
    UploadError e;
    e.kind = Protocol;
    e.text = tr("The server does not answer like an upload server. Check the upload target's address.");
    e.detail = what;
    return e;
}

UploadError UploadError::headRefused()
{
    UploadError e;
    e.kind = HeadRefused;
    e.httpStatus = 405;
    e.text = tr("The server refuses to tell how much of the file it already has, so the upload cannot "
                "continue safely. Show the Details to the receiver's technicians.");
    e.detail = u"HEAD answered 405: the server must allow HEAD requests (tus 1.0)"_s;
    return e;
}

UploadError UploadError::plainHttp(const QString &host)
{
    UploadError e;
    e.kind = PlainHttp;
    e.text = tr("The address uses plain http to another computer (%1): the token and the files would travel "
                "unprotected. Use https, or allow plain http explicitly.")
                 .arg(host);
    return e;
}

UploadError UploadError::localFile(const QString &what)
{
    UploadError e;
    e.kind = LocalFile;
    e.text = tr("The file to upload cannot be read or has changed.");
    e.detail = what;
    return e;
}

UploadError UploadError::packageChanged(const QString &what)
{
    UploadError e = localFile(what);
    e.text = tr("This file changed after the package was made, so it was not sent in full. The package will "
                "be made again when you start the upload again.");
    return e;
}

QString UploadError::kindName(Kind kind)
{
    static const char *const names[] = {
        "",           "auth", "gone",    "too_large", "conflict",     "locked",     "busy",       "dns",
        "connection", "tls",  "stalled", "protocol",  "head_refused", "plain_http", "local_file", "rejected"};
    return QString::fromLatin1(names[kind]);
}
