#pragma once

#include <QString>
#include <QStringList>

namespace Infra {

// The core schema (kind names and descriptions, parameter labels, help texts and word
// units) stays English: the command line, the exported documents and the design format
// use it. The GUI shows it through schemaText(), which translates it in the
// "Infra::Schema" context; ui/schemastrings.cpp lists every such text for lupdate.
QString schemaText(const QString &english);

// Every text of the schema that schemaText() can translate, in the order of
// ui/schemastrings.cpp (generated from the schema by tests/ui/tst_schematext.cpp).
QStringList schemaSourceTexts();

} // namespace Infra
