#pragma once

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

// One piece of work on its own thread, for the preview's decoding (a waveform, a frame): `work` runs there
// with a cancel flag; `done` runs afterwards on the thread of this object (the GUI thread), never after the
// task was destroyed. Destroying the task cancels the work and waits for it, so nothing outlives the panel.
class BackgroundTask : public QObject
{
public:
    BackgroundTask(std::function<void(const std::atomic_bool &cancel)> work, std::function<void()> done,
                   QObject *parent = nullptr);
    ~BackgroundTask() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;

private:
    std::function<void(const std::atomic_bool &)> m_work;
    std::function<void()> m_done;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};
