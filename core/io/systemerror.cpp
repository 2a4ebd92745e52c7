#include "systemerror.h"

#include <clocale>
#include <cstring>
#include <locale.h>

namespace Infra {

QString systemErrorText(int errnum, const QString &fallback)
{
    if (errnum == 0)
        return fallback.isEmpty() ? QStringLiteral("unknown error") : fallback;
    static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    if (c)
        return QString::fromLocal8Bit(strerror_l(errnum, c));
    return QString::fromLocal8Bit(std::strerror(errnum));
}

} // namespace Infra
