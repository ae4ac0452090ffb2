#pragma once

#include "package/ExportChecks.h"

#include <QCoreApplication>

class QWidget;

// What the export dialog says when the technical check refuses a batch: one plain line per failure (the
// resource, the file, the rule by its name, what to do) and a message box whose Details hold the
// technical side (the checker's messages with codec names and measured values, the refusal as the CLI
// prints it).
class ExportRefusal
{
    Q_DECLARE_TR_FUNCTIONS(ExportRefusal)
public:
    static QString plainLine(const ExportChecks::Failure &failure);
    // Opens (non-blocking, deleted on close) the box "exportRefusedBox" over `parent`.
    static void show(QWidget *parent, const QList<ExportChecks::Failure> &failures, const QString &error);
};
