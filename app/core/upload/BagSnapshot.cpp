#include "upload/BagSnapshot.h"

#include "package/ContentFingerprint.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxSnapshot = qint64(16) << 20;
constexpr QByteArrayView kHeader = "submitdesk bag snapshot 2";
const QString kNoFingerprint = u"-"_s;

// Each file of the bag by its path in the bag: "size<TAB>mtime ms<TAB>ctime ms".
QMap<QString, QString> describe(const QString &bagPath)
{
    QMap<QString, QString> files;
    QDirIterator it(bagPath, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        files.insert(QDir(bagPath).relativeFilePath(info.filePath()),
                     u"%1\t%2\t%3"_s.arg(QString::number(info.size()),
                                         QString::number(info.lastModified().toMSecsSinceEpoch()),
                                         QString::number(info.metadataChangeTime().toMSecsSinceEpoch())));
    }
    return files;
}

// One line per file, after the header: "size<TAB>mtime<TAB>ctime<TAB>fingerprint or -<TAB>path".
bool parse(const QByteArray &text, QMap<QString, QString> *files, QHash<QString, QString> *fingerprints)
{
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || lines.first() != kHeader)
        return false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 5)
            return false;
        const QString path = fields.mid(4).join(u'\t'); // a name may hold a tab
        files->insert(path, fields.mid(0, 3).join(u'\t'));
        if (ContentFingerprint::isWellFormed(fields.at(3)))
            fingerprints->insert(path, fields.at(3));
    }
    return true;
}
} // namespace

bool BagSnapshot::write(const QString &bagPath, const QString &snapshotFile,
                        const QHash<QString, QString> &fingerprints, QString *error)
{
    QByteArray text = kHeader.toByteArray();
    const QMap<QString, QString> files = describe(bagPath);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString fingerprint = fingerprints.value(it.key());
        const QString recorded = ContentFingerprint::isWellFormed(fingerprint) ? fingerprint : kNoFingerprint;
        text += '\n' + u"%1\t%2\t%3"_s.arg(it.value(), recorded, it.key()).toUtf8();
    }
    QSaveFile file(snapshotFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = QCoreApplication::translate("BagSnapshot", "cannot write %1: %2")
                     .arg(snapshotFile, file.errorString());
        return false;
    }
    return true;
}

bool BagSnapshot::matches(const QString &bagPath, const QString &snapshotFile,
                          QHash<QString, QString> *fingerprints)
{
    QFile file(snapshotFile);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxSnapshot)
        return false;
    QMap<QString, QString> recorded;
    QHash<QString, QString> known;
    if (!parse(file.readAll(), &recorded, &known) || recorded.isEmpty() || recorded != describe(bagPath))
        return false;
    if (fingerprints)
        *fingerprints = known;
    return true;
}
