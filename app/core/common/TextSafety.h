#pragma once

#include <QString>
#include <QStringView>

// Values typed, imported from a spreadsheet or a package, or given on the command line end up in headers
// and line-based files (the e-mail draft, bag-info.txt, metadata.xml). These helpers find and remove the
// characters that would break those formats or inject lines into them.
namespace TextSafety {

// C0 and C1 control characters and DEL (U+0000–U+001F, U+007F–U+009F).
bool isControl(QChar c);
// Characters that end a line somewhere: CR, LF, VT, FF, NEL, U+2028, U+2029.
bool isLineBreak(QChar c);

// Whether `text` holds a control character; CR, LF and TAB are allowed when `multiLine`.
bool hasControl(QStringView text, bool multiLine = false);
// A readable list of the control characters in `text` ("U+000D, U+000A"), for messages.
QString describeControls(QStringView text, bool multiLine = false);

// `text` on one line: every line break and tab becomes a space, other control characters are left out.
QString oneLine(QStringView text);
// `text` with the control characters left out; CR, LF and TAB kept when `multiLine`.
QString withoutControls(QStringView text, bool multiLine);

} // namespace TextSafety
