#include "accessibletext.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>

namespace Infra {

void setAccessibleText(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    if (!description.isEmpty())
        widget->setAccessibleDescription(description);
    QLineEdit *inner = nullptr;
    if (qobject_cast<QAbstractSpinBox *>(widget))
        inner = widget->findChild<QLineEdit *>(QStringLiteral("qt_spinbox_lineedit"));
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        inner = combo->lineEdit();
    if (inner) {
        inner->setAccessibleName(name);
        if (!description.isEmpty())
            inner->setAccessibleDescription(description);
    }
}

} // namespace Infra
