#pragma once

#include "FieldEditor.h"

class QLineEdit;
class QToolButton;
class Taxonomy;

// Category fields (所属分类): an editable line with the '-'-joined path and a button that opens the
// CategoryPickerDialog over the profile's taxonomy.
class CategoryFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    CategoryFieldEditor(const FieldSpec &spec, const Taxonomy &taxonomy, QWidget *parent = nullptr);

    QString value() const override;
    void setValue(const QString &value) override;
    QWidget *inputWidget() const override;

    // Opens the picker (the button does this) and stores the choice.
    void pick();

private:
    QString separator() const;

    const Taxonomy &m_taxonomy;
    QLineEdit *m_line;
    QToolButton *m_button;
};
