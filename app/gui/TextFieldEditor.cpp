#include "TextFieldEditor.h"

#include <QFontMetrics>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TextFieldEditor::TextFieldEditor(const FieldSpec &spec, QWidget *parent) : FieldEditor(spec, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (spec.kind == FieldKind::Text && spec.rule.value("multi_line"_L1).toBool()) {
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setPlaceholderText(placeholderText());
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        decorateInput(m_text);
        watchFocus(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        layout->addWidget(m_text);
        setFocusProxy(m_text);
        return;
    }
    m_line = new QLineEdit(this);
    m_line->setPlaceholderText(placeholderText());
    m_line->setClearButtonEnabled(true);
    if (spec.kind == FieldKind::Integer) {
        // Digits only while typing; the inline message still explains a pasted or imported bad value.
        m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,18}"_s), m_line));
        m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(u"0"_s) * 20 + 24);
    }
    if (spec.kind == FieldKind::Url)
        m_line->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    decorateInput(m_line);
    watchFocus(m_line);
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_line, &QLineEdit::returnPressed, this, &FieldEditor::committed);
    layout->addWidget(m_line);
    setFocusProxy(m_line);
}

QString TextFieldEditor::value() const
{
    return m_line ? m_line->text() : m_text->toPlainText();
}

void TextFieldEditor::setValue(const QString &value)
{
    if (m_line) {
        const QSignalBlocker block(m_line);
        m_line->setText(value); // setText bypasses the validator: a stored bad value stays visible
        return;
    }
    const QSignalBlocker block(m_text);
    m_text->setPlainText(value);
}

QWidget *TextFieldEditor::inputWidget() const
{
    return m_line ? static_cast<QWidget *>(m_line) : m_text;
}

void TextFieldEditor::setPlaceholder(const QString &text)
{
    if (m_line)
        m_line->setPlaceholderText(text);
    else
        m_text->setPlaceholderText(text);
}
