#pragma once

#include <QString>

class QWidget;

// A warning in plain words with the technical side (the store's or the file system's own message,
// often English database or system text) behind the box's "Show Details…". Blocks like
// QMessageBox::warning; the box is named "problemBox" for the tests.
namespace ProblemBox {
void warning(QWidget *parent, const QString &title, const QString &plain, const QString &detail);
} // namespace ProblemBox
