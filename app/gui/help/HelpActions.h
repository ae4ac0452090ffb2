#pragma once

#include <QObject>
#include <QPointer>

class GuideBrowser;
class Profile;
class QAction;
class QMenu;
class QWidget;

// Help for a main window: Help ▸ User Guide (F1, objectName "actionUserGuide") opens the guide in a
// window of its own (GuideBrowser), and showAbout() the About box (AboutDialog). Retranslates itself when
// the window's language changes. MainWindow needs two lines: create it and add it to the Help menu.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    explicit HelpActions(QWidget *window);

    // Puts User Guide at the top of the menu.
    void addTo(QMenu *helpMenu);
    QAction *guideAction() const { return m_guide; }
    void showGuide();
    // The About box, window-modal; open() returns at once (objectName "aboutDialog").
    static void showAbout(QWidget *window, const Profile &profile, const QString &workspacePath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QWidget *m_window;
    QAction *m_guide;
    QPointer<GuideBrowser> m_browser;
};
