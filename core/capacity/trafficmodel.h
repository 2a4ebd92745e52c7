#pragma once

#include <QString>

namespace Infra {

class Design;

// The one traffic model (issue 15): what the workload sends to viewers and what that traffic
// drives inside the design, derived once from the workload profile and read by every cost
// line that moves bytes or requests (CloudFront, ALB, S3, data transfer, NAT, logs, inter-AZ,
// Container Insights) and by the override findings. Monthly figures at the average request
// rate; the ALB's LCU dimensions also at the peak. Units: requests, binary GB (1,024³ B).
// docs/capacity-model.md ("The traffic model") gives every formula with a worked example.
struct TrafficModel
{
    // Modelling assumptions the workload profile does not carry (documented with their reasons).
    struct Assumptions
    {
        static constexpr double cdnCompressionSaving = 0.25;      // of application bytes, CloudFront compress on
        static constexpr double overrideTolerance = 0.25;         // typed vs derived: a finding beyond ±25 %
        static constexpr double s3PutsPerNonMediaBucket = 100000; // deploys (collectstatic), backups, LIST
        static constexpr double containerInsightsClusterMetrics = 13; // ECS cluster dimension
        static constexpr double containerInsightsServiceMetrics = 25; // ServiceName + TaskDefinitionFamily
        // The audit trail (docs/capacity-model.md, "Audit trail"): rough figures, not sourced.
        static constexpr double accessLogBytesPerRequest = 100;   // one ALB/CloudFront entry (~500 B of text) gzipped ~5:1
        static constexpr double requestsPerConnection = 10;       // keep-alive: client connections to the load balancer
        static constexpr double flowLogBytesPerRecord = 130;      // default-format record (~100 B) + 26 B CloudWatch event overhead
        static constexpr double backgroundFlowsPerTask = 20;      // per task and 10-minute interval: pools, DNS, health checks
        static constexpr double flowAggregationSeconds = 600;     // max_aggregation_interval of terraform/logging.tf
        static constexpr double databaseLogGbPerInstance = 1.0;   // postgresql + upgrade exports a month (defaults: errors, slow statements)
        static constexpr double bytesPerKb = 1024.0;
        static constexpr double bytesPerGb = 1024.0 * 1024.0 * 1024.0;
    };

    double hours = 730;            // per month
    double seconds = 730 * 3600.0; // per month

    // Viewers: application responses (through the ALB) and static/media objects.
    double appRequests = 0;   // avg_rps × seconds
    double appGb = 0;         // appRequests × avg_response_kb
    double assetRequests = 0; // appRequests × assets_per_request
    double assetGb = 0;       // assetRequests × asset_kb
    double viewerRequests() const { return appRequests + assetRequests; }

    // The edge. With CloudFront every viewer request goes through it; application responses
    // are not cached (api_default_ttl 0), static/media objects hit the cache at cache_hit_ratio.
    bool cdn = false;
    bool compress = true;
    double cacheHitRatio = 0;       // 0..1
    double cdnEgressDerivedGb = 0;  // appGb × (1 − 25 % when compressing) + assetGb
    double cdnRequestsDerived = 0;  // viewerRequests
    double cdnEgressOverrideGb = 0; // workload.cdn_egress_gb (0 = derived)
    double cdnRequestsOverride = 0; // workload.cdn_requests_millions × 10⁶ (0 = derived)
    double cdnEgressGb() const;     // the figure priced: the override (÷ 0.75 with compression off) or the derived one
    double cdnRequests() const;

    // Origins. Served buckets: static/media buckets that hold the assets (else the app serves them).
    int servedBuckets = 0;
    double s3GetRequests = 0;   // asset requests reaching S3 (cache misses with a CDN, all without)
    double albAssetShare = 0;   // asset requests per application request that reach the ALB (no bucket)
    // Internet egress without CloudFront: the ALB's responses plus the objects S3 serves.
    double internetEgressGb = 0;

    // ALB, per hour at a request rate: processed GB and new connections (the LCU dimensions).
    struct Lcu
    {
        double rps = 0, gbPerHour = 0, newConnectionsPerSecond = 0, bytesLcu = 0, connectionLcu = 0;
        double lcu() const { return bytesLcu > connectionLcu ? bytesLcu : connectionLcu; }
        bool bytesBound() const { return bytesLcu >= connectionLcu; }
    };
    Lcu albAverage, albPeak;

    // Writes: media uploads to S3 from the write share of the requests.
    double writeRequests = 0; // appRequests ÷ (1 + read_write_ratio)
    double uploads = 0;       // writeRequests × upload_share_pct
    double uploadGb = 0;      // uploads × upload_kb

    // Logs: requests and Celery tasks × log_bytes_per_request.
    double celeryTasks = 0;       // Σ worker arrival_rate × seconds
    double logDerivedGb = 0;
    double logOverrideGb = 0;     // cloudwatch.log_ingestion_gb (0 = derived)
    double logGb() const { return logOverrideGb > 0 ? logOverrideGb : logDerivedGb; }

    // NAT: what tasks in private subnets send to AWS endpoints and the internet.
    int natGateways = 0;
    double imagePullGb = 0;       // deploys_per_month × Σ desired tasks × image_size_mb
    double natDerivedGb = 0;      // logs + image pulls + uploads
    double natOverrideGb = 0;     // network.nat_data_gb (0 = derived)
    double natGb() const { return natOverrideGb > 0 ? natOverrideGb : natDerivedGb; }

    // VPC endpoints (network.vpc_endpoints, a new VPC only): logs and image pulls go through the
    // interface endpoints, uploads through the free S3 gateway; none of them through NAT.
    bool vpcEndpoints = false;
    double endpointGb = 0;        // logs + image pulls processed by the interface endpoints

    // The audit trail: access logs in S3 (gzipped), VPC flow logs and RDS log exports in
    // CloudWatch Logs, per month.
    bool alb = false;
    int databases = 0;
    double albLogGb = 0;          // requests reaching the ALB × accessLogBytesPerRequest
    double cdnLogGb = 0;          // CloudFront requests × accessLogBytesPerRequest
    bool flowLogs = false;        // the module logs the VPC's traffic (a new VPC, or network.existing_vpc_flow_logs)
    double flowLogRecords = 0;    // 4 per client connection (2 directions × load balancer and task ENIs) + background
    double flowLogGb = 0;         // flowLogRecords × flowLogBytesPerRecord
    double databaseLogGb = 0;     // databases × databaseLogGbPerInstance

    // Inter-AZ: the share of each hop that crosses a zone, (n − 1) ÷ n with tasks spread over
    // n AZs and the database and Redis primaries in one of them.
    int azCount = 2;
    double crossAzShare = 0.5;
    double appToPgBouncerGb = 0;  // per hop: requests × queries × db_kb_per_query (0 without pgBouncer)
    double toDatabaseGb = 0;      // app or pgBouncer → database
    double toRedisGb = 0;         // requests × cache_kb_per_request + broker messages
    double crossAzGb() const { return (appToPgBouncerGb + toDatabaseGb + toRedisGb) * crossAzShare; }

    // Container Insights custom metrics (per cluster and per ECS service).
    bool containerInsights = false;
    int ecsServices = 0;
    double containerInsightsMetrics() const;

    static TrafficModel derive(const Design &design, double hoursPerMonth = 730.0);

    // Relative difference of a typed figure from the derived one (|typed − derived| ÷ derived),
    // infinite when nothing is derived but something is typed.
    static double disagreement(double typed, double derived);
};

} // namespace Infra
