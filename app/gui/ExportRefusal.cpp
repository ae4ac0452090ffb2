#include "ExportRefusal.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

QString ExportRefusal::plainLine(const ExportChecks::Failure &failure)
{
    if (failure.rule.isEmpty())
        return tr("%1: %2 cannot be read.").arg(failure.resourceTitle, failure.file);
    return tr("%1: %2 — %3 does not meet the standard.")
        .arg(failure.resourceTitle, failure.file, failure.label.isEmpty() ? failure.rule : failure.label);
}

void ExportRefusal::show(QWidget *parent, const QList<ExportChecks::Failure> &failures, const QString &error)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Package not written"),
                        tr("The package was not written: %n file(s) or link(s) do not meet the technical "
                           "standard.",
                           nullptr, int(failures.size())),
                        QMessageBox::Ok, parent);
    box->setObjectName(u"exportRefusedBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList plain;
    for (const ExportChecks::Failure &f : failures)
        plain.append(plainLine(f));
    box->setInformativeText(plain.join(u'\n') + u"\n\n"_s +
                            tr("Fix them in the Media check panel (right-click a file, then Fix…), or export "
                               "as a draft to send them for review."));
    QStringList details;
    for (const ExportChecks::Failure &f : failures)
        details.append(f.text());
    if (!error.isEmpty())
        details << QString() << error;
    box->setDetailedText(details.join(u'\n'));
    box->open();
}
