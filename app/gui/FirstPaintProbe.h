#pragma once

#include <QObject>

class QWidget;

// For the start-up benchmark (bench/startup): when SUBMITDESK_EXIT_AFTER_FIRST_PAINT is set, prints
// "first-paint" on stdout as soon as the main window has painted for the first time, with its workspace
// open, and quits. Does nothing otherwise.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static void installIfAsked(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget *window);
    QWidget *m_window;
    bool m_seen = false;
};
