#pragma once

#include <QString>

namespace Infra {

// The reference tables of docs/design-format.md, generated from the parameter schemas
// (componentkind.cpp) so the documentation cannot drift from what the reader accepts.
// `infra-studio-cli schema --format markdown` prints it; a test checks the doc holds it.
QString schemaMarkdown();

} // namespace Infra
