#include "StoreFailure.h"

#include <QPointer>

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

void StoreFailure::show(QMainWindow *window, const QString &message)
{
    // Plain words in front; the store's message (with the database's own, English, words) under Details.
    const QString plain = tr("A change could not be stored. The workspace keeps what it held before; the "
                             "Details say why.");
    window->statusBar()->showMessage(plain, 10000);
    auto *box = window->findChild<QMessageBox *>(u"storeFailedMessage"_s, Qt::FindDirectChildrenOnly);
    if (!box || !box->isVisible()) {
        box = new QMessageBox(QMessageBox::Warning, tr("Not stored"), QString(), QMessageBox::Ok, window);
        box->setObjectName(u"storeFailedMessage"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
    }
    box->setText(plain);
    box->setDetailedText(message);
    box->open();
}

std::function<void(const QString &)> StoreFailure::handlerFor(QMainWindow *window)
{
    QPointer<QMainWindow> guard(window);
    return [guard](const QString &message) {
        if (guard)
            show(guard, message);
    };
}
