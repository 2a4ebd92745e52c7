#pragma once

#include "costengine.h"

#include <QString>

#include <vector>

namespace Infra {

class Design;

// The total cost as a function of one parameter (the GUI's cost curve): the design is
// evaluated at `steps` evenly spaced values of `parameter` ("web.desired_tasks",
// "workload.avg_rps") from `from` to `to`. Whole-number parameters are rounded and repeated
// values skipped. A value the schema refuses gives a point with valid = false.
struct CostSweep
{
    struct Point
    {
        double value = 0;
        Amounts total;
        bool valid = true;
    };

    QString parameter;
    std::vector<Point> points;
    QString error;            // the parameter itself is unknown: no points

    bool isValid() const { return error.isEmpty(); }

    static CostSweep run(const CostEngine &engine, const Design &design, const QString &parameter, double from, double to,
                         int steps, const CostOptions &options = {});
};

} // namespace Infra
