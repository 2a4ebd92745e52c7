#pragma once

#include <QString>

class QWidget;

namespace Infra {

// Gives a widget the name and description a screen reader says. Spin boxes and editable
// combo boxes take keyboard focus in their inner line edit, which gets the same name, so
// the focused widget is never anonymous.
void setAccessibleText(QWidget *widget, const QString &name, const QString &description = {});

} // namespace Infra
