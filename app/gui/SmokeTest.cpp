#include "SmokeTest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace {
constexpr int kPollMs = 50;
constexpr qint64 kLimitMs = 30000;

bool isOnScreen(const QWidget *window)
{
    return window && window->isVisible() && window->windowHandle() && window->windowHandle()->isExposed();
}
} // namespace

void SmokeTest::watch(QWidget *mainWindow)
{
    auto *poll = new QTimer(QCoreApplication::instance());
    auto *clock = new QElapsedTimer;
    clock->start();
    int status = -1; // not decided yet
    QPointer<QWidget> window(mainWindow);
    QObject::connect(poll, &QTimer::timeout, poll, [=]() mutable {
        if (status < 0 && isOnScreen(window)) {
            std::fputs("submitdesk: main window shown\n", stdout);
            status = 0;
        } else if (status < 0 && clock->elapsed() > kLimitMs) {
            std::fputs("submitdesk: the main window was not shown within 30 s\n", stderr);
            status = 1;
        }
        std::fflush(stdout);
        if (status >= 0)
            QCoreApplication::exit(status); // again at every tick, until the main loop has ended
    });
    QObject::connect(poll, &QObject::destroyed, [clock] { delete clock; });
    poll->start(kPollMs);
}
