#pragma once

#include "upload/Reachability.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

// Tells the upload queue when the network goes away and comes back. Where Qt has a reachability backend
// (QNetworkInformation, through SystemReachability) and the endpoint is not this machine, its word
// counts; a test hands in its own ReachabilitySource with useSource(). Otherwise, after a transfer met a
// connection or name error, the endpoint is probed with a plain TCP connection: offline() when that
// fails, then a probe every `intervalMs` until one connects, then online().
class NetworkWatch : public QObject
{
    Q_OBJECT
public:
    explicit NetworkWatch(const QUrl &endpoint, QObject *parent = nullptr);
    bool usesBackend() const { return m_backend; }
    bool isOffline() const { return m_offline; }
    // From now on `source` tells reachability (not owned; it must outlive the watch or be destroyed with
    // it); probing stops.
    void useSource(ReachabilitySource *source);
    // A transfer met a connection or DNS error: is the network (the endpoint) there at all?
    void suspect();
    int intervalMs = 1000;
    int probeTimeoutMs = 3000;

signals:
    void offline();
    void online();

private:
    void probe();
    void probed(bool reachable);
    void setOffline(bool offline);
    void stopProbing();

    QUrl m_endpoint;
    bool m_backend = false;
    QPointer<ReachabilitySource> m_source;
    bool m_offline = false;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timeout;
    QTimer m_again;
};
