#pragma once

#include "FieldEditor.h"

class Profile;
class QComboBox;

// Enum fields: a combo of the rule's values. For the resource type the items are the profile's
// resource types ("A01 视频资源"); changing it rebuilds the form (ResourceEditor).
// A stored value outside the list is kept as an extra item so that it is visible and can be fixed.
class EnumFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    EnumFieldEditor(const FieldSpec &spec, const Profile &profile, QWidget *parent = nullptr);

    QString value() const override;
    void setValue(const QString &value) override;
    QWidget *inputWidget() const override;
    bool storesImmediately() const override { return true; }

private:
    QComboBox *m_combo;
};
