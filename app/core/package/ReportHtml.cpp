#include "package/ReportHtml.h"

#include "package/PackageTexts.h"
#include "profile/Profile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A technical rule's name in the profile's language ("帧率" for "frame_rate"), or its id.
QString ruleName(const Profile &profile, const QString &ruleId)
{
    for (auto kind = profile.technical.constBegin(); kind != profile.technical.constEnd(); ++kind) {
        const QJsonValue name = kind.value().toObject().value(ruleId).toObject().value("name"_L1);
        if (!name.isUndefined())
            return LocalizedText::fromJson(name).in(profile.language);
    }
    return ruleId;
}

// One technical check (ExportChecks::summary): verdict and time of the check, then every rule with
// its status, expected and actual values.
void technicalTable(QString &h, const QString &caption, const QJsonObject &check, const Profile &profile,
                    const PackageTexts &t)
{
    const QString verdict = check.value("verdict"_L1).toString();
    const QString at = check.value("checked_at"_L1).toString();
    h += u"<table class=\"technical\"><caption>"_s + esc(caption) + u" — "_s + esc(t.status(verdict)) +
         u" ("_s + esc(t(u"checked %1"_s).arg(at)) + u")</caption>"_s;
    h += u"<tr><th>"_s + esc(t(u"Rule"_s)) + u"</th><th>"_s + esc(t(u"Status"_s)) + u"</th><th>"_s +
         esc(t(u"Expected"_s)) + u"</th><th>"_s + esc(t(u"Actual"_s)) + u"</th><th>"_s +
         esc(t(u"Finding"_s)) + u"</th></tr>"_s;
    if (check.contains("error"_L1))
        h += u"<tr class=\"error\"><td></td><td>"_s + esc(t.status(u"error"_s)) +
             u"</td><td></td><td></td><td>"_s + esc(check.value("error"_L1).toString()) + u"</td></tr>"_s;
    const QJsonArray checks = check.value("checks"_L1).toArray();
    for (const QJsonValue &v : checks) {
        const QJsonObject c = v.toObject();
        const QString status = c.value("status"_L1).toString();
        const QString cls = status == "fail"_L1 || status == "error"_L1 ? u"error"_s
                            : status == "warning"_L1                    ? u"warning"_s
                                                                        : QString();
        h += u"<tr class=\""_s + cls + u"\"><td>"_s + esc(ruleName(profile, c.value("id"_L1).toString())) +
             u"</td><td>"_s + esc(t.status(status)) + u"</td><td>"_s +
             esc(c.value("expected"_L1).toString()) + u"</td><td>"_s + esc(c.value("actual"_L1).toString()) +
             u"</td><td>"_s + esc(c.value("message"_L1).toString()) + u"</td></tr>"_s;
    }
    h += u"</table>\n"_s;
}
} // namespace

QByteArray ReportHtml::write(const PackageContent &content, const Profile &profile,
                             const ValidationReport &report,
                             const QMap<qint64, QString> &resourceIdsByWorkspaceId)
{
    // In the profile's language, not the UI's (PackageTexts).
    const PackageTexts t(profile.language);
    QString h;
    h += u"<!DOCTYPE html>\n<html lang=\""_s + t.htmlLanguage() +
         u"\"><head><meta charset=\"utf-8\"><title>"_s + esc(t(u"Check report"_s)) + u" — "_s +
         esc(content.batchName) + u"</title>\n"_s;
    h +=
        u"<style>@page{size:A4;margin:15mm} body{font-family:sans-serif;font-size:10pt} "
        "table{border-collapse:collapse;width:100%;margin-bottom:1em} td,th{border:1px solid #888;padding:2px 4px;"
        "vertical-align:top;text-align:left} caption{text-align:left;font-weight:bold} .error{color:#a00} .warning{color:#a60} .mono{font-family:monospace;"
        "font-size:8pt;word-break:break-all} h2{page-break-after:avoid} section{page-break-inside:avoid}</style>"
        "</head><body>\n"_s;
    h += u"<h1>"_s + esc(t(u"Check report"_s)) + u"</h1>\n<table>"_s;
    auto row = [&h](const QString &k, const QString &v) {
        h += u"<tr><th>"_s + esc(k) + u"</th><td>"_s + esc(v) + u"</td></tr>"_s;
    };
    row(t(u"Unit"_s), content.unit.name);
    row(t(u"Responsible person"_s), content.unit.person);
    row(t(u"Batch"_s), content.batchName);
    row(t(u"Profile"_s), content.profileId + u" "_s + content.profileVersion);
    row(t(u"Created"_s), content.created.toUTC().toString(Qt::ISODate));
    row(t(u"Resources"_s), QString::number(content.resources.size()));
    row(t(u"Errors / warnings"_s), u"%1 / %2"_s.arg(report.errorCount()).arg(report.warningCount()));
    if (content.draft)
        row(t(u"Status"_s), t(u"DRAFT: not ready for submission"_s));
    h += u"</table>\n"_s;

    auto messagesTable = [&h, &t, &profile](const QList<ValidationMessage> &messages) {
        if (messages.isEmpty())
            return;
        h += u"<table><tr><th>"_s + esc(t(u"Severity"_s)) + u"</th><th>"_s + esc(t(u"Field"_s)) +
             u"</th><th>"_s + esc(t(u"Finding"_s)) + u"</th></tr>"_s;
        for (const ValidationMessage &m : messages) {
            const FieldSpec *spec = profile.field(m.fieldId);
            h += u"<tr class=\""_s + severityName(m.severity) + u"\"><td>"_s +
                 esc(t.status(severityName(m.severity))) + u"</td><td>"_s +
                 esc(spec ? spec->label.in(profile.language) : m.fieldId) + u"</td><td>"_s + esc(m.text) +
                 u"</td></tr>"_s;
        }
        h += u"</table>\n"_s;
    };
    QList<ValidationMessage> batchLevel;
    for (const ValidationMessage &m : report.messages())
        if (m.resourceId == 0 || !resourceIdsByWorkspaceId.contains(m.resourceId))
            batchLevel.append(m);
    if (!batchLevel.isEmpty()) {
        h += u"<h2>"_s + esc(t(u"Batch"_s)) + u"</h2>\n"_s;
        messagesTable(batchLevel);
    }
    for (const PackageResource &r : content.resources) {
        h += u"<section><h2>"_s + esc(r.id) + u" "_s +
             esc(profile.valueWithRole(FieldRole::Title, r.type, r.values)) + u"</h2>\n<table>"_s;
        for (const FieldSpec *spec : profile.fieldsFor(r.type))
            if (spec->kind != FieldKind::Xml)
                row(spec->label.in(profile.language), r.values.value(spec->id));
        h += u"</table>\n<table><tr><th>"_s + esc(t(u"File"_s)) + u"</th><th>"_s + esc(t(u"Bytes"_s)) +
             u"</th><th>SHA-256</th></tr>"_s;
        for (const PackageFile &f : r.files)
            h += u"<tr><td>"_s + esc(f.path) + u"</td><td>"_s + QString::number(f.size) +
                 u"</td><td class=\"mono\">"_s + esc(f.sha256) + u"</td></tr>"_s;
        h += u"</table>\n"_s;
        for (const PackageFile &f : r.files)
            if (!f.check.isEmpty())
                technicalTable(h, t(u"Technical check of %1"_s).arg(f.path), f.check, profile, t);
        if (!r.linkCheck.isEmpty())
            technicalTable(
                h,
                t(u"Link check of %1"_s).arg(profile.valueWithRole(FieldRole::CourseUrl, r.type, r.values)),
                r.linkCheck, profile, t);
        const qint64 workspaceId = resourceIdsByWorkspaceId.key(r.id, 0);
        if (workspaceId)
            messagesTable(report.forResource(workspaceId));
        h += u"</section>\n"_s;
    }
    h += u"</body></html>\n"_s;
    return h.toUtf8();
}
