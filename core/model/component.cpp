#include "component.h"

namespace Infra {

QVariant Component::param(const QString &key) const
{
    const auto it = params.constFind(key);
    if (it != params.constEnd())
        return it.value();
    if (const ParamSpec *spec = kindSchema(kind).find(key))
        return spec->defaultValue;
    return {};
}

Component Component::make(ComponentKind kind, const QString &id, const QString &name)
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.name = name.isEmpty() ? kindDisplayName(kind) : name;
    c.params = kindSchema(kind).defaults();
    return c;
}

} // namespace Infra
