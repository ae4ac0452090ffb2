// submitdesk --smoke-test: tells whether an installed copy starts (tests/package/TestDebPackage runs it
// under xvfb-run). Once the main window is shown on the screen, prints "submitdesk: main window shown" on
// standard output and quits with status 0; when it has not shown after 30 s, says so on standard error and
// quits with status 1. The quit is repeated until the application's own event loop ends, so that a
// dialog opened at start (a message box) does not keep the program running.
#pragma once

class QWidget;

namespace SmokeTest {
void watch(QWidget *mainWindow);
}
