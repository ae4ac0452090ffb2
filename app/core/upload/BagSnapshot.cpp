#include "upload/BagSnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxSnapshot = qint64(16) << 20;

// One line per file, sorted by path: "size<TAB>mtime ms<TAB>ctime ms<TAB>path".
QByteArray describe(const QString &bagPath)
{
    QStringList lines;
    QDirIterator it(bagPath, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        lines.append(u"%1\t%2\t%3\t%4"_s.arg(QString::number(info.size()),
                                             QString::number(info.lastModified().toMSecsSinceEpoch()),
                                             QString::number(info.metadataChangeTime().toMSecsSinceEpoch()),
                                             QDir(bagPath).relativeFilePath(info.filePath())));
    }
    lines.sort();
    return lines.join(u'\n').toUtf8();
}
} // namespace

bool BagSnapshot::write(const QString &bagPath, const QString &snapshotFile, QString *error)
{
    const QByteArray text = describe(bagPath);
    QSaveFile file(snapshotFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = QCoreApplication::translate("BagSnapshot", "cannot write %1: %2")
                     .arg(snapshotFile, file.errorString());
        return false;
    }
    return true;
}

bool BagSnapshot::matches(const QString &bagPath, const QString &snapshotFile)
{
    QFile file(snapshotFile);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxSnapshot)
        return false;
    const QByteArray recorded = file.readAll();
    return !recorded.isEmpty() && recorded == describe(bagPath);
}
