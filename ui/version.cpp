#include "version.h"

#include "infrastudio/config.h"

namespace Infra {

QString uiVersion()
{
    return QStringLiteral(INFRA_STUDIO_VERSION);
}

} // namespace Infra
