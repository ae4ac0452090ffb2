#pragma once

#include "FieldEditor.h"

class CoverPreview;
class QLabel;
class QLineEdit;
class QPushButton;

// Image fields (资源封面): the picture's path, a Browse… button (a file dialog for *.jpg *.jpeg) and a
// thumbnail. The validator judges the file by its content, so a PNG named .jpg is reported.
// The path is stored when finished (Return, focus out, a choice in the dialog), not while typing.
class CoverFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit CoverFieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    QString value() const override;
    void setValue(const QString &value) override;
    QWidget *inputWidget() const override;
    bool storesWhileTyping() const override { return false; }

    CoverPreview *preview() const { return m_preview; }
    // Opens the file dialog (the button does this) and stores the choice.
    void browse();

private:
    QLineEdit *m_line;
    QPushButton *m_browse;
    CoverPreview *m_preview;
    QLabel *m_size; // the picture's size and format as read from its content ("coverSize_<id>")
    void showFile(const QString &path);
};
