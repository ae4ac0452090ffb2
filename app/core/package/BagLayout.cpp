#include "package/BagLayout.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString BagLayout::resourceId(const QString &type, int numberInType)
{
    return u"%1-%2"_s.arg(type).arg(numberInType, 4, 10, QLatin1Char('0'));
}

QString BagLayout::resourceDir(const QString &resourceId)
{
    return u"data/resources/"_s + resourceId;
}

QString BagLayout::stampedScanPath(const QString &scanPath)
{
    QString suffix = QFileInfo(scanPath).suffix().toLower();
    if (suffix == "jpeg"_L1)
        suffix = u"jpg"_s;
    if (suffix.isEmpty())
        suffix = u"bin"_s;
    return u"data/registration/stamped."_s + suffix;
}

QString BagLayout::safeFileName(const QString &name)
{
    QString base = name;
    const qsizetype slash = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (slash >= 0)
        base = base.mid(slash + 1);
    QString out;
    out.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || u"<>:\"|?*%"_s.contains(c))
            out += u'_';
        else
            out += c;
    }
    out = out.trimmed();
    while (out.endsWith(u'.'))
        out.chop(1);
    if (out.isEmpty() || out == "."_L1 || out == ".."_L1)
        return u"file"_s;
    return out;
}

QString BagLayout::uniqueName(const QString &name, QStringList *taken)
{
    QString candidate = name;
    const QFileInfo info(name);
    const QString stem = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u"."_s + info.suffix();
    for (int n = 2; taken->contains(candidate, Qt::CaseInsensitive); ++n)
        candidate = u"%1 (%2)%3"_s.arg(stem).arg(n).arg(suffix);
    taken->append(candidate);
    return candidate;
}

bool BagLayout::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\'))
        return false;
    if (path.size() >= 2 && path.at(1) == u':')
        return false; // C:foo
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    const QStringList parts = path.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty() && i == parts.size() - 1 && i > 0)
            continue; // "dir/"
        if (part.isEmpty() || part == "."_L1 || part == ".."_L1)
            return false;
    }
    return true;
}
