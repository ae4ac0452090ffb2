#include "EnumFieldEditor.h"

#include "profile/Profile.h"

#include <QComboBox>
#include <QJsonArray>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EnumFieldEditor::EnumFieldEditor(const FieldSpec &spec, const Profile &profile, QWidget *parent)
    : FieldEditor(spec, parent), m_combo(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo->addItem(tr("(not set)"), QString());
    if (spec.id == "type"_L1) {
        for (const ResourceTypeSpec &type : profile.resourceTypes)
            m_combo->addItem(type.code + u"  "_s + type.label.text(), type.code);
    } else {
        for (const QJsonValue &v : spec.rule.value("values"_L1).toArray())
            m_combo->addItem(v.toString(), v.toString());
    }
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    decorateInput(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this] {
        emit edited();
        emit committed();
    });
    layout->addWidget(m_combo, 0, Qt::AlignLeft);
    setFocusProxy(m_combo);
}

QString EnumFieldEditor::value() const
{
    return m_combo->currentData().toString();
}

void EnumFieldEditor::setValue(const QString &value)
{
    const QSignalBlocker block(m_combo);
    int index = m_combo->findData(value);
    if (index < 0) {
        m_combo->addItem(value, value);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

QWidget *EnumFieldEditor::inputWidget() const
{
    return m_combo;
}
