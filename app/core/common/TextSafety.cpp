#include "common/TextSafety.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
bool allowedInMultiLine(QChar c)
{
    return c == u'\n' || c == u'\r' || c == u'\t';
}
} // namespace

bool TextSafety::isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

bool TextSafety::isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x0A || u == 0x0B || u == 0x0C || u == 0x0D || u == 0x85 || u == 0x2028 || u == 0x2029;
}

bool TextSafety::hasControl(QStringView text, bool multiLine)
{
    for (const QChar c : text)
        if (isControl(c) && !(multiLine && allowedInMultiLine(c)))
            return true;
    return false;
}

QString TextSafety::describeControls(QStringView text, bool multiLine)
{
    QStringList found;
    for (const QChar c : text) {
        if (!isControl(c) || (multiLine && allowedInMultiLine(c)))
            continue;
        const QString name =
            u"U+"_s + QString::number(uint(c.unicode()), 16).toUpper().rightJustified(4, u'0');
        if (!found.contains(name))
            found.append(name);
    }
    return found.join(u", "_s);
}

QString TextSafety::oneLine(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isLineBreak(c) || c == u'\t')
            out.append(u' ');
        else if (!isControl(c))
            out.append(c);
    }
    return out;
}

QString TextSafety::withoutControls(QStringView text, bool multiLine)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!isControl(c) || (multiLine && allowedInMultiLine(c)))
            out.append(c);
    return out;
}
