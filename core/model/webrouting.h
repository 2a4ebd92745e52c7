#pragma once
// Which web service an ALB's default route serves: shared by the findings (derive) and the
// listener rules the export writes (emit), so the two never disagree.

#include "component.h"

#include <vector>

namespace Infra {

// The first web service without path_patterns, else the first; null without web services. Every
// other web service is reached only through the listener rule of its own path_patterns.
inline const Component *defaultWebService(const std::vector<const Component *> &webs)
{
    for (const Component *w : webs) {
        if (w->listParam(QStringLiteral("path_patterns")).isEmpty())
            return w;
    }
    return webs.empty() ? nullptr : webs.front();
}

} // namespace Infra
