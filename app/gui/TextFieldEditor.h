#pragma once

#include "FieldEditor.h"

class QLineEdit;
class QPlainTextEdit;

// Text, url and integer fields: a line edit, or a multi-line text box when the rule says multi_line.
// Integer fields accept digits only as typed; a bad value stored elsewhere (CLI, import) is still
// shown as it is, with its message.
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit TextFieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    QString value() const override;
    void setValue(const QString &value) override;
    QWidget *inputWidget() const override;
    void setPlaceholder(const QString &text) override;

private:
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
};
