#include "FieldEditor.h"

#include <QEvent>

using namespace Qt::StringLiterals;

FieldEditor::FieldEditor(const FieldSpec &spec, QWidget *parent) : QWidget(parent), m_spec(spec)
{
    setObjectName(u"editor_"_s + spec.id);
}

void FieldEditor::watchFocus(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        emit committed();
    return QWidget::eventFilter(watched, event);
}

void FieldEditor::decorateInput(QWidget *widget, const QString &suffix)
{
    widget->setObjectName(u"field_"_s + m_spec.id + suffix);
    const QString help = m_spec.help.text();
    if (!help.isEmpty())
        widget->setToolTip(help);
    widget->setAccessibleName(m_spec.label.text());
    if (!help.isEmpty())
        widget->setAccessibleDescription(help);
}

QString FieldEditor::placeholderText() const
{
    return m_spec.example.isEmpty() ? QString() : tr("e.g. %1").arg(m_spec.example);
}
