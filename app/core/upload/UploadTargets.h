#pragma once

#include "upload/TusAccount.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// An upload target as the settings keep it (QSettings, organisation "SubmitDesk", group uploadTargets):
// name, endpoint, user, CA file and the explicit plain-http choice. Never the token: that lives in the
// system keychain (TokenVault).
struct UploadTarget
{
    QString name;
    QUrl endpoint;
    QString user;
    QString caFile;
    bool allowPlainHttp = false;
    TusAccount account() const; // without the token
};

namespace UploadTargets {
QList<UploadTarget> load();
void save(const QList<UploadTarget> &targets);
bool find(const QList<UploadTarget> &targets, const QString &name, UploadTarget *out);
} // namespace UploadTargets

// The tokens of upload targets, in the system keychain through QtKeychain (Secret Service on Linux,
// Credential Manager on Windows, Keychain on macOS), service "SubmitDesk upload", key = the target's name.
// Where no keychain answers, the token is kept in this process's memory for the session only, and
// sessionOnly() says so (the user is told). Tokens are never written to the workspace, settings or logs.
class TokenVault
{
    Q_DECLARE_TR_FUNCTIONS(TokenVault)
public:
    // Blocking calls (they run a local event loop for the keychain's answer): fine for the CLI and for
    // the short moments the GUI stores or reads a token.
    bool readBlocking(const QString &target, QString *token, QString *error);
    // True when the keychain took the token; false with `notice` when only the session keeps it.
    bool writeBlocking(const QString &target, const QString &token, QString *notice);
    bool removeBlocking(const QString &target, QString *error);
    static bool sessionOnly(const QString &target);
    static bool keychainBuiltIn();

private:
    static QMap<QString, QString> &session();
};
