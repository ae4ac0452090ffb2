#include "MainWindowFixture.h"

#include "Translations.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

void MainWindowFixture::setUpWindow()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(u"SubmitDeskTest"_s);
    QCoreApplication::setApplicationName(u"SubmitDeskTest"_s);
    QSettings().clear();
    Translations::install(u"en"_s);
    QVERIFY(m_dir.isValid());
    m_workspacePath = m_dir.filePath(u"gui.submitdesk"_s);
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void MainWindowFixture::tearDownWindow()
{
    delete m_window;
    m_window = nullptr;
}

int MainWindowFixture::rowWithTitle(const QString &title) const
{
    for (int row = 0; row < table()->rowCount(); ++row)
        if (cell(row, ResourceTableModel::TitleColumn) == title)
            return row;
    return -1;
}
