#include "FieldEditorRow.h"

#include "FieldEditor.h"
#include "MessageLabel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QPushButton *linkStyleButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(
        u"QPushButton { color: #1565c0; text-decoration: underline; padding: 0 4px; border: none; }"_s);
    button->hide();
    return button;
}
} // namespace

FieldEditorRow::FieldEditorRow(FieldEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_message(new MessageLabel(this)),
      m_fix(linkStyleButton(u"fix_"_s + editor->fieldId(), this)),
      m_link(linkStyleButton(u"link_"_s + editor->fieldId(), this)), m_timer(new QTimer(this))
{
    setObjectName(u"row_"_s + editor->fieldId());
    editor->setParent(this);
    m_message->setObjectName(u"message_"_s + editor->fieldId());
    m_message->hide();
    m_fix->setText(tr("Fix"));
    connect(m_fix, &QPushButton::clicked, this, &FieldEditorRow::fixClicked);
    connect(m_link, &QPushButton::clicked, this, &FieldEditorRow::linkClicked);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FieldEditorRow::storeDue);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    buildMessageLine(layout);
}

void FieldEditorRow::buildMessageLine(QLayout *layout)
{
    // One line, reserved: as high as its tallest occupant, shown or not.
    auto *line = new QWidget(this);
    line->setObjectName(u"messageLine_"_s + m_editor->fieldId());
    auto *messageLine = new QHBoxLayout(line);
    messageLine->setContentsMargins(0, 0, 0, 0);
    messageLine->setSpacing(8);
    messageLine->addWidget(m_message, 1);
    messageLine->addWidget(m_fix, 0, Qt::AlignVCenter);
    messageLine->addWidget(m_link, 0, Qt::AlignVCenter);
    const int height = std::max(
        {m_message->fontMetrics().height(), m_fix->sizeHint().height(), m_link->sizeHint().height()});
    line->setFixedHeight(height);
    layout->addWidget(line);
}

QString FieldEditorRow::fieldId() const
{
    return m_editor->fieldId();
}

QLabel *FieldEditorRow::messageLabel() const
{
    return m_message;
}

void FieldEditorRow::clearMessageLine()
{
    m_fixValue.clear();
    m_message->clear();
    m_message->setToolTip(QString());
    m_message->hide();
    m_fix->hide();
    m_link->hide();
}

void FieldEditorRow::setMessages(const QList<ValidationMessage> &messages)
{
    m_messages = messages;
    clearMessageLine();
    if (messages.isEmpty())
        return;
    bool error = false;
    bool warning = false;
    QStringList lines;
    for (const ValidationMessage &m : messages) {
        error = error || m.severity == Severity::Error;
        warning = warning || m.severity == Severity::Warning;
        lines.append(m.text);
        if (m_fixValue.isEmpty() && !m.fix.isEmpty())
            m_fixValue = m.fix;
    }
    const QColor color(error ? u"#c62828"_s : warning ? u"#b26a00"_s : u"#546e7a"_s);
    m_message->setProperty("severity", error ? u"error"_s : warning ? u"warning"_s : u"info"_s);
    m_message->setMessage(lines.join(u'\n'), color);
    m_message->show();
    m_fix->setVisible(!m_fixValue.isEmpty());
    m_fix->setToolTip(m_fixValue.isEmpty() ? QString() : tr("Replace the value with: %1").arg(m_fixValue));
}

void FieldEditorRow::setNote(const QString &text, const QString &linkText)
{
    m_messages.clear();
    clearMessageLine();
    m_message->setProperty("severity", u"note"_s);
    m_message->setMessage(text, QColor(u"#546e7a"_s));
    m_message->show();
    m_link->setText(linkText);
    m_link->setVisible(!linkText.isEmpty());
}

void FieldEditorRow::scheduleStore(int delayMs)
{
    m_timer->start(delayMs);
}

void FieldEditorRow::cancelScheduledStore()
{
    m_timer->stop();
}

bool FieldEditorRow::hasScheduledStore() const
{
    return m_timer->isActive();
}
