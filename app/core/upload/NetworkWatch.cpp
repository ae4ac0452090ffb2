#include "upload/NetworkWatch.h"

#include <QHostAddress>

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
    if (!isLocal(endpoint))
        if (std::unique_ptr<SystemReachability> system = SystemReachability::load(this))
            useSource(system.release()); // owned by this watch
}

void NetworkWatch::useSource(ReachabilitySource *source)
{
    if (m_source)
        m_source->disconnect(this);
    stopProbing();
    m_source = source;
    m_backend = true;
    connect(source, &ReachabilitySource::changed, this, [this](ReachabilitySource::State state) {
        if (state != ReachabilitySource::State::Unknown)
            setOffline(state == ReachabilitySource::State::Offline);
    });
    if (source->state() != ReachabilitySource::State::Unknown)
        setOffline(source->state() == ReachabilitySource::State::Offline);
}

void NetworkWatch::stopProbing()
{
    m_again.stop();
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
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
    stopProbing();
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
