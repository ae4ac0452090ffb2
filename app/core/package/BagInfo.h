#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// bag-info.txt (RFC 8493 §2.2.2): ordered "Label: value" lines; a line starting with whitespace
// continues the previous value.
class BagInfo
{
public:
    void add(const QString &label, const QString &value) { m_entries.append({label, value}); }
    void set(const QString &label, const QString &value);
    QString value(const QString &label) const; // the first value with this label (case-insensitive)
    bool contains(const QString &label) const;
    const QList<QPair<QString, QString>> &entries() const { return m_entries; }

    QByteArray toText() const;
    static bool parse(const QByteArray &text, BagInfo *out, QString *error);

    // Payload-Oxum "octets.count"; false when malformed.
    static QString oxum(qint64 octets, qint64 count);
    static bool parseOxum(const QString &text, qint64 *octets, qint64 *count);

private:
    QList<QPair<QString, QString>> m_entries;
};
