#include "StoreFailure.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

void StoreFailure::show(QMainWindow *window, const QString &message)
{
    window->statusBar()->showMessage(message, 10000);
    auto *box = window->findChild<QMessageBox *>(u"storeFailedMessage"_s, Qt::FindDirectChildrenOnly);
    if (!box || !box->isVisible()) {
        box = new QMessageBox(QMessageBox::Warning, tr("Not stored"), QString(), QMessageBox::Ok, window);
        box->setObjectName(u"storeFailedMessage"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
    }
    box->setText(message);
    box->open();
}
