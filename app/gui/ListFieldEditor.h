#pragma once

#include "FieldEditor.h"

class QLabel;
class QLineEdit;

// List fields (主讲人, 关键词): the ';'-joined text as stored, and under it the items as chips, so that
// a wrong separator (one chip "张三；李四" instead of two) shows at a glance. The validator's message
// for '；' '，' '、' carries the normalized list, which the form offers as a one-click fix.
class ListFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    ListFieldEditor(const FieldSpec &spec, const QString &separator, QWidget *parent = nullptr);

    QString value() const override;
    void setValue(const QString &value) override;
    QWidget *inputWidget() const override;

    // The items as the chips show them.
    QStringList items() const;

private:
    void updateChips();

    QString m_separator;
    QLineEdit *m_line;
    QLabel *m_chips;
};
