#pragma once

#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

// Tells the upload queue when the network goes away and comes back. Where Qt has a reachability backend
// (QNetworkInformation) and the endpoint is not this machine, its word counts; otherwise, after a transfer
// met a connection or name error, the endpoint is probed with a plain TCP connection: offline() when that
// fails, then a probe every `intervalMs` until one connects, then online().
class NetworkWatch : public QObject
{
    Q_OBJECT
public:
    explicit NetworkWatch(const QUrl &endpoint, QObject *parent = nullptr);
    bool usesBackend() const { return m_backend; }
    bool isOffline() const { return m_offline; }
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

    QUrl m_endpoint;
    bool m_backend = false;
    bool m_offline = false;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timeout;
    QTimer m_again;
};
