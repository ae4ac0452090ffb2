#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

// Every file dialog of the window: a sensible size (a share of the screen, not the toolkit's small default)
// and the folder used last for the same purpose, remembered across restarts (QSettings "fileDialogs/…").
// Before a purpose has been used, media start in the Videos folder, covers and scans in Pictures, and
// everything else in Documents.
class FileDialogs
{
public:
    enum Purpose { Media, Cover, Export, Pdf, Package, Sheet, WorkspaceFile, Scan };

    static QString openFile(QWidget *parent, Purpose purpose, const QString &caption, const QString &filter);
    static QStringList openFiles(QWidget *parent, Purpose purpose, const QString &caption,
                                 const QString &filter);
    // `suggested` is a file name (put in the last folder) or a full path (kept).
    static QString saveFile(QWidget *parent, Purpose purpose, const QString &caption,
                            const QString &suggested, const QString &filter);
    static QString existingDirectory(QWidget *parent, Purpose purpose, const QString &caption);

    // The folder the purpose used last, else its default; always an existing folder.
    static QString lastFolder(Purpose purpose);
    // Remembers the folder of `path` (a file) or `path` itself (a folder) for the purpose.
    static void remember(Purpose purpose, const QString &path);
    // The Documents folder (QStandardPaths), or home when there is none.
    static QString documentsFolder();

private:
    static QString settingsKey(Purpose purpose);
    static QString defaultFolder(Purpose purpose);
    static void prepare(QFileDialog &dialog, QWidget *parent);
};
