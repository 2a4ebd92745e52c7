#pragma once

#include "emittedfile.h"
#include "text/text.h"

#include <QFlags>

namespace Infra {

class Design;
class DerivedModel;

// Produces the exported repository of a design as files in memory: the Terraform root module,
// the documents and the configs. A pure function of its inputs: the same design (and derived
// model) gives byte-identical files, sorted by path. The GUI previews these files live; the
// exporter writes them.
class Emitter
{
public:
    enum class Part {
        Terraform = 0x1, // terraform/*.tf
        Docs = 0x2,      // docs/…
        Config = 0x4,    // config/…
        Diagram = 0x8,   // docs/architecture/diagram.svg, .png
    };
    Q_DECLARE_FLAGS(Parts, Part)
    static constexpr Parts allParts() { return Parts(0xf); }

    // Derives the model itself.
    static EmittedFiles emit(const Design &design, Parts parts = allParts());
    // With a derived model the caller already holds (the GUI's live one). `errors`, when given,
    // receives what makes the files unusable (TerraformEmitter::nameClashes): the front ends
    // show it and write nothing.
    static EmittedFiles emit(const Design &design, const DerivedModel &derived, Parts parts = allParts(),
                             QList<Text> *errors = nullptr);

    // "terraform,docs" → parts; false with the unknown name in `error`.
    static bool parseParts(const QString &list, Parts *parts, QString *error);
    static QString partName(Part part); // "terraform", "docs", "config", "diagram"
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Emitter::Parts)

} // namespace Infra
