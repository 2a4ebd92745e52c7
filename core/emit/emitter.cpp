#include "emitter.h"

#include "configemitter.h"
#include "docsemitter.h"
#include "terraformemitter.h"

#include "derive/derivedmodel.h"
#include "model/design.h"

#include <algorithm>

namespace Infra {

EmittedFiles Emitter::emit(const Design &design, Parts parts)
{
    return emit(design, DerivedModel::derive(design), parts);
}

EmittedFiles Emitter::emit(const Design &design, const DerivedModel &derived, Parts parts, QList<Text> *errors)
{
    EmittedFiles files;
    if (errors)
        errors->clear();
    if (parts.testFlag(Part::Terraform))
        files += TerraformEmitter::emit(design, derived, errors);
    if (parts.testFlag(Part::Docs)) {
        if (parts.testFlag(Part::Terraform)) {
            // The Terraform README lists the module's files: reuse the ones just emitted.
            QStringList terraformPaths;
            for (const EmittedFile &f : std::as_const(files))
                terraformPaths.append(f.path);
            files += DocsEmitter::emit(design, derived, terraformPaths);
        } else {
            files += DocsEmitter::emit(design, derived);
        }
    }
    if (parts.testFlag(Part::Config))
        files += ConfigEmitter::emit(design, derived);
    std::sort(files.begin(), files.end(), [](const EmittedFile &a, const EmittedFile &b) { return a.path < b.path; });
    return files;
}

QString Emitter::partName(Part part)
{
    switch (part) {
    case Part::Terraform: return QStringLiteral("terraform");
    case Part::Docs: return QStringLiteral("docs");
    case Part::Config: return QStringLiteral("config");
    case Part::Diagram: return QStringLiteral("diagram");
    }
    return {};
}

bool Emitter::parseParts(const QString &list, Parts *parts, QString *error)
{
    Parts result;
    for (const QString &raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        bool found = false;
        for (Part p : {Part::Terraform, Part::Docs, Part::Config, Part::Diagram}) {
            if (partName(p) == name) {
                result |= p;
                found = true;
            }
        }
        if (!found) {
            if (error)
                *error = QStringLiteral("unknown part '%1' (expected terraform, docs, config or diagram)").arg(name);
            return false;
        }
    }
    if (!result) {
        if (error)
            *error = QStringLiteral("no part named (expected terraform, docs, config or diagram)");
        return false;
    }
    *parts = result;
    return true;
}

} // namespace Infra
