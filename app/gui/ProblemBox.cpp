#include "ProblemBox.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

void ProblemBox::warning(QWidget *parent, const QString &title, const QString &plain, const QString &detail)
{
    QMessageBox box(QMessageBox::Warning, title, plain, QMessageBox::Ok, parent);
    box.setObjectName(u"problemBox"_s);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.exec();
}
