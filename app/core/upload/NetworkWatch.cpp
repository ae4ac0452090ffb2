#include "upload/NetworkWatch.h"

#include <QHostAddress>
#include <QNetworkInformation>

using namespace Qt::StringLiterals;

namespace {
bool isLocal(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host().compare("localhost"_L1, Qt::CaseInsensitive) == 0 ||
           (!address.isNull() && address.isLoopback());
}
} // namespace

NetworkWatch::NetworkWatch(const QUrl &endpoint, QObject *parent) : QObject(parent), m_endpoint(endpoint)
{
    m_timeout.setSingleShot(true);
    m_again.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { probed(false); });
    connect(&m_again, &QTimer::timeout, this, &NetworkWatch::probe);
    if (!isLocal(endpoint) &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_backend = info && info->reachability() != QNetworkInformation::Reachability::Unknown;
        if (m_backend) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability r) {
                        setOffline(r == QNetworkInformation::Reachability::Disconnected);
                    });
            m_offline = info->reachability() == QNetworkInformation::Reachability::Disconnected;
        }
    }
}

void NetworkWatch::suspect()
{
    if (m_backend || m_socket || m_again.isActive())
        return;
    probe();
}

void NetworkWatch::probe()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] { probed(true); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { probed(false); });
    const int port = m_endpoint.port(m_endpoint.scheme() == "https"_L1 ? 443 : 80);
    m_timeout.start(probeTimeoutMs);
    m_socket->connectToHost(m_endpoint.host(), quint16(port));
}

void NetworkWatch::probed(bool reachable)
{
    if (!m_socket)
        return;
    m_timeout.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    setOffline(!reachable);
    if (!reachable)
        m_again.start(intervalMs);
}

void NetworkWatch::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    emit(offline ? this->offline() : online());
}
