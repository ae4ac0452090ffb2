#include "TusServerProcess.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {
QString serverDir()
{
    return TestSupport::sourceDir() + u"/tests/servers/tus"_s;
}
} // namespace

TusServerProcess::TusServerProcess() = default;

TusServerProcess::~TusServerProcess()
{
    kill();
}

QString TusServerProcess::unavailable()
{
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        return u"node is not installed (Debian: apt-get install nodejs npm)"_s;
    if (!QFileInfo::exists(serverDir() + u"/node_modules/@tus/server/package.json"_s))
        return u"the test server's npm packages are missing: run npm ci --prefix tests/servers/tus"_s;
    return {};
}

int TusServerProcess::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool TusServerProcess::start(const Options &options, QString *error)
{
    m_options = options;
    m_port = freePort();
    return restart(error);
}

bool TusServerProcess::restart(QString *error)
{
    kill();
    QStringList args{serverDir() + u"/server.js"_s, u"--port"_s, QString::number(m_port), u"--dir"_s,
                     m_dir.path()};
    if (!m_options.token.isEmpty())
        args << u"--token"_s << m_options.token;
    if (m_options.expireMs > 0)
        args << u"--expire-ms"_s << QString::number(m_options.expireMs);
    if (!m_options.tlsCert.isEmpty())
        args << u"--tls-cert"_s << m_options.tlsCert << u"--tls-key"_s << m_options.tlsKey;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(u"node"_s, args);
    if (!m_process.waitForStarted(10000)) {
        *error = u"node did not start: "_s + m_process.errorString();
        return false;
    }
    QByteArray out;
    while (!out.contains("listening")) {
        if (!m_process.waitForReadyRead(15000)) {
            *error = u"the tus server did not start listening: "_s + QString::fromUtf8(out);
            return false;
        }
        out += m_process.readAllStandardOutput();
    }
    return true;
}

void TusServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString TusServerProcess::endpoint() const
{
    return u"%1://127.0.0.1:%2/files/"_s.arg(m_options.tlsCert.isEmpty() ? u"http"_s : u"https"_s)
        .arg(m_port);
}

bool TusServerProcess::makeCertificate(const QString &dir, QString *error)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                                 u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                 u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-keyout"_s,
                                 dir + u"/key.pem"_s, u"-out"_s, dir + u"/cert.pem"_s});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = u"openssl req failed: "_s + QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    return true;
}

int TusServerProcess::uploadCount() const
{
    return int(QDir(m_dir.path()).entryList({u"*.json"_s}, QDir::Files).size());
}

QMap<QString, QString> TusServerProcess::storedFiles() const
{
    QMap<QString, QString> out;
    const QStringList infos = QDir(m_dir.path()).entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : infos) {
        QFile info(m_dir.filePath(name));
        if (!info.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
        const QString filename = o.value(u"metadata"_s).toObject().value(u"filename"_s).toString();
        QFile data(m_dir.filePath(name.chopped(5)));
        if (!data.open(QIODevice::ReadOnly) || data.size() != o.value(u"size"_s).toInteger())
            continue; // not finished
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&data);
        out.insert(filename, QString::fromLatin1(h.result().toHex()));
    }
    return out;
}

qint64 TusServerProcess::storedBytes(const QString &filename) const
{
    const QStringList infos = QDir(m_dir.path()).entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : infos) {
        QFile info(m_dir.filePath(name));
        if (!info.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
        if (o.value(u"metadata"_s).toObject().value(u"filename"_s).toString() == filename)
            return QFileInfo(m_dir.filePath(name.chopped(5))).size();
    }
    return -1;
}
