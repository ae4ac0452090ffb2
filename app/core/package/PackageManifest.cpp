#include "package/PackageManifest.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString encodePath(QString path)
{
    path.replace(u'%', u"%25"_s);
    path.replace(u'\n', u"%0A"_s);
    path.replace(u'\r', u"%0D"_s);
    return path;
}

QString decodePath(QString path)
{
    path.replace(u"%0A"_s, u"\n"_s, Qt::CaseInsensitive);
    path.replace(u"%0D"_s, u"\r"_s, Qt::CaseInsensitive);
    path.replace(u"%25"_s, u"%"_s);
    return path;
}
} // namespace

bool PackageManifest::contains(const QString &path) const
{
    for (const Entry &e : m_entries)
        if (e.path == path)
            return true;
    return false;
}

QString PackageManifest::checksum(const QString &path) const
{
    for (const Entry &e : m_entries)
        if (e.path == path)
            return e.sha256;
    return {};
}

qint64 PackageManifest::totalSize() const
{
    qint64 total = 0;
    for (const Entry &e : m_entries)
        total += std::max<qint64>(e.size, 0);
    return total;
}

QByteArray PackageManifest::toText() const
{
    QByteArray text;
    for (const Entry &e : m_entries)
        text += e.sha256.toLatin1() + "  " + encodePath(e.path).toUtf8() + '\n';
    return text;
}

bool PackageManifest::parse(const QByteArray &text, const QString &origin, PackageManifest *out,
                            QString *error)
{
    *out = PackageManifest();
    static const QRegularExpression line(u"^([0-9a-fA-F]{64})[ \\t]+\\*?(.+)$"_s);
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    int number = 0;
    for (QString l : lines) {
        ++number;
        if (l.endsWith(u'\r'))
            l.chop(1);
        if (l.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = line.match(l);
        if (!m.hasMatch()) {
            if (error)
                *error = tr("%1 line %2: not \"checksum path\"").arg(origin).arg(number);
            return false;
        }
        out->add(decodePath(m.captured(2)), m.captured(1).toLower());
    }
    return true;
}
