#pragma once

#include <QString>

namespace Infra {

// The version of the ui library, from the project version in config.h.
QString uiVersion();

} // namespace Infra
