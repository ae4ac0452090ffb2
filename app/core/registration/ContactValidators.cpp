#include "registration/ContactValidators.h"

#include "common/TextSafety.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// Spaces (ASCII and ideographic) and dashes (ASCII, full-width, en dash) are ignored in mobile numbers.
QString withoutSeparators(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c.isSpace() || c == u'-' || c == u'\uFF0D' || c == u'\u2013' || c == u'\u2014')
            continue;
        out.append(c);
    }
    return out;
}
} // namespace

QString ContactValidators::fieldLabel(const QString &column)
{
    if (column == "name"_L1)
        return QCoreApplication::translate("ContactValidators", "Province/unit name");
    if (column == "person"_L1)
        return QCoreApplication::translate("ContactValidators", "Responsible person");
    if (column == "title"_L1)
        return QCoreApplication::translate("ContactValidators", "Position");
    if (column == "phone"_L1)
        return QCoreApplication::translate("ContactValidators", "Landline");
    if (column == "mobile"_L1)
        return QCoreApplication::translate("ContactValidators", "Mobile");
    if (column == "email"_L1)
        return QCoreApplication::translate("ContactValidators", "E-mail");
    if (column == "stamped_scan"_L1)
        return QCoreApplication::translate("ContactValidators", "Stamped scan");
    return column;
}

QString ContactValidators::normalizedMobile(const QString &value)
{
    QString digits = withoutSeparators(value);
    if (digits.startsWith("+86"_L1))
        digits.remove(0, 3);
    else if (digits.startsWith("0086"_L1))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith("86"_L1))
        digits.remove(0, 2);
    static const QRegularExpression re(u"^1[3-9][0-9]{9}$"_s);
    return re.match(digits).hasMatch() ? digits : QString();
}

QString ContactValidators::checkNoControls(const QString &label, const QString &value)
{
    if (!TextSafety::hasControl(value))
        return {};
    return QCoreApplication::translate(
               "ContactValidators", "%1 \"%2\" contains control characters (%3): line breaks, tabs and other "
                                    "control characters are not allowed")
        .arg(label, TextSafety::oneLine(value).trimmed(), TextSafety::describeControls(value));
}

QString ContactValidators::checkRequired(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QCoreApplication::translate("ContactValidators", "%1 is required").arg(label);
    return {};
}

QString ContactValidators::checkMobile(const QString &value)
{
    const QString label = fieldLabel(u"mobile"_s);
    if (QString e = checkRequired(label, value); !e.isEmpty())
        return e;
    if (normalizedMobile(value).isEmpty())
        return QCoreApplication::translate(
                   "ContactValidators",
                   "%1 \"%2\" is not a mainland mobile number: expected 11 digits starting with 13–19, "
                   "optionally with +86 (e.g. 138 0013 8000)")
            .arg(label, value.trimmed());
    return {};
}

QString ContactValidators::checkLandline(const QString &value)
{
    const QString label = fieldLabel(u"phone"_s);
    if (QString e = checkRequired(label, value); !e.isEmpty())
        return e;
    // Area code 0 + 2–3 digits, '-', 7–8 digits, optional extension "-123" or "转123".
    static const QRegularExpression re(u"^0[0-9]{2,3}-[0-9]{7,8}(?:(?:-|转)[0-9]{1,6})?$"_s);
    if (!re.match(value.trimmed()).hasMatch())
        return QCoreApplication::translate(
                   "ContactValidators",
                   "%1 \"%2\" is not a landline number: expected area code and number with a dash, "
                   "optionally an extension (e.g. 010-66096459, 0755-12345678-801, 010-66096459转1234)")
            .arg(label, value.trimmed());
    return {};
}

QString ContactValidators::checkEmail(const QString &value)
{
    const QString label = fieldLabel(u"email"_s);
    if (QString e = checkRequired(label, value); !e.isEmpty())
        return e;
    if (QString e = checkNoControls(label, value); !e.isEmpty())
        return e;
    const QString v = value.trimmed();
    // Practical RFC 5322: a dot-atom local part (ASCII) and a domain of two or more labels; labels and the
    // top-level domain may be Chinese (IDN) or punycode.
    static const QRegularExpression re(
        uR"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
        uR"(@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+)"
        uR"((?:[A-Za-z]{2,63}|\p{Lo}{1,63}|xn--[A-Za-z0-9-]{1,59})$)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype at = v.lastIndexOf(u'@');
    if (!re.match(v).hasMatch() || v.size() > 254 || at > 64)
        return QCoreApplication::translate(
                   "ContactValidators",
                   "%1 \"%2\" is not an e-mail address: expected name@domain.tld (e.g. le@ouchn.edu.cn)")
            .arg(label, v);
    return {};
}

QString ContactValidators::checkUnitField(const QString &column, const QString &value)
{
    static const QStringList known{u"name"_s,   u"person"_s, u"title"_s,       u"phone"_s,
                                   u"mobile"_s, u"email"_s,  u"stamped_scan"_s};
    if (known.contains(column)) {
        if (QString e = checkNoControls(fieldLabel(column), value); !e.isEmpty())
            return e;
    }
    if (column == "phone"_L1)
        return checkLandline(value);
    if (column == "mobile"_L1)
        return checkMobile(value);
    if (column == "email"_L1)
        return checkEmail(value);
    if (column == "name"_L1 || column == "person"_L1 || column == "title"_L1)
        return checkRequired(fieldLabel(column), value);
    if (column == "stamped_scan"_L1)
        return {};
    return QCoreApplication::translate(
               "ContactValidators",
               "unknown unit field \"%1\" (expected name, person, title, phone, mobile or email)")
        .arg(column);
}
