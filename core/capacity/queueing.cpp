#include "queueing.h"

#include <cmath>
#include <limits>

namespace Infra::Queueing {

namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();
}

double littleL(double arrivalRate, double timeInSystem)
{
    return arrivalRate * timeInSystem;
}

double erlangB(int servers, double offeredLoad)
{
    if (offeredLoad <= 0)
        return servers <= 0 ? 1.0 : 0.0;
    double b = 1.0;
    for (int k = 1; k <= servers; ++k)
        b = offeredLoad * b / (double(k) + offeredLoad * b);
    return b;
}

double erlangC(int servers, double offeredLoad)
{
    if (offeredLoad <= 0)
        return 0.0;
    if (servers <= 0 || offeredLoad >= double(servers))
        return 1.0;
    const double b = erlangB(servers, offeredLoad);
    return double(servers) * b / (double(servers) - offeredLoad * (1.0 - b));
}

double meanWait(int servers, double arrivalRate, double meanServiceTime, double cv)
{
    if (arrivalRate <= 0)
        return 0.0;
    const double mu = 1.0 / meanServiceTime;
    const double drain = double(servers) * mu - arrivalRate;
    if (servers <= 0 || drain <= 0)
        return infinity;
    return erlangC(servers, arrivalRate * meanServiceTime) * (1.0 + cv * cv) / 2.0 / drain;
}

double responseTimeQuantile(int servers, double arrivalRate, double meanServiceTime, double cv, double q)
{
    const double tail = 1.0 - q;
    if (meanServiceTime <= 0)
        return 0.0;
    const double mu = 1.0 / meanServiceTime;
    if (arrivalRate <= 0)
        return std::log(1.0 / tail) / mu;
    if (servers <= 0 || arrivalRate >= double(servers) * mu)
        return infinity;
    const double c = erlangC(servers, arrivalRate * meanServiceTime);
    // Rate of the exponential wait of those who wait, with the Allen–Cunneen factor.
    const double theta = (double(servers) * mu - arrivalRate) / ((1.0 + cv * cv) / 2.0);
    // P(T > t) = (1 − C)·e^{−μt} + C·P(W + S > t), W ~ Exp(θ), S ~ Exp(μ).
    auto survival = [&](double t) {
        double sum;
        if (std::abs(theta - mu) < 1e-9 * mu)
            sum = (1.0 + mu * t) * std::exp(-mu * t); // Erlang-2 with rate μ
        else
            sum = (theta * std::exp(-mu * t) - mu * std::exp(-theta * t)) / (theta - mu);
        return (1.0 - c) * std::exp(-mu * t) + c * sum;
    };
    // Bisection on a bracket that certainly holds the quantile: survival is decreasing.
    double lo = 0.0;
    double hi = std::log(1.0 / tail) * (1.0 / mu + 1.0 / theta) + 1.0 / mu;
    while (survival(hi) > tail)
        hi *= 2.0;
    for (int i = 0; i < 100 && hi - lo > 1e-9 * hi; ++i) {
        const double mid = (lo + hi) / 2.0;
        (survival(mid) > tail ? lo : hi) = mid;
    }
    return (lo + hi) / 2.0;
}

int unitsFor(double demand, double perUnit, double targetUtilization)
{
    if (demand <= 0)
        return 0;
    if (perUnit <= 0 || targetUtilization <= 0)
        return -1;
    const double units = demand / (perUnit * targetUtilization);
    const double whole = std::ceil(units - 1e-9);
    return whole >= double(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max() : int(whole);
}

} // namespace Infra::Queueing
