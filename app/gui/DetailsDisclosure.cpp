#include "DetailsDisclosure.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DetailsDisclosure::DetailsDisclosure(const QString &name, QWidget *parent)
    : QWidget(parent), m_button(new QToolButton(this)), m_text(new QPlainTextEdit(this))
{
    m_button->setObjectName(name + u"Button"_s);
    m_button->setCheckable(true);
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setArrowType(Qt::RightArrow);
    m_button->setEnabled(false);
    m_text->setObjectName(name);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 8);
    m_text->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    connect(m_button, &QToolButton::toggled, this, [this](bool on) {
        m_text->setVisible(on);
        m_button->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        emit toggled(on);
    });
    retranslate();
}

void DetailsDisclosure::setDetails(const QString &text)
{
    m_text->setPlainText(text);
    m_button->setEnabled(!text.isEmpty());
    if (text.isEmpty())
        setOpen(false);
}

QString DetailsDisclosure::details() const
{
    return m_text->toPlainText();
}

bool DetailsDisclosure::isOpen() const
{
    return m_button->isChecked();
}

void DetailsDisclosure::setOpen(bool open)
{
    m_button->setChecked(open);
}

void DetailsDisclosure::retranslate()
{
    m_button->setText(QCoreApplication::translate("PreviewPanel", "Details")); // the preview's own word
    m_button->setToolTip(tr("Show the technical details (values, formats, commands)."));
}

void DetailsDisclosure::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
