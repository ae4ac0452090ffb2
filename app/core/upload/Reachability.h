#pragma once

#include <QNetworkInformation>
#include <QObject>

#include <memory>

// Where NetworkWatch learns whether the network is there without probing: the system's reachability
// backend (QNetworkInformation) in the app, a source the test drives in the tests.
class ReachabilitySource : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Offline, Online };
    using QObject::QObject;
    virtual State state() const = 0;
    // How Qt's reachability reads here: only "disconnected" is offline (a local network may still reach
    // a province's server on it); "unknown" says nothing.
    static State fromQt(QNetworkInformation::Reachability reachability);

signals:
    void changed(ReachabilitySource::State state);
};

// QNetworkInformation's reachability, when a backend that knows it loads (NetworkManager on Linux, the
// system's on Windows and macOS); null otherwise, and NetworkWatch then probes.
class SystemReachability : public ReachabilitySource
{
    Q_OBJECT
public:
    static std::unique_ptr<SystemReachability> load(QObject *parent = nullptr);
    State state() const override;

private:
    SystemReachability(QNetworkInformation *info, QObject *parent);
    QNetworkInformation *m_info;
};
