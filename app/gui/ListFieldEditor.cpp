#include "ListFieldEditor.h"

#include "metadata/ListValue.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ListFieldEditor::ListFieldEditor(const FieldSpec &spec, const QString &separator, QWidget *parent)
    : FieldEditor(spec, parent), m_separator(separator), m_line(new QLineEdit(this)),
      m_chips(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_line->setPlaceholderText(placeholderText());
    m_line->setClearButtonEnabled(true);
    decorateInput(m_line);
    watchFocus(m_line);
    connect(m_line, &QLineEdit::textEdited, this, [this] {
        updateChips();
        emit edited();
    });
    connect(m_line, &QLineEdit::returnPressed, this, &FieldEditor::committed);
    m_chips->setObjectName(u"items_"_s + spec.id);
    m_chips->setTextFormat(Qt::RichText);
    m_chips->setWordWrap(true);
    m_chips->setAccessibleName(tr("%1, items").arg(spec.label.text()));
    // The items' line is kept while empty, so that the first item typed does not move the rows below.
    m_chips->setMinimumHeight(m_chips->fontMetrics().lineSpacing() + 4);
    layout->addWidget(m_line);
    layout->addWidget(m_chips);
    setFocusProxy(m_line);
    updateChips();
}

QString ListFieldEditor::value() const
{
    return m_line->text();
}

void ListFieldEditor::setValue(const QString &value)
{
    {
        const QSignalBlocker block(m_line);
        m_line->setText(value);
    }
    updateChips();
}

QWidget *ListFieldEditor::inputWidget() const
{
    return m_line;
}

QStringList ListFieldEditor::items() const
{
    if (m_line->text().trimmed().isEmpty())
        return {};
    return ListValue::split(m_line->text(), m_separator);
}

void ListFieldEditor::updateChips()
{
    const QStringList list = items();
    if (list.isEmpty()) {
        m_chips->clear();
        m_chips->setToolTip(QString());
        return;
    }
    QString html;
    for (const QString &item : list) {
        const bool suspicious = item.isEmpty() || ListValue::hasWrongSeparator(item);
        const QString shown = item.isEmpty() ? tr("(empty)") : item.toHtmlEscaped();
        html += u"<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>&nbsp; "_s.arg(
            suspicious ? u"#fde0dc"_s : u"#e3ecf7"_s, suspicious ? u"#b71c1c"_s : u"#1a3550"_s, shown);
    }
    m_chips->setText(html);
    m_chips->setToolTip(tr("%n item(s)", nullptr, int(list.size())));
}
