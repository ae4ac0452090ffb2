#include "WindowController.h"

#include <QMainWindow>
#include <QStatusBar>

WindowController::WindowController(QMainWindow *window) : QObject(window), m_window(window) {}

void WindowController::showStatus(const QString &message, int timeoutMs) const
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}
