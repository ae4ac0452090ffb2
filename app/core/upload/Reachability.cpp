#include "upload/Reachability.h"

ReachabilitySource::State ReachabilitySource::fromQt(QNetworkInformation::Reachability reachability)
{
    switch (reachability) {
    case QNetworkInformation::Reachability::Unknown:
        return State::Unknown;
    case QNetworkInformation::Reachability::Disconnected:
        return State::Offline;
    default:
        return State::Online;
    }
}

std::unique_ptr<SystemReachability> SystemReachability::load(QObject *parent)
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return nullptr;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || info->reachability() == QNetworkInformation::Reachability::Unknown)
        return nullptr;
    return std::unique_ptr<SystemReachability>(new SystemReachability(info, parent));
}

SystemReachability::SystemReachability(QNetworkInformation *info, QObject *parent)
    : ReachabilitySource(parent), m_info(info)
{
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) { emit changed(fromQt(r)); });
}

ReachabilitySource::State SystemReachability::state() const
{
    return fromQt(m_info->reachability());
}
