// Stub so the tree configures; replaced by the real editor.
#include "ResourceEditor.h"

class ResourceEditor::Private
{
public:
    qint64 id = 0;
};

ResourceEditor::ResourceEditor(Workspace &, const Profile &, QUndoStack *, QWidget *parent)
    : QWidget(parent), d(new Private)
{
}

ResourceEditor::~ResourceEditor()
{
    delete d;
}

void ResourceEditor::setResource(qint64 resourceId)
{
    d->id = resourceId;
}

qint64 ResourceEditor::resourceId() const
{
    return d->id;
}

void ResourceEditor::focusField(const QString &)
{
}
