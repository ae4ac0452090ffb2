#include "FieldEditorFactory.h"

#include "CatalogFieldEditor.h"
#include "CategoryFieldEditor.h"
#include "CoverFieldEditor.h"
#include "DateFieldEditor.h"
#include "EnumFieldEditor.h"
#include "ListFieldEditor.h"
#include "TextFieldEditor.h"

#include "profile/Profile.h"

FieldEditor *FieldEditorFactory::create(const FieldSpec &spec, const Profile &profile, QWidget *parent)
{
    switch (spec.kind) {
    case FieldKind::Text:
    case FieldKind::Url:
    case FieldKind::Integer:
        return new TextFieldEditor(spec, parent);
    case FieldKind::Date:
        return new DateFieldEditor(spec, parent);
    case FieldKind::Enum:
        return new EnumFieldEditor(spec, profile, parent);
    case FieldKind::List:
        return new ListFieldEditor(spec, profile.listSeparator, parent);
    case FieldKind::Category:
        return new CategoryFieldEditor(spec, profile.taxonomy, parent);
    case FieldKind::Image:
        return new CoverFieldEditor(spec, parent);
    case FieldKind::Xml:
        return new CatalogFieldEditor(spec, parent);
    }
    return new TextFieldEditor(spec, parent);
}
