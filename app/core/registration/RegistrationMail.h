#pragma once

#include "registration/EmlDraft.h"
#include "workspace/Entities.h"

#include <QCoreApplication>

class Profile;

// The e-mail that sends the registration form: to the profile's mailbox, with the stamped scan attached
// when there is one, otherwise the form as PDF. The message text is Chinese, for the recipient; it is part
// of the document, like the form itself, and is not translated.
class RegistrationMail
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationMail)
public:
    static bool build(const Unit &unit, const Profile &profile, EmlDraft *out, QString *error);
    static bool writeEml(const Unit &unit, const Profile &profile, const QString &path, QString *error);
    // The attachment's file name: "<unit>-数字化学习资源报送工作负责人信息登记表.<suffix>".
    static QString attachmentName(const Unit &unit, const QString &suffix);
};
