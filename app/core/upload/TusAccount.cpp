#include "upload/TusAccount.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

QByteArray TusAccount::authorization() const
{
    if (token.isEmpty())
        return {};
    if (user.isEmpty())
        return "Bearer " + token.toUtf8();
    return "Basic " + (user.toUtf8() + ':' + token.toUtf8()).toBase64();
}

QString TusAccount::endpointKey() const
{
    return endpoint
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        .toString();
}

QString TusAccount::fingerprint(const QString &sha256) const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(sha256.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(endpointKey().toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(user.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

UploadError TusAccount::checkEndpoint() const
{
    const QString scheme = endpoint.scheme().toLower();
    if (!endpoint.isValid() || endpoint.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
        return UploadError::protocol(u"not an http(s) address: %1"_s.arg(endpoint.toDisplayString()));
    if (scheme == "https"_L1 || allowPlainHttp)
        return {};
    const QString host = endpoint.host();
    const QHostAddress address(host);
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback()))
        return {};
    return UploadError::plainHttp(host);
}

bool TusAccount::prepare(QNetworkRequest *request, QString *error) const
{
    request->setRawHeader("Tus-Resumable", "1.0.0");
    request->setRawHeader("User-Agent", "SubmitDesk");
    const QByteArray auth = authorization();
    if (!auth.isEmpty())
        request->setRawHeader("Authorization", auth);
    request->setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request->setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!caFile.isEmpty() && endpoint.scheme() == "https"_L1) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certs.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("TusAccount", "No certificate could be read from %1.")
                             .arg(caFile);
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(certs);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request->setSslConfiguration(tls);
    }
    return true;
}
