#pragma once

#include <QString>

namespace Infra {

// The C library's text for an errno value in English ("No space left on device"), whatever
// the locale: JSON, CSV and exported files are the same bytes in every language, and the
// messages of the CLI's I/O errors go into them. Falls back to `fallback` for 0.
QString systemErrorText(int errnum, const QString &fallback = QString());

} // namespace Infra
