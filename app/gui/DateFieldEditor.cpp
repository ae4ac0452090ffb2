#include "DateFieldEditor.h"

#include <QCalendarWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DateFieldEditor::DateFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent), m_line(new QLineEdit(this)), m_button(new QToolButton(this))
{
    m_line->setPlaceholderText(placeholderText());
    m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(u"e.g. 0000-00-00000"_s) + 40);
    decorateInput(m_line);
    watchFocus(m_line);
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_line, &QLineEdit::returnPressed, this, &FieldEditor::committed);

    m_button->setObjectName(u"field_"_s + spec.id + u"_calendar"_s);
    m_button->setIcon(QIcon::fromTheme(u"x-office-calendar"_s));
    m_button->setText(tr("Calendar…"));
    m_button->setToolButtonStyle(m_button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    m_button->setToolTip(tr("Pick the date in a calendar"));
    m_button->setAccessibleName(tr("%1, calendar").arg(spec.label.text()));
    connect(m_button, &QToolButton::clicked, this, &DateFieldEditor::showCalendar);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_line);
    layout->addWidget(m_button);
    layout->addStretch(1);
    setFocusProxy(m_line);
}

QString DateFieldEditor::format() const
{
    const QString f = spec().rule.value("format"_L1).toString();
    return f.isEmpty() ? u"yyyy-MM-dd"_s : f;
}

QString DateFieldEditor::value() const
{
    return m_line->text();
}

void DateFieldEditor::setValue(const QString &value)
{
    const QSignalBlocker block(m_line);
    m_line->setText(value);
}

void DateFieldEditor::setPlaceholder(const QString &text)
{
    m_line->setPlaceholderText(text);
}

void DateFieldEditor::showCalendar()
{
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setObjectName(u"field_"_s + spec().id + u"_calendarPopup"_s);
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(u"field_"_s + spec().id + u"_calendarView"_s);
        m_calendar->setGridVisible(true);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(1, 1, 1, 1);
        layout->addWidget(m_calendar);
        // A click on a day, or Return on it, is the choice.
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateFieldEditor::pick);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateFieldEditor::pick);
    }
    const QDate typed = QDate::fromString(m_line->text().trimmed(), format());
    const QDate shown = typed.isValid() ? typed : QDate::currentDate();
    {
        const QSignalBlocker block(m_calendar);
        m_calendar->setSelectedDate(shown);
        m_calendar->setCurrentPage(shown.year(), shown.month());
    }
    m_popup->adjustSize();
    m_popup->move(m_line->mapToGlobal(QPoint(0, m_line->height())));
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateFieldEditor::pick(QDate date)
{
    if (m_popup)
        m_popup->hide();
    if (!date.isValid())
        return;
    m_line->setText(date.toString(format()));
    emit edited();
    emit committed(); // a pick is a finished choice: stored at once
    m_line->setFocus(Qt::OtherFocusReason);
}

QWidget *DateFieldEditor::inputWidget() const
{
    return m_line;
}
