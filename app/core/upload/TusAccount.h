#pragma once

#include "upload/UploadError.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkRequest;

// Where and as whom uploads go: the tus endpoint (the creation URL), the user name and token, an optional
// CA file for a receiver's own certificate authority, and whether plain http to another machine was chosen
// explicitly. The token is only ever put into the Authorization header, never into logs or stores.
struct TusAccount
{
    QUrl endpoint;
    QString user;
    QString token;
    QString caFile;
    bool allowPlainHttp = false;

    // "Basic base64(user:token)" with a user name, "Bearer token" without, empty without a token.
    QByteArray authorization() const;
    // The endpoint with no user info, query or fragment: the key the store files uploads under.
    QString endpointKey() const;
    // The upload's identity: the file's sha256, the endpoint and the account (not the name or the size).
    QString fingerprint(const QString &sha256) const;
    // None, or PlainHttp when the endpoint is http:// to a host that is not loopback without the choice,
    // or Protocol when it is not an http(s) URL at all.
    UploadError checkEndpoint() const;
    // Headers every tus request carries, TLS settings (the CA file) and no automatic redirects.
    bool prepare(QNetworkRequest *request, QString *error) const;
};
