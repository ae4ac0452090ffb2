#pragma once

#include "FieldEditor.h"

class QDateEdit;
class QLineEdit;

// Date fields (创建时间): the text as stored, yyyy-mm-dd, beside a date edit with a calendar popup.
// Picking a date writes its yyyy-mm-dd text; typing a valid date moves the calendar. Near-misses
// such as 2022/3/23 stay as typed and get the validator's one-click fix.
class DateFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit DateFieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    QString value() const override;
    void setValue(const QString &value) override;
    QWidget *inputWidget() const override;

    QDateEdit *dateEdit() const { return m_dateEdit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void syncCalendar();
    QString format() const;

    QLineEdit *m_line;
    QDateEdit *m_dateEdit;
};
