#pragma once

class FieldEditor;
class Profile;
class QWidget;
struct FieldSpec;

// Picks the editor for a field by its kind: text/url/integer → TextFieldEditor, date → DateFieldEditor,
// enum → EnumFieldEditor (the resource type among them), list → ListFieldEditor, category →
// CategoryFieldEditor, image → CoverFieldEditor, xml → CatalogFieldEditor.
namespace FieldEditorFactory {
FieldEditor *create(const FieldSpec &spec, const Profile &profile, QWidget *parent);
}
