#pragma once

namespace Infra::Queueing {

// The queueing formulas of the capacity model (docs/capacity-model.md), as pure functions.
// Rates are per second, times in seconds; nothing here knows about designs.

// Little's law: the mean number of requests in service, L = λ × W.
double littleL(double arrivalRate, double timeInSystem);

// Erlang B, the blocking probability of M/M/c/c with offered load a = λ/μ (erlangs), by the
// stable recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). c ≤ 0 gives 1.
double erlangB(int servers, double offeredLoad);

// Erlang C, the probability that an arrival waits in M/M/c: C = c·B / (c − a·(1 − B)).
// 1 when a ≥ c (the queue grows without bound), 0 when a ≤ 0.
double erlangC(int servers, double offeredLoad);

// A response-time quantile (q in (0, 1), e.g. 0.95) of M/M/c FCFS with arrival rate λ, c
// servers and mean service time S, with the Allen–Cunneen correction for a service time
// coefficient of variation cv ≠ 1: the wait of the requests that wait is exponential with mean
// (1 + cv²)/2 ÷ (cμ − λ) (Poisson arrivals). Service itself is taken as exponential.
// Returns +infinity when λ ≥ cμ, and S·ln(1/(1−q)) (service alone) when λ = 0.
double responseTimeQuantile(int servers, double arrivalRate, double meanServiceTime, double cv, double q);

// The mean wait in the queue (Allen–Cunneen for cv ≠ 1): C(c, a) × (1 + cv²)/2 ÷ (cμ − λ);
// +infinity when λ ≥ cμ.
double meanWait(int servers, double arrivalRate, double meanServiceTime, double cv);

// The smallest whole number of units of `perUnit` capacity each, each planned at
// `targetUtilization` (0..1], that carry `demand`: ceil(demand / (perUnit × target)), at least
// 0. A tiny tolerance keeps 6.0000000001 at 6. perUnit ≤ 0 with demand > 0 gives -1 (never).
int unitsFor(double demand, double perUnit, double targetUtilization);

} // namespace Infra::Queueing
