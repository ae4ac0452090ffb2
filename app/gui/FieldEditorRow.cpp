#include "FieldEditorRow.h"

#include "FieldEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FieldEditorRow::FieldEditorRow(FieldEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_message(new QLabel(this)), m_fix(new QPushButton(this)),
      m_timer(new QTimer(this))
{
    setObjectName(u"row_"_s + editor->fieldId());
    editor->setParent(this);
    m_message->setObjectName(u"message_"_s + editor->fieldId());
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_fix->setObjectName(u"fix_"_s + editor->fieldId());
    m_fix->setText(tr("Fix"));
    m_fix->setFlat(true);
    m_fix->setCursor(Qt::PointingHandCursor);
    m_fix->setStyleSheet(
        u"QPushButton { color: #1565c0; text-decoration: underline; padding: 0 4px; border: none; }"_s);
    m_fix->hide();
    connect(m_fix, &QPushButton::clicked, this, &FieldEditorRow::fixClicked);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FieldEditorRow::storeDue);

    auto *messageLine = new QHBoxLayout;
    messageLine->setContentsMargins(0, 0, 0, 0);
    messageLine->setSpacing(8);
    messageLine->addWidget(m_message, 1);
    messageLine->addWidget(m_fix, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addLayout(messageLine);
}

QString FieldEditorRow::fieldId() const
{
    return m_editor->fieldId();
}

void FieldEditorRow::setMessages(const QList<ValidationMessage> &messages)
{
    m_messages = messages;
    m_fixValue.clear();
    if (messages.isEmpty()) {
        m_message->clear();
        m_message->hide();
        m_fix->hide();
        return;
    }
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
    const QString color = error ? u"#c62828"_s : warning ? u"#b26a00"_s : u"#546e7a"_s;
    m_message->setStyleSheet(u"color: %1;"_s.arg(color));
    m_message->setProperty("severity", error ? u"error"_s : warning ? u"warning"_s : u"info"_s);
    m_message->setText(lines.join(u'\n'));
    m_message->show();
    m_fix->setVisible(!m_fixValue.isEmpty());
    m_fix->setToolTip(m_fixValue.isEmpty() ? QString() : tr("Replace the value with: %1").arg(m_fixValue));
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
