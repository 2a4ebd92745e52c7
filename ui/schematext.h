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

// A parameter's choice in the user's language where it is a word ("automatic", "production",
// "none"), in the "Infra::Choices" context; identifiers (gp3, arm64, redirect-to-https,
// scram-sha-256) and words without a translation come back as they are. Files and Terraform
// always take the choice itself, never this text.
QString choiceText(const QString &choice);

// Every choice that choiceText() can translate: the word-like values of the schema's enum
// parameters, listed in ui/schemastrings.cpp by the same generator.
QStringList schemaChoiceTexts();

} // namespace Infra
