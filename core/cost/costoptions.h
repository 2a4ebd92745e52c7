#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Infra {

// The discount options of an estimate. All off gives the on-demand list price.
struct CostOptions
{
    enum class SavingsPlan { None, OneYear, ThreeYear };

    // Compute Savings Plan (No Upfront) on the always-on Fargate baseline (minimum tasks).
    SavingsPlan computeSavingsPlan = SavingsPlan::None;
    bool rdsReserved = false;    // RDS reserved instances, 1 year, No Upfront
    bool cacheReserved = false;  // ElastiCache reserved nodes, 1 year, No Upfront
    // Subtract AWS's always-free monthly allowances (CloudFront 1 TB + 10 M requests, 100 GB
    // internet egress, SQS 1 M requests, CloudWatch 5 GB logs + 10 alarms). Off by default:
    // they are per account and usually consumed by other workloads. 12-month offers never apply.
    bool alwaysFree = false;

    bool hasDiscounts() const { return computeSavingsPlan != SavingsPlan::None || rdsReserved || cacheReserved; }

    // Names as given to `cost --discounts`: sp-1y, sp-3y, rds-ri, cache-ri, free-tier, all
    // ("all" = sp-3y, rds-ri and cache-ri), none.
    static std::optional<CostOptions> fromNames(const QStringList &names, QString *error = nullptr);
    QStringList names() const;
    static QStringList knownNames();

    bool operator==(const CostOptions &other) const = default;
};

} // namespace Infra
