#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

void FirstPaintProbe::installIfAsked(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty("SUBMITDESK_EXIT_AFTER_FIRST_PAINT"))
        return;
    qApp->installEventFilter(new FirstPaintProbe(window));
}

FirstPaintProbe::FirstPaintProbe(QWidget *window) : QObject(window), m_window(window) {}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        m_seen = true;
        // After this paint pass has reached the screen: the window as the user first sees it.
        QTimer::singleShot(0, qApp, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(
                0); // not quit(): that closes the windows, which may ask about running checks
        });
    }
    return QObject::eventFilter(watched, event);
}
