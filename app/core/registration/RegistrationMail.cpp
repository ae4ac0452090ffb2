#include "registration/RegistrationMail.h"

#include "profile/Profile.h"
#include "registration/ContactValidators.h"
#include "registration/RegistrationPdf.h"
#include "registration/RegistrationUnit.h"
#include "registration/StampedScan.h"

#include <QFile>

using namespace Qt::StringLiterals;

QString RegistrationMail::attachmentName(const Unit &unit, const QString &suffix)
{
    QString base = unit.name.trimmed();
    // Characters that file systems or mail clients refuse in names.
    for (QChar &c : base)
        if (QStringView(u"/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = u'_';
    if (!base.isEmpty())
        base += u'-';
    return base + RegistrationPdf::formTitle() + u'.' + suffix;
}

bool RegistrationMail::build(const Unit &unit, const Profile &profile, EmlDraft *out, QString *error)
{
    if (profile.mailbox.trimmed().isEmpty()) {
        if (error)
            *error = tr("profile %1 names no mailbox for the registration form").arg(profile.idAndVersion());
        return false;
    }
    // The unit's values go into headers (From, Subject) and the attachment's name: whatever stored them
    // (an older version, an imported package, an edited file), they are checked again here.
    for (const QString &column : {u"name"_s, u"person"_s, u"title"_s, u"phone"_s, u"mobile"_s}) {
        if (const QString p = ContactValidators::checkNoControls(ContactValidators::fieldLabel(column),
                                                                 RegistrationUnit::value(unit, column));
            !p.isEmpty()) {
            if (error)
                *error = p;
            return false;
        }
    }
    if (!unit.email.trimmed().isEmpty()) {
        if (const QString p = ContactValidators::checkEmail(unit.email); !p.isEmpty()) {
            if (error)
                *error = p;
            return false;
        }
    }
    EmlDraft d;
    d.toAddress = profile.mailbox.trimmed();
    d.fromName = unit.person;
    d.fromAddress = unit.email;
    const QString title = RegistrationPdf::formTitle();
    d.subject = unit.name.trimmed().isEmpty() ? title : unit.name.trimmed() + u"—"_s + title;

    EmlDraft::Attachment a;
    const bool stamped = !unit.stampedScan.isEmpty();
    if (stamped) {
        const StampedScan::Kind kind = StampedScan::detectFile(unit.stampedScan, error);
        if (kind == StampedScan::Unknown)
            return false;
        QFile file(unit.stampedScan);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read the stamped scan %1: %2").arg(unit.stampedScan, file.errorString());
            return false;
        }
        a.data = file.readAll();
        a.mimeType = StampedScan::mimeType(kind);
        a.fileName = attachmentName(unit, StampedScan::suffix(kind));
    } else {
        a.data = RegistrationPdf(unit).toPdf(error);
        if (a.data.isEmpty())
            return false;
        a.mimeType = "application/pdf";
        a.fileName = attachmentName(unit, u"pdf"_s);
    }
    d.attachments.append(a);

    QString text = u"您好：\n\n附件为%1的%2%3，请查收。\n\n"_s.arg(
        unit.name.trimmed().isEmpty() ? u"我单位"_s : unit.name.trimmed(), title,
        stamped ? u"（已加盖公章）"_s : QString());
    text += u"负责人姓名：%1\n职务：%2\n座机：%3\n手机：%4\n电子邮箱：%5\n"_s.arg(
        unit.person, unit.title, unit.phone, unit.mobile, unit.email);
    d.body = text;
    if (!d.checkAddresses(error))
        return false;
    *out = d;
    return true;
}

bool RegistrationMail::writeEml(const Unit &unit, const Profile &profile, const QString &path, QString *error)
{
    EmlDraft d;
    if (!build(unit, profile, &d, error))
        return false;
    return d.writeFile(path, error);
}
