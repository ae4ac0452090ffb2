#pragma once

#include "profile/FieldSpec.h"

#include <QWidget>

// The input part of one field of the resource form. Subclasses (one per FieldKind, FieldEditorFactory
// picks them) show the value as the user edits it; the ResourceEditor validates on edited() and stores
// on a short debounce and on committed().
//
// The widget that holds the text value has the objectName "field_<fieldId>" (GUI tests drive it);
// the FieldEditor itself is "editor_<fieldId>".
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    const FieldSpec &spec() const { return m_spec; }
    QString fieldId() const { return m_spec.id; }

    // The value as the workspace stores it (lists joined by ';', dates yyyy-mm-dd, the cover's path).
    virtual QString value() const = 0;
    // Shows a value without emitting edited() or committed().
    virtual void setValue(const QString &value) = 0;
    // The widget that takes the focus (focusField) and carries the objectName field_<id>.
    virtual QWidget *inputWidget() const = 0;
    // Store after every change without a debounce (pickers, combos) rather than while typing.
    virtual bool storesImmediately() const { return false; }
    // Store on the typing debounce; false for values that are only whole when finished (a file path).
    virtual bool storesWhileTyping() const { return true; }
    // Replaces the placeholder (the standard's example by default).
    virtual void setPlaceholder(const QString &) {}

signals:
    // The user changed the value (typing): validate now, store after a short pause.
    void edited();
    // The user finished an edit (focus left, Return, a pick in a dialog): store now.
    void committed();

protected:
    // Emits committed() when the widget loses the focus.
    void watchFocus(QWidget *widget);
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The standard's example, used as placeholder.
    // The standard's example as a hint, marked as one ("e.g. 国家开放大学"), so it does not read as a value.
    QString placeholderText() const;
    // Sets objectName, tooltip (the profile's help) on the input widget.
    void decorateInput(QWidget *widget, const QString &suffix = QString());

private:
    FieldSpec m_spec;
};
