#include "MediaCheckWording.h"

using namespace Qt::StringLiterals;

QString MediaCheckWording::statusText(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass:
        return tr("Pass");
    case CheckResult::Status::Warning:
        return tr("Warning");
    case CheckResult::Status::Fail:
        return tr("Fail");
    case CheckResult::Status::Error:
        break;
    }
    return tr("Error");
}

QString MediaCheckWording::plain(const CheckResult &result, const QString &kind)
{
    const QString lead = result.explain.isEmpty() ? QString() : result.explain + u' ';
    switch (result.status) {
    case CheckResult::Status::Pass:
        return result.explain.isEmpty() ? tr("Meets the standard.") : result.explain;
    case CheckResult::Status::Warning:
        return lead + tr("Acceptable, but worth a look: see Details.");
    case CheckResult::Status::Fail:
        if (kind == "link"_L1)
            return lead + tr("The course does not meet it. Check the course address and the platform's "
                             "protection level and filing number.");
        if (kind == "document"_L1)
            return lead + tr("This file does not meet it. Save the document again from the original.");
        return lead + tr("This file does not meet it. Choose Fix… from the right-click menu, or export the "
                         "file again from the original.");
    case CheckResult::Status::Error:
        break;
    }
    return tr("This rule could not be checked: see Details.");
}

QString MediaCheckWording::details(const CheckReport &report, const QString &path)
{
    QStringList lines;
    if (!path.isEmpty())
        lines.append(path);
    if (!report.error.isEmpty())
        lines.append(tr("Could not be read: %1").arg(report.error));
    // What fails first, as in the table.
    QList<CheckResult> checks = report.checks;
    std::stable_sort(checks.begin(), checks.end(), [](const CheckResult &a, const CheckResult &b) {
        return int(a.status) > int(b.status);
    });
    for (const CheckResult &r : std::as_const(checks)) {
        lines.append(QString());
        lines.append(tr("%1 — %2: %3").arg(r.label(), statusText(r.status), r.message));
        if (!r.expected.isEmpty())
            lines.append(u"  "_s + tr("Expected: %1").arg(r.expected));
        if (!r.actual.isEmpty())
            lines.append(u"  "_s + tr("Actual: %1").arg(r.actual));
        if (!r.hint.isEmpty() && r.status != CheckResult::Status::Pass)
            lines.append(u"  "_s + tr("Fix: %1").arg(r.hint));
    }
    return lines.join(u'\n');
}
