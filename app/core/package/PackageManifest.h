#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// A BagIt manifest (manifest-sha256.txt or tagmanifest-sha256.txt): "checksum  path" per line, paths
// relative to the bag root with %, CR and LF percent-encoded (RFC 8493 §2.1.3). Written so that
// `sha256sum -c` accepts it. The upload reads a package through this and BagReader.
class PackageManifest
{
    Q_DECLARE_TR_FUNCTIONS(PackageManifest)
public:
    struct Entry
    {
        QString path;
        QString sha256;   // lower-case hex
        qint64 size = -1; // known when written by us; -1 when read from a file
    };

    void add(const QString &path, const QString &sha256, qint64 size = -1)
    {
        m_entries.append({path, sha256, size});
    }
    const QList<Entry> &entries() const { return m_entries; }
    bool contains(const QString &path) const;
    QString checksum(const QString &path) const;
    qint64 totalSize() const;

    QByteArray toText() const;
    // `origin` names the file in messages.
    static bool parse(const QByteArray &text, const QString &origin, PackageManifest *out, QString *error);

private:
    QList<Entry> m_entries;
};
