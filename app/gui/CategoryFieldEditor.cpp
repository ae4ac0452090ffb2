#include "CategoryFieldEditor.h"

#include "CategoryPickerDialog.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

CategoryFieldEditor::CategoryFieldEditor(const FieldSpec &spec, const Taxonomy &taxonomy, QWidget *parent)
    : FieldEditor(spec, parent), m_taxonomy(taxonomy), m_line(new QLineEdit(this)),
      m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_line->setPlaceholderText(placeholderText());
    m_line->setClearButtonEnabled(true);
    decorateInput(m_line);
    watchFocus(m_line);
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_line, &QLineEdit::returnPressed, this, &FieldEditor::committed);

    m_button->setObjectName(u"field_"_s + spec.id + u"_pick"_s);
    m_button->setText(tr("Choose…"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setToolTip(tr("Choose the category in the profile's category tree"));
    connect(m_button, &QToolButton::clicked, this, &CategoryFieldEditor::pick);

    layout->addWidget(m_line, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_line);
}

QString CategoryFieldEditor::separator() const
{
    const QString s = spec().rule.value("separator"_L1).toString();
    return s.isEmpty() ? u"-"_s : s;
}

QString CategoryFieldEditor::value() const
{
    return m_line->text();
}

void CategoryFieldEditor::setValue(const QString &value)
{
    const QSignalBlocker block(m_line);
    m_line->setText(value);
}

QWidget *CategoryFieldEditor::inputWidget() const
{
    return m_line;
}

void CategoryFieldEditor::pick()
{
    CategoryPickerDialog dialog(m_taxonomy, separator(), this);
    dialog.setPath(m_line->text());
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    setValue(dialog.path());
    emit edited();
    emit committed();
}
