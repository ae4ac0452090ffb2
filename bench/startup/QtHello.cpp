// The start-up benchmark's peer: the smallest Qt Widgets program with a main window (a menu, a tool bar,
// a table and a status bar), linked like SubmitDesk, that prints "first-paint" after its first paint
// and quits — what any Qt Widgets program costs to start on this machine.
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>

#include <cstdio>

namespace {
class Window : public QMainWindow
{
public:
    Window()
    {
        menuBar()->addMenu(QStringLiteral("File"))->addAction(QStringLiteral("Quit"));
        addToolBar(QStringLiteral("Main"))->addAction(QStringLiteral("Add"));
        setCentralWidget(new QTableWidget(40, 5, this));
        statusBar()->showMessage(QStringLiteral("Ready"));
        resize(1200, 800);
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Paint || e->type() == QEvent::UpdateRequest)
            once();
        return QMainWindow::event(e);
    }

private:
    void once()
    {
        if (m_done)
            return;
        m_done = true;
        QTimer::singleShot(0, qApp, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.show();
    return app.exec();
}
