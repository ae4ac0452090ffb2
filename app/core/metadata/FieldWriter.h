#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationMessage.h"
#include "profile/Profile.h"
#include "workspace/Entities.h"

#include <QCoreApplication>

class Workspace;

// Writes one field of a resource to the workspace, wherever the field lives: "type" in the resource row,
// image fields (the cover) as an attached file of that role, everything else as a field value.
// The editor's undo commands and `submitdesk-cli set` both go through here.
class FieldWriter
{
    Q_DECLARE_TR_FUNCTIONS(FieldWriter)
public:
    FieldWriter(Workspace &workspace, const Profile &profile) : m_workspace(workspace), m_profile(profile) {}

    // The value the field has now, as an editor shows it (the cover's path for image fields).
    QString read(qint64 resourceId, const QString &fieldId) const;
    // Stores the value as given (drafts may hold invalid values; the editor shows why).
    bool write(qint64 resourceId, const QString &fieldId, const QString &value, QString *error);
    struct Assignment
    {
        QString fieldId;
        QString value;
    };
    // Several fields at once, all or nothing: every value is validated first (an empty value clears the
    // field, refused when the field is required for the resource's type; a type must be one of the
    // profile's and fit the attached media), then all are written in one transaction. False with
    // *error when anything was refused or could not be stored; nothing is stored then.
    bool writeAll(qint64 resourceId, const QList<Assignment> &assignments, const ValidationContext &context,
                  QList<ValidationMessage> *messages, QString *error);

private:
    QList<ValidationMessage> checkType(const Resource &resource, const QString &type) const;
    Workspace &m_workspace;
    const Profile &m_profile;
};
