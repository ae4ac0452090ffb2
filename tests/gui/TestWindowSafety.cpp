// Issue 16, point 9: deleting resources names them, defaults to Cancel and is one undoable step that
// keeps the undo history; Ctrl+Shift+N makes a batch; the menu bar's Alt letters and the batch box's
// differ; the selected batch and resource and the dock layout come back when the window is made anew.
#include "MainWindowFixture.h"

#include "ReportDock.h"
#include "ResourceEditor.h"
#include "WorkspaceController.h"
#include "workspace/ResourceStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWindowSafety : public MainWindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { tearDownWindow(); }
    void shortcutMakesBatch();
    void deleteNamesAndIsUndoable();
    void mnemonicsDoNotClash();
    void selectionAndLayoutComeBack();

private:
    // Answers the next modal dialog with objectName `name` by calling `answer` on it.
    void answerNext(const QString &name, std::function<void(QDialog *)> answer);
    void typeTitle(const QString &title);
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
};

void TestWindowSafety::initTestCase()
{
    setUpWindow();
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspacePath, &error), qPrintable(error));
}

void TestWindowSafety::answerNext(const QString &name, std::function<void(QDialog *)> answer)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, name, answer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == name) {
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

void TestWindowSafety::typeTitle(const QString &title)
{
    auto *edit = m_window->editor()->findChild<QLineEdit *>(u"field_title"_s);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QInputMethodEvent input;
    input.setCommitString(title);
    QApplication::sendEvent(edit, &input);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(rowWithTitle(title) >= 0);
}

void TestWindowSafety::shortcutMakesBatch()
{
    QCOMPARE(m_window->currentBatchId(), 0);
    answerNext(u"batchNameDialog"_s, [](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"batchNameEdit"_s)->setText(u"Autumn"_s);
        dialog->accept();
    });
    m_window->activateWindow();
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->currentBatchId() != 0);
    QCOMPARE(find<QComboBox>("batchCombo")->currentText(), u"Autumn"_s);
}

void TestWindowSafety::deleteNamesAndIsUndoable()
{
    Workspace &workspace = m_window->controller().workspace();
    ResourceStore store(workspace);
    QString error;
    m_alpha = store.create(m_window->currentBatchId(), u"A01"_s, &error);
    m_beta = store.create(m_window->currentBatchId(), u"A01"_s, &error);
    QVERIFY2(m_alpha && m_beta, qPrintable(error));
    QVERIFY(store.setValue(m_beta, u"title"_s, u"Beta talk"_s, &error));
    QTRY_VERIFY(rowWithTitle(u"Beta talk"_s) >= 0);
    QVERIFY(selectResource(m_alpha));
    typeTitle(u"Alpha lecture"_s); // an edit on the undo stack before the delete
    const int steps = m_window->undoStack()->count();
    QVERIFY(steps > 0);

    // Enter answers with the default button: Cancel. Nothing is deleted.
    QVERIFY(selectResource(m_beta));
    QString question;
    answerNext(u"deleteResourcesQuestion"_s, [&question](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        question = box->text();
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Return);
    });
    find<QAction>("actionDeleteResource")->trigger();
    QVERIFY2(question.contains(u"Beta talk"_s), qPrintable(question)); // names what goes
    QVERIFY(rowWithTitle(u"Beta talk"_s) >= 0);
    QCOMPARE(m_window->undoStack()->count(), steps);

    answerNext(u"deleteResourcesQuestion"_s, [](QDialog *dialog) {
        qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click();
    });
    find<QAction>("actionDeleteResource")->trigger();
    QTRY_VERIFY(rowWithTitle(u"Beta talk"_s) < 0);
    QCOMPARE(m_window->undoStack()->count(), steps + 1); // the history is kept, the delete added to it

    find<QAction>("actionUndo")->trigger(); // the resource comes back, with its id and values
    QTRY_VERIFY(rowWithTitle(u"Beta talk"_s) >= 0);
    Resource back;
    QVERIFY(store.load(m_beta, &back));
    QCOMPARE(back.value(u"title"_s), u"Beta talk"_s);
    find<QAction>("actionUndo")->trigger(); // and the edit before it is still undoable
    QTRY_VERIFY(rowWithTitle(u"Alpha lecture"_s) < 0);
    find<QAction>("actionRedo")->trigger();
    QTRY_VERIFY(rowWithTitle(u"Alpha lecture"_s) >= 0);
}

void TestWindowSafety::mnemonicsDoNotClash()
{
    auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QList<QChar> letters;
    for (QAction *menu : m_window->menuBar()->actions())
        letters.append(mnemonic(menu->text()));
    for (QLabel *label : m_window->findChildren<QLabel *>())
        if (label->buddy() == find<QComboBox>("batchCombo"))
            letters.append(mnemonic(label->text()));
    QCOMPARE(letters.size(), m_window->menuBar()->actions().size() + 1);
    for (const QChar c : std::as_const(letters))
        QVERIFY2(!c.isNull() && letters.count(c) == 1, qPrintable(QString(c)));
}

void TestWindowSafety::selectionAndLayoutComeBack()
{
    QVERIFY(selectResource(m_beta));
    const qint64 batch = m_window->currentBatchId();
    find<QDockWidget>("mediaDock")->hide();
    QVERIFY(find<ReportDock>("reportDock")->isVisible());
    m_window->close(); // stores the layout
    tearDownWindow();

    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspacePath, &error), qPrintable(error));
    QCOMPARE(m_window->currentBatchId(), batch);
    QTRY_COMPARE(m_window->currentResourceId(), m_beta);
    QCOMPARE(m_window->editor()->resourceId(), m_beta);
    QVERIFY(!find<QDockWidget>("mediaDock")->isVisible());
    QVERIFY(find<ReportDock>("reportDock")->isVisible());
}

QTEST_MAIN(TestWindowSafety)
#include "TestWindowSafety.moc"
