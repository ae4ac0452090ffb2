#pragma once

#include <QJsonObject>
#include <QString>

enum class Severity { Error, Warning, Info };
QString severityName(Severity severity); // "error", "warning", "info" (ASCII, for JSON)

// One finding of a validator: what is wrong, where, and how bad.
struct ValidationMessage
{
    Severity severity = Severity::Error;
    qint64 resourceId = 0; // 0 for batch-level findings
    QString fieldId;       // profile field id, or "" for the resource or batch as a whole
    QString code; // stable ASCII id of the problem: "required", "too_long", "fullwidth_separator" …
    QString text; // translated, for the user
    QString fix;  // a corrected value the UI offers as a one-click fix, or ""
    // Translated technical detail behind the plain `text` (measured and required values, codec names,
    // the ffmpeg command of a fix, file paths): the UI shows it under "Details"; "" when none.
    QString detail;

    bool isError() const { return severity == Severity::Error; }
    QJsonObject toJson() const;
};
