#pragma once

#include "model/design.h"

#include <QByteArray>
#include <QString>

namespace Infra {

// Writes the YAML design format (docs/design-format.md) with yaml-cpp's emitter in one
// canonical form: keys in schema order, every parameter written, numbers in their
// shortest exact form. Saving what was loaded from a saved file gives the same bytes.
class DesignWriter
{
public:
    static QByteArray toYaml(const Design &design);

    // Saves atomically through QSaveFile: the old file stays intact when anything fails.
    // Returns false and sets `errorMessage` (when given) on failure.
    static bool writeFile(const Design &design, const QString &path, QString *errorMessage = nullptr);
};

} // namespace Infra
