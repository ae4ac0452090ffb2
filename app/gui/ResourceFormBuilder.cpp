#include "ResourceFormBuilder.h"

#include "FieldEditor.h"
#include "FieldEditorFactory.h"
#include "FieldEditorRow.h"

#include "profile/Profile.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *fieldLabel(const FieldSpec &spec, const QString &type, QWidget *form)
{
    auto *label = new QLabel(form);
    label->setObjectName(u"label_"_s + spec.id);
    label->setTextFormat(Qt::RichText);
    const QString text = spec.label.text().toHtmlEscaped();
    const bool required = spec.isRequiredFor(type);
    label->setText(required ? text + u" <span style=\"color:#c62828\">*</span>"_s : text);
    label->setToolTip(required ? ResourceFormBuilder::tr("%1 (required)").arg(spec.help.text())
                               : spec.help.text());
    return label;
}

// The fields of the type; an unknown type still shows every field that applies to all types, and the
// type combo to fix it.
QList<const FieldSpec *> fieldsOf(const Profile &profile, const QString &type)
{
    QList<const FieldSpec *> specs = profile.fieldsFor(type);
    if (specs.isEmpty())
        for (const FieldSpec &f : profile.fields)
            if (f.appliesTo.isEmpty())
                specs.append(&f);
    return specs;
}
} // namespace

ResourceFormBuilder::Form ResourceFormBuilder::build(const Profile &profile, const QString &type,
                                                     const QString &unitName)
{
    Form result;
    auto *form = new QWidget;
    form->setObjectName(u"resourceForm"_s);
    result.widget = form;
    // The rows keep their natural heights; spare room goes below the last one.
    auto *outer = new QVBoxLayout(form);
    auto *layout = new QFormLayout;
    outer->addLayout(layout);
    outer->addStretch(1);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const FieldSpec *spec : fieldsOf(profile, type)) {
        FieldEditor *editor = FieldEditorFactory::create(*spec, profile, form);
        if (spec->role == FieldRole::UnitName)
            editor->setPlaceholder(unitPlaceholder(*spec, unitName));
        auto *row = new FieldEditorRow(editor, form);
        QLabel *label = fieldLabel(*spec, type, form);
        label->setBuddy(editor->inputWidget());
        layout->addRow(label, row);
        result.rows.append(row);
    }
    auto *legend = new QLabel(tr("<span style=\"color:#c62828\">*</span> required for this type"), form);
    legend->setObjectName(u"requiredLegend"_s);
    legend->setTextFormat(Qt::RichText);
    layout->addRow(QString(), legend);
    return result;
}

QString ResourceFormBuilder::unitPlaceholder(const FieldSpec &spec, const QString &unitName)
{
    if (!unitName.isEmpty())
        return tr("%1 (from your unit)").arg(unitName);
    return spec.example.isEmpty() ? QString() : FieldEditor::tr("e.g. %1").arg(spec.example);
}

QWidget *ResourceFormBuilder::buildEmpty()
{
    auto *form = new QWidget;
    form->setObjectName(u"resourceForm"_s);
    auto *layout = new QVBoxLayout(form);
    auto *hint = new QLabel(tr("Choose a resource in the list to edit its metadata."), form);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);
    return form;
}
