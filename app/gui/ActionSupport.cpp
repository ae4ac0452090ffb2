#include "ActionSupport.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ActionSupport {
QAction *make(QObject *parent, const char *objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1StringView(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QIcon themeIcon(const QWidget *widget, const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1StringView(name), widget->style()->standardIcon(fallback));
}

void setToolTipWithShortcut(QAction *action, const QString &tip)
{
    const QKeySequence key = action->shortcut();
    action->setToolTip(key.isEmpty() ? tip : u"%1 (%2)"_s.arg(tip, key.toString(QKeySequence::NativeText)));
}
} // namespace ActionSupport
