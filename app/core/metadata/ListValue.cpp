#include "metadata/ListValue.h"

using namespace Qt::StringLiterals;

QString ListValue::wrongSeparators()
{
    return u"；，、,"_s;
}

bool ListValue::hasWrongSeparator(const QString &value)
{
    const QString wrong = wrongSeparators();
    for (const QChar c : value)
        if (wrong.contains(c))
            return true;
    return false;
}

QStringList ListValue::split(const QString &value, const QString &separator)
{
    QStringList items = value.split(separator);
    for (QString &item : items)
        item = item.trimmed();
    return items;
}

QString ListValue::normalized(const QString &value, const QString &separator, bool normalizeParentheses)
{
    QString text = value;
    for (const QChar c : wrongSeparators())
        text.replace(c, separator);
    if (normalizeParentheses) {
        text.replace(u'（', u'(');
        text.replace(u'）', u')');
    }
    QStringList items = split(text, separator);
    items.removeIf([](const QString &s) { return s.isEmpty(); });
    return items.join(separator);
}

QString ListValue::join(const QStringList &items, const QString &separator)
{
    return items.join(separator);
}
