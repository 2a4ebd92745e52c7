#include "costsweep.h"

#include "scenario.h"

#include <cmath>

namespace Infra {

CostSweep CostSweep::run(const CostEngine &engine, const Design &design, const QString &parameter, double from, double to,
                         int steps, const CostOptions &options)
{
    CostSweep sweep;
    sweep.parameter = parameter;
    // Parse once with the first value to learn the target, key and type.
    QString error;
    auto parsed = ParameterOverride::parse(parameter + QStringLiteral("=") + QString::number(from), design, &error);
    if (!parsed) {
        sweep.error = error;
        return sweep;
    }
    const ParamSchema &schema = parsed->isSection ? sectionSchema(parsed->section) : kindSchema(design.component(parsed->target)->kind);
    const ParamSpec *spec = schema.find(parsed->key);
    if (!spec || !spec->isNumeric()) {
        sweep.error = QStringLiteral("'%1' is not a numeric parameter").arg(parameter);
        return sweep;
    }
    const bool integral = spec->type == ParamType::Int;
    steps = std::max(steps, 1);
    sweep.points.reserve(size_t(steps));
    double previous = std::nan("");
    for (int i = 0; i < steps; ++i) {
        double value = steps == 1 ? from : from + (to - from) * double(i) / double(steps - 1);
        if (integral)
            value = std::round(value);
        if (value == previous)
            continue;
        previous = value;
        ParameterOverride o = *parsed;
        o.value = integral ? QVariant(qint64(value)) : QVariant(value);
        Design d = design;
        Point p;
        p.value = value;
        if (o.applyTo(d).ok)
            p.total = engine.estimate(d, options, CostEngine::Detail::TotalsOnly).total;
        else
            p.valid = false;
        sweep.points.push_back(p);
    }
    return sweep;
}

} // namespace Infra
