#pragma once

#include <QString>

// Field-level checks of the contact registration form (attachment 3, SPEC.md §5), shared by the
// GUI (as typed), the CLI verbs `registration` and `unit`, and the package export.
// Every function returns an empty string when the value is valid, otherwise a message for the user
// that names the field.
namespace ContactValidators {

// 手机: 1[3-9] followed by 9 digits; an optional +86 (or 86) prefix; spaces and dashes are ignored.
QString checkMobile(const QString &value);
// 座机: area code 0 + 2–3 digits, '-', a 7–8 digit number, optional extension "-1234" or "转1234".
QString checkLandline(const QString &value);
// 电子邮箱: practical RFC 5322 local@domain.tld; Chinese (IDN) domains allowed.
QString checkEmail(const QString &value);
// No line breaks, tabs or other control characters: unit values end up in the e-mail draft's headers and
// in bag-info.txt, where a line break would start a header or a line of its own.
QString checkNoControls(const QString &label, const QString &value);
// Non-empty after trimming; label is the field's user-visible name.
QString checkRequired(const QString &label, const QString &value);
// Dispatches on a UnitStore column name ("name", "person", "title", "phone", "mobile", "email";
// "stamped_scan" is accepted as is). An unknown column gives a message.
QString checkUnitField(const QString &column, const QString &value);

// The mobile number reduced to its 11 digits (prefix, spaces and dashes removed), or empty when invalid.
QString normalizedMobile(const QString &value);
// The user-visible label of a UnitStore column ("Unit name", "Responsible person", …).
QString fieldLabel(const QString &column);

} // namespace ContactValidators
