#include "trafficmodel.h"

#include "model/design.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Infra {

namespace {

using A = TrafficModel::Assumptions;

double kbToGb(double kb)
{
    return kb * A::bytesPerKb / A::bytesPerGb;
}

} // namespace

double TrafficModel::cdnEgressGb() const
{
    // A typed figure is measured as viewers receive it with compression on (the default); a
    // distribution that does not compress sends the text share uncompressed.
    if (cdnEgressOverrideGb > 0)
        return cdnEgressOverrideGb / (compress ? 1.0 : 1.0 - A::cdnCompressionSaving);
    return cdnEgressDerivedGb;
}

double TrafficModel::cdnRequests() const
{
    return cdnRequestsOverride > 0 ? cdnRequestsOverride : cdnRequestsDerived;
}

double TrafficModel::containerInsightsMetrics() const
{
    if (!containerInsights || ecsServices <= 0)
        return 0;
    return A::containerInsightsClusterMetrics + A::containerInsightsServiceMetrics * ecsServices;
}

double TrafficModel::disagreement(double typed, double derived)
{
    if (derived > 0)
        return std::abs(typed - derived) / derived;
    return typed > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

TrafficModel TrafficModel::derive(const Design &design, double hoursPerMonth)
{
    TrafficModel t;
    const auto workload = [&](const char *key) { return design.value(Section::Workload, QLatin1String(key)).toDouble(); };
    t.hours = hoursPerMonth;
    t.seconds = hoursPerMonth * 3600.0;

    const double avgRps = std::max(0.0, workload("avg_rps"));
    const double peakRps = std::max(avgRps, workload("peak_rps"));
    const double responseKb = workload("avg_response_kb");
    const double assetsPerRequest = workload("assets_per_request");
    const double assetKb = workload("asset_kb");

    t.appRequests = avgRps * t.seconds;
    t.appGb = kbToGb(t.appRequests * responseKb);
    t.assetRequests = t.appRequests * assetsPerRequest;
    t.assetGb = kbToGb(t.assetRequests * assetKb);

    // One pass over the components for everything the traffic touches.
    const Component *cdn = nullptr;
    const Component *cloudWatch = nullptr;
    bool pgBouncer = false, database = false, redis = false, web = false;
    double desiredTasks = 0;
    for (const Component &c : design.components()) {
        switch (c.kind) {
        case ComponentKind::CloudFront:
            if (!cdn)
                cdn = &c;
            break;
        case ComponentKind::CloudWatch:
            if (!cloudWatch)
                cloudWatch = &c;
            break;
        case ComponentKind::S3Bucket: {
            const QString role = c.stringParam(QStringLiteral("role"));
            if (role == QLatin1String("static") || role == QLatin1String("media"))
                ++t.servedBuckets;
            break;
        }
        case ComponentKind::EcsWorker:
            t.celeryTasks += std::max(0.0, c.doubleParam(QStringLiteral("arrival_rate"))) * t.seconds;
            [[fallthrough]];
        case ComponentKind::EcsWeb:
            web = web || c.kind == ComponentKind::EcsWeb;
            [[fallthrough]];
        case ComponentKind::EcsBeat:
            ++t.ecsServices;
            desiredTasks += double(c.intParam(QStringLiteral("desired_tasks")));
            break;
        case ComponentKind::PgBouncer:
            ++t.ecsServices;
            pgBouncer = true;
            desiredTasks += double(c.intParam(QStringLiteral("desired_tasks")));
            break;
        case ComponentKind::RdsPostgres: // the instance and each read replica export their logs
            database = true;
            t.databases += 1 + int(c.intParam(QStringLiteral("read_replicas")));
            break;
        case ComponentKind::AuroraPostgres: // each instance of the cluster exports its postgresql log
            database = true;
            t.databases += 1 + int(c.intParam(QStringLiteral("readers")));
            break;
        case ComponentKind::Alb: t.alb = true; break;
        case ComponentKind::ElastiCacheRedis: redis = true; break;
        default: break;
        }
    }

    // The edge.
    t.cdn = cdn != nullptr;
    if (cdn) {
        t.compress = cdn->boolParam(QStringLiteral("compress"));
        t.cacheHitRatio = std::clamp(cdn->doubleParam(QStringLiteral("cache_hit_ratio")) / 100.0, 0.0, 1.0);
    }
    t.cdnEgressDerivedGb = t.appGb * (t.compress ? 1.0 - A::cdnCompressionSaving : 1.0) + t.assetGb;
    t.cdnRequestsDerived = t.viewerRequests();
    t.cdnEgressOverrideGb = std::max(0.0, workload("cdn_egress_gb"));
    t.cdnRequestsOverride = std::max(0.0, workload("cdn_requests_millions")) * 1e6;

    // Origins: the assets come from the static/media buckets when there are any, else from the
    // application (through the ALB); a CDN passes only its cache misses on.
    const double missShare = t.cdn ? 1.0 - t.cacheHitRatio : 1.0;
    if (t.servedBuckets > 0)
        t.s3GetRequests = t.assetRequests * missShare;
    else
        t.albAssetShare = assetsPerRequest * missShare;
    t.internetEgressGb = t.appGb + t.assetGb;

    const auto lcu = [&](double rps) {
        Lcu l;
        l.rps = rps * (1.0 + t.albAssetShare);
        l.gbPerHour = kbToGb(rps * (responseKb + t.albAssetShare * assetKb) * 3600.0);
        l.newConnectionsPerSecond = l.rps * 1.0; // one per request: no keep-alive credit (an upper bound)
        l.bytesLcu = l.gbPerHour / 1.0;          // 1 LCU = 1 GB processed per hour
        l.connectionLcu = l.newConnectionsPerSecond / 25.0; // 1 LCU = 25 new connections per second
        return l;
    };
    t.albAverage = lcu(avgRps);
    t.albPeak = lcu(peakRps);

    // Writes.
    t.writeRequests = t.appRequests / (1.0 + std::max(0.0, workload("read_write_ratio")));
    t.uploads = t.writeRequests * std::clamp(workload("upload_share_pct"), 0.0, 100.0) / 100.0;
    t.uploadGb = kbToGb(t.uploads * workload("upload_kb"));

    // Logs.
    t.logDerivedGb = (t.appRequests + t.celeryTasks) * workload("log_bytes_per_request") / A::bytesPerGb;
    if (cloudWatch)
        t.logOverrideGb = std::max(0.0, cloudWatch->doubleParam(QStringLiteral("log_ingestion_gb")));
    t.containerInsights = cloudWatch && cloudWatch->boolParam(QStringLiteral("container_insights"));

    // NAT: logs to CloudWatch Logs, image pulls at each deploy, uploads to S3 (no VPC endpoints).
    t.natGateways = design.natGateways(); // the module's own: none in an existing VPC
    t.imagePullGb = workload("deploys_per_month") * desiredTasks * workload("image_size_mb") / 1024.0;
    t.vpcEndpoints = design.vpcEndpoints();
    if (t.vpcEndpoints)
        t.endpointGb = t.logGb() + t.imagePullGb;
    else if (t.natGateways > 0)
        t.natDerivedGb = t.logGb() + t.imagePullGb + t.uploadGb;
    t.natOverrideGb = std::max(0.0, design.value(Section::Network, QStringLiteral("nat_data_gb")).toDouble());

    // The audit trail.
    const double albRequests = t.alb ? t.appRequests * (1.0 + t.albAssetShare) : 0.0;
    t.albLogGb = albRequests * A::accessLogBytesPerRequest / A::bytesPerGb;
    t.cdnLogGb = t.cdn ? t.cdnRequests() * A::accessLogBytesPerRequest / A::bytesPerGb : 0.0;
    // Flow logs of the VPC the module creates, or of an existing one when the design asks.
    t.flowLogs = design.logsVpcFlows();
    if (t.flowLogs) {
        t.flowLogRecords = 4.0 * albRequests / A::requestsPerConnection
            + desiredTasks * A::backgroundFlowsPerTask * t.seconds / A::flowAggregationSeconds;
        t.flowLogGb = t.flowLogRecords * A::flowLogBytesPerRecord / A::bytesPerGb;
    }
    t.databaseLogGb = t.databases * A::databaseLogGbPerInstance;

    // Inter-AZ.
    t.azCount = std::max(1, int(design.value(Section::Network, QStringLiteral("az_count")).toLongLong()));
    t.crossAzShare = double(t.azCount - 1) / double(t.azCount);
    // The request traffic needs an application in the design (a web service).
    if (database && web) {
        const double dbGb = kbToGb(t.appRequests * workload("queries_per_request") * workload("db_kb_per_query"));
        t.toDatabaseGb = dbGb;
        if (pgBouncer)
            t.appToPgBouncerGb = dbGb;
    }
    if (redis)
        t.toRedisGb = kbToGb((web ? t.appRequests * workload("cache_kb_per_request") : 0.0) + t.celeryTasks * workload("task_message_kb") * 2.0);
    return t;
}

} // namespace Infra
