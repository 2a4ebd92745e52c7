#pragma once

#include "costestimate.h"
#include "costoptions.h"
#include "pricingcatalog.h"

namespace Infra {

class Design;

// Prices a design against the pricing catalog: per component line items in three autoscaling
// columns, categories, totals, Graviton deltas and the chosen discounts. Stateless apart from
// the catalog reference, cheap to copy, safe to call from several threads.
// docs/cost-model.md explains every line and assumption.
class CostEngine
{
public:
    explicit CostEngine(const PricingCatalog &catalog = PricingCatalog::standard());

    const PricingCatalog &catalog() const { return *m_catalog; }

    // LineItems: everything. TotalsOnly: component, category and design totals and the Graviton
    // deltas, but no line items, notes or unverified list (for sweeps: no text is formatted).
    enum class Detail { LineItems, TotalsOnly };

    CostEstimate estimate(const Design &design, const CostOptions &options = {}, Detail detail = Detail::LineItems) const;

    // How many estimates of each detail this process has run (any engine, any thread): what
    // the tests and benchmarks count to hold "one estimate per document change".
    static quint64 estimatesRun(Detail detail);

    // Modelling assumptions where the workload profile says nothing (documented in
    // docs/cost-model.md; the advisor and the tests use the same values). The traffic itself
    // (bytes, requests, LCUs, logs, NAT, inter-AZ) comes from TrafficModel.
    struct Assumptions
    {
        static constexpr double s3LifecycleColdShare = 0.5;     // data older than the transition age
        static constexpr double cloudFrontCompressionSaving = 0.25; // = TrafficModel::Assumptions::cdnCompressionSaving
        static constexpr double scheduledOffPeakShare = 0.5;    // hours a schedule can run at minimum
    };

    // Standard CloudWatch alarms the studio creates for a design with alarms on (per ECS
    // service CPU and memory, ALB 5xx and latency, worker queue depth, RDS CPU, free storage
    // and connections, Redis CPU and memory).
    static int alarmCount(const Design &design);

    // Secrets Manager secrets the export creates for a design: those terraform/secrets.tf and
    // database.tf (and memorydb.tf) declare, plus the master-user secret RDS manages for every
    // database with manage_master_user_password, which AWS bills like any other secret.
    static int secretCount(const Design &design);

private:
    const PricingCatalog *m_catalog;
};

} // namespace Infra
