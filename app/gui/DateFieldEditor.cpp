#include "DateFieldEditor.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace {
// The date edit's "not set" value (shown as special text); never a real creation date.
const QDate kNoDate(1900, 1, 1);
} // namespace

using namespace Qt::StringLiterals;

DateFieldEditor::DateFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent), m_line(new QLineEdit(this)), m_dateEdit(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_line->setPlaceholderText(placeholderText());
    m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(u"0000-00-00000"_s) + 40);
    decorateInput(m_line);
    watchFocus(m_line);
    connect(m_line, &QLineEdit::textEdited, this, [this] {
        syncCalendar();
        emit edited();
    });
    connect(m_line, &QLineEdit::returnPressed, this, &FieldEditor::committed);

    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(format());
    // An empty field shows "not set" rather than a date nobody chose; the popup then opens on this month.
    m_dateEdit->setMinimumDate(kNoDate);
    m_dateEdit->setSpecialValueText(tr("not set"));
    m_dateEdit->setDate(kNoDate);
    m_dateEdit->calendarWidget()->installEventFilter(this);
    m_dateEdit->setObjectName(u"field_"_s + spec.id + u"_calendar"_s);
    m_dateEdit->setToolTip(tr("Pick the date in a calendar"));
    m_dateEdit->setAccessibleName(tr("%1, calendar").arg(spec.label.text()));
    watchFocus(m_dateEdit);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (date == kNoDate)
            return;
        {
            const QSignalBlocker block(m_line);
            m_line->setText(date.toString(format()));
        }
        emit edited();
    });
    // A click in the popup calendar is a finished choice: store it at once.
    connect(m_dateEdit->calendarWidget(), &QCalendarWidget::clicked, this, &FieldEditor::committed,
            Qt::QueuedConnection);

    layout->addWidget(m_line);
    layout->addWidget(m_dateEdit);
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
    {
        const QSignalBlocker block(m_line);
        m_line->setText(value);
    }
    syncCalendar();
}

void DateFieldEditor::syncCalendar()
{
    const QDate date = QDate::fromString(m_line->text().trimmed(), format());
    const QSignalBlocker block(m_dateEdit);
    m_dateEdit->setDate(date.isValid() && date > kNoDate ? date : kNoDate);
}

bool DateFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dateEdit->calendarWidget() && event->type() == QEvent::Show &&
        m_dateEdit->date() == kNoDate) {
        const QDate today = QDate::currentDate();
        m_dateEdit->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return FieldEditor::eventFilter(watched, event);
}

QWidget *DateFieldEditor::inputWidget() const
{
    return m_line;
}
