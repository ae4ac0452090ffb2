// What the MainWindow GUI tests share: a temporary directory, the real MainWindow shown under
// QT_QPA_PLATFORM=offscreen with test settings and English, and lookups of its children by objectName.
// A test class derives from it (and declares Q_OBJECT and its slots itself).
#pragma once

#include "MainWindow.h"
#include "ResourceTableModel.h"

#include <QObject>
#include <QTableView>
#include <QTemporaryDir>

class MainWindowFixture : public QObject
{
protected:
    // For initTestCase: settings in a test location and cleared, English, the window shown; fails (with
    // QVERIFY) when the directory or the window cannot be made.
    void setUpWindow();
    // For cleanupTestCase.
    void tearDownWindow();

    template <typename T> T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QAbstractItemModel *table() const { return find<QTableView>("resourceTable")->model(); }
    int rowWithTitle(const QString &title) const;
    bool selectResource(qint64 id) const { return m_window->selectResource(id); }
    QString cell(int row, int column) const { return table()->index(row, column).data().toString(); }

    QTemporaryDir m_dir;
    QString m_workspacePath; // the test workspace, gui.submitdesk in m_dir (not created here)
    MainWindow *m_window = nullptr;
};
