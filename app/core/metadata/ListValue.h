#pragma once

#include <QString>
#include <QStringList>

// List fields (主讲人, 关键词) are one string with items separated by the ASCII ';'.
namespace ListValue {
// The full-width or Chinese separators users type by mistake: '；' '，' '、' (and ASCII ',').
QString wrongSeparators();
bool hasWrongSeparator(const QString &value);
// Items split at the separator and trimmed (empty items kept, so that validators can report them).
QStringList split(const QString &value, const QString &separator);
// The one-click fix: wrong separators become the separator, full-width parentheses become ASCII
// when normalizeParentheses, items trimmed, empty items dropped.
QString normalized(const QString &value, const QString &separator, bool normalizeParentheses);
QString join(const QStringList &items, const QString &separator);
} // namespace ListValue
