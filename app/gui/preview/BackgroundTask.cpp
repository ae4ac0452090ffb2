#include "BackgroundTask.h"

#include <QThread>

BackgroundTask::BackgroundTask(std::function<void(const std::atomic_bool &)> work, std::function<void()> done,
                               QObject *parent)
    : QObject(parent), m_work(std::move(work)), m_done(std::move(done))
{
}

BackgroundTask::~BackgroundTask()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        m_work(m_cancel);
        // Queued to this object: dropped when the task is destroyed before the event loop gets to it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_cancel && m_done)
                    m_done();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

bool BackgroundTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}
