#pragma once

#include <QCoreApplication>
#include <QList>

class FieldEditorRow;
struct FieldSpec;
class Profile;
class QWidget;

// Builds the form of one resource type from the profile, for ResourceEditor: a label ("label_<id>",
// with the required marker and the field's help as tooltip) and a FieldEditorRow per field that
// applies to the type, in the profile's order, then the legend of the marker ("requiredLegend").
class ResourceFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ResourceEditor)
public:
    struct Form
    {
        QWidget *widget = nullptr; // "resourceForm"
        QList<FieldEditorRow *> rows;
    };

    // unitName: the workspace's unit, offered as the default of the fields that take it.
    static Form build(const Profile &profile, const QString &type, const QString &unitName);
    // The placeholder of the unit's name field: the unit's name as its default, or the standard's example
    // as a hint while there is no unit.
    static QString unitPlaceholder(const FieldSpec &spec, const QString &unitName);
    // The form shown when no resource is selected.
    static QWidget *buildEmpty();
};
