#include "schematext.h"

#include <QCoreApplication>

namespace Infra {

QString schemaText(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("Infra::Schema", english.toUtf8().constData());
}

} // namespace Infra
