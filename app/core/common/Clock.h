#pragma once

#include <QDateTime>

// The time as the domain sees it. Tests replace it with a fixed clock so that rules such as
// "a creation date may not lie in the future" give the same answer on every day.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;
    QDate today() const { return now().date(); }

    static const Clock &system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void setNow(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};
