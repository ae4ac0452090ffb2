#pragma once

#include "FieldEditor.h"

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

// Date fields (创建时间): one line edit holding the text as stored, in the profile's format (yyyy-MM-dd, or
// yyyy-MM when the profile says so), with a calendar button at its end. Picking a day writes its text in
// that format and stores it; typing a valid date opens the calendar on it next time. Near-misses such as
// 2022/3/23 stay as typed and get the validator's one-click fix.
// Object names: field_<id> (the line edit), field_<id>_calendar (the button), field_<id>_calendarPopup.
class DateFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit DateFieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    QString value() const override;
    void setValue(const QString &value) override;
    QWidget *inputWidget() const override;
    void setPlaceholder(const QString &text) override;

    QToolButton *calendarButton() const { return m_button; }
    // The popup's calendar; nullptr until the popup was first opened.
    QCalendarWidget *calendar() const { return m_calendar; }
    // Opens the calendar under the field, on the typed date or on this month.
    void showCalendar();

private:
    void pick(QDate date);
    QString format() const;

    QLineEdit *m_line;
    QToolButton *m_button;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};
