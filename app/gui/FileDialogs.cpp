#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString FileDialogs::settingsKey(Purpose purpose)
{
    static const char *const names[] = {"media",   "cover", "export",    "pdf",
                                        "package", "sheet", "workspace", "scan"};
    return u"fileDialogs/"_s + QLatin1StringView(names[purpose]);
}

QString FileDialogs::documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString FileDialogs::defaultFolder(Purpose purpose)
{
    QStandardPaths::StandardLocation location = QStandardPaths::DocumentsLocation;
    if (purpose == Media)
        location = QStandardPaths::MoviesLocation;
    else if (purpose == Cover || purpose == Scan)
        location = QStandardPaths::PicturesLocation;
    const QString folder = QStandardPaths::writableLocation(location);
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : documentsFolder();
}

QString FileDialogs::lastFolder(Purpose purpose)
{
    const QString stored = QSettings().value(settingsKey(purpose)).toString();
    return !stored.isEmpty() && QFileInfo(stored).isDir() ? stored : defaultFolder(purpose);
}

void FileDialogs::remember(Purpose purpose, const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(settingsKey(purpose), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

void FileDialogs::prepare(QFileDialog &dialog, QWidget *parent)
{
    // Two thirds of the screen, within 720×480 and 1200×800: room for long Chinese file names.
    const QScreen *screen = parent ? parent->screen() : nullptr;
    const QSize available = screen ? screen->availableSize() : QSize(1280, 800);
    dialog.resize(qBound(720, available.width() * 2 / 3, 1200), qBound(480, available.height() * 2 / 3, 800));
}

QString FileDialogs::openFile(QWidget *parent, Purpose purpose, const QString &caption, const QString &filter)
{
    const QStringList files = openFiles(parent, purpose, caption, filter);
    return files.value(0);
}

QStringList FileDialogs::openFiles(QWidget *parent, Purpose purpose, const QString &caption,
                                   const QString &filter)
{
    QFileDialog dialog(parent, caption, lastFolder(purpose), filter);
    dialog.setFileMode(purpose == Media ? QFileDialog::ExistingFiles : QFileDialog::ExistingFile);
    prepare(dialog, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    remember(purpose, dialog.selectedFiles().first());
    return dialog.selectedFiles();
}

QString FileDialogs::saveFile(QWidget *parent, Purpose purpose, const QString &caption,
                              const QString &suggested, const QString &filter)
{
    const QString start =
        QFileInfo(suggested).isAbsolute() ? suggested : QDir(lastFolder(purpose)).filePath(suggested);
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    prepare(dialog, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    remember(purpose, dialog.selectedFiles().first());
    return dialog.selectedFiles().first();
}

QString FileDialogs::existingDirectory(QWidget *parent, Purpose purpose, const QString &caption)
{
    QFileDialog dialog(parent, caption, lastFolder(purpose));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    prepare(dialog, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    remember(purpose, dialog.selectedFiles().first());
    return dialog.selectedFiles().first();
}
