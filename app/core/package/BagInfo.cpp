#include "package/BagInfo.h"

#include "common/TextSafety.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

void BagInfo::set(const QString &label, const QString &value)
{
    for (auto &e : m_entries) {
        if (e.first.compare(label, Qt::CaseInsensitive) == 0) {
            e.second = value;
            return;
        }
    }
    add(label, value);
}

QString BagInfo::value(const QString &label) const
{
    for (const auto &e : m_entries)
        if (e.first.compare(label, Qt::CaseInsensitive) == 0)
            return e.second;
    return {};
}

bool BagInfo::contains(const QString &label) const
{
    for (const auto &e : m_entries)
        if (e.first.compare(label, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

namespace {
// A value as lines of bag-info.txt: every kind of line break (CR LF, a lone CR, VT, FF, NEL, U+2028/9)
// starts a continuation line, a tab becomes a space and other control characters are left out, so that no
// value can start a "Label: value" line of its own.
QString valueLines(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\r' && i + 1 < value.size() && value.at(i + 1) == u'\n')
            continue; // CR LF is one break
        if (TextSafety::isLineBreak(c))
            out += u"\n  "_s;
        else if (c == u'\t')
            out += u' ';
        else if (!TextSafety::isControl(c))
            out += c;
    }
    return out;
}
} // namespace

QByteArray BagInfo::toText() const
{
    QString text;
    for (const auto &e : m_entries) {
        QString label = TextSafety::oneLine(e.first);
        label.remove(u':');
        text += label + u": "_s + valueLines(e.second) + u'\n';
    }
    return text.toUtf8();
}

bool BagInfo::parse(const QByteArray &text, BagInfo *out, QString *error)
{
    *out = BagInfo();
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    int number = 0;
    for (QString line : lines) {
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.at(0).isSpace()) {
            if (out->m_entries.isEmpty()) {
                if (error)
                    *error = QCoreApplication::translate("BagInfo",
                                                         "bag-info.txt line %1: continuation without a label")
                                 .arg(number);
                return false;
            }
            out->m_entries.last().second += u'\n' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            if (error)
                *error = QCoreApplication::translate("BagInfo", "bag-info.txt line %1: no \"Label: value\"")
                             .arg(number);
            return false;
        }
        out->add(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return true;
}

QString BagInfo::oxum(qint64 octets, qint64 count)
{
    return u"%1.%2"_s.arg(octets).arg(count);
}

bool BagInfo::parseOxum(const QString &text, qint64 *octets, qint64 *count)
{
    const QStringList parts = text.trimmed().split(u'.');
    if (parts.size() != 2)
        return false;
    bool ok1 = false, ok2 = false;
    *octets = parts.at(0).toLongLong(&ok1);
    *count = parts.at(1).toLongLong(&ok2);
    return ok1 && ok2 && *octets >= 0 && *count >= 0;
}
