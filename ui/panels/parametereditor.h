#pragma once

#include "model/paramspec.h"

#include <QVariant>

#include <functional>

class QWidget;

namespace Infra {

// Editors generated from a parameter spec: spin boxes with the unit as suffix and the
// spec's range, combo boxes for enums, allowed values and the catalog's instance classes
// and node types, check boxes, line edits for strings, lists ("a, b") and maps ("k=v, …").
// The editor calls `edited` with a value typed for the spec (Int → qint64, …); setting a
// value from the model never calls it.
namespace ParameterEditor {

QWidget *create(const ParamSpec &spec, const QVariant &value, const std::function<void(const QVariant &)> &edited,
                QWidget *parent = nullptr);
void setValue(QWidget *editor, const ParamSpec &spec, const QVariant &value);
// The tooltip of a parameter: its help text, unit and range.
QString toolTip(const ParamSpec &spec);
// The choices offered for a text parameter naming a catalog entry (instance_class, node_type).
QStringList catalogChoices(const ParamSpec &spec);

} // namespace ParameterEditor

} // namespace Infra
