#include "componentkind.h"

#include "instancetypes.h"

namespace Infra {

namespace {

// Small builders so the tables below read like the documentation they feed.
ParamSpec boolean(const char *key, const char *label, bool def, const char *help)
{
    ParamSpec s;
    s.key = QString::fromLatin1(key);
    s.type = ParamType::Bool;
    s.label = QString::fromUtf8(label);
    s.defaultValue = def;
    s.help = QString::fromUtf8(help);
    return s;
}

ParamSpec integer(const char *key, const char *label, const char *unit, qint64 def, qint64 min, qint64 max, const char *help)
{
    ParamSpec s;
    s.key = QString::fromLatin1(key);
    s.type = ParamType::Int;
    s.label = QString::fromUtf8(label);
    s.unit = QString::fromUtf8(unit);
    s.defaultValue = def;
    s.minimum = double(min);
    s.maximum = double(max);
    s.hasRange = true;
    s.help = QString::fromUtf8(help);
    return s;
}

ParamSpec oneOfInts(const char *key, const char *label, const char *unit, qint64 def, QList<qint64> allowed, const char *help)
{
    ParamSpec s = integer(key, label, unit, def, allowed.first(), allowed.last(), help);
    s.allowedInts = std::move(allowed);
    return s;
}

ParamSpec number(const char *key, const char *label, const char *unit, double def, double min, double max, const char *help)
{
    ParamSpec s;
    s.key = QString::fromLatin1(key);
    s.type = ParamType::Double;
    s.label = QString::fromUtf8(label);
    s.unit = QString::fromUtf8(unit);
    s.defaultValue = def;
    s.minimum = min;
    s.maximum = max;
    s.hasRange = true;
    s.help = QString::fromUtf8(help);
    return s;
}

ParamSpec text(const char *key, const char *label, const char *def, const char *pattern, const char *help)
{
    ParamSpec s;
    s.key = QString::fromLatin1(key);
    s.type = ParamType::String;
    s.label = QString::fromUtf8(label);
    s.defaultValue = QString::fromUtf8(def);
    s.pattern = QString::fromLatin1(pattern);
    s.help = QString::fromUtf8(help);
    return s;
}

ParamSpec choice(const char *key, const char *label, const char *def, QStringList choices, const char *help)
{
    ParamSpec s;
    s.key = QString::fromLatin1(key);
    s.type = ParamType::Enum;
    s.label = QString::fromUtf8(label);
    s.defaultValue = QString::fromUtf8(def);
    s.choices = std::move(choices);
    s.help = QString::fromUtf8(help);
    return s;
}

ParamSpec list(const char *key, const char *label, QStringList def, QStringList allowed, const char *help)
{
    ParamSpec s;
    s.key = QString::fromLatin1(key);
    s.type = ParamType::StringList;
    s.label = QString::fromUtf8(label);
    s.defaultValue = def;
    s.choices = std::move(allowed);
    s.help = QString::fromUtf8(help);
    return s;
}

ParamSpec map(const char *key, const char *label, const char *help)
{
    ParamSpec s;
    s.key = QString::fromLatin1(key);
    s.type = ParamType::StringMap;
    s.label = QString::fromUtf8(label);
    s.defaultValue = QVariantMap();
    s.help = QString::fromUtf8(help);
    return s;
}

QStringList names(std::initializer_list<const char *> items)
{
    QStringList r;
    for (const char *i : items)
        r.append(QString::fromLatin1(i));
    return r;
}

const QList<qint64> fargateCpu = {256, 512, 1024, 2048, 4096, 8192, 16384};
const char *architectureHelp = "CPU architecture of the Fargate task: arm64 (Graviton) costs about 20 % less than x86_64 for the same size.";
const char *windowPattern = "[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}";
const char *maintenancePattern = "(mon|tue|wed|thu|fri|sat|sun):[0-9]{2}:[0-9]{2}-(mon|tue|wed|thu|fri|sat|sun):[0-9]{2}:[0-9]{2}";

// Fargate task size and architecture, shared by every ECS service kind.
void addTaskSize(std::vector<ParamSpec> &specs, qint64 cpu, qint64 memory, const char *arch)
{
    specs.push_back(oneOfInts("cpu", "CPU", "CPU units", cpu, fargateCpu,
                              "Task CPU in ECS units (1024 = 1 vCPU). Fargate accepts 256, 512, 1024, 2048, 4096, 8192 or 16384, each with its own memory range."));
    specs.push_back(integer("memory", "Memory", "MiB", memory, 512, 122880,
                            "Task memory in MiB; it must fit the CPU size (for example 1 vCPU takes 2048 to 8192 MiB)."));
    specs.push_back(choice("architecture", "Architecture", arch, names({"arm64", "x86_64"}), architectureHelp));
}

void addScaling(std::vector<ParamSpec> &specs, qint64 min, qint64 desired, qint64 max)
{
    specs.push_back(integer("min_tasks", "Minimum tasks", "tasks", min, 0, 1000, "Lowest task count autoscaling may reach."));
    specs.push_back(integer("desired_tasks", "Desired tasks", "tasks", desired, 0, 1000, "Task count in steady state; costs and pool sizes are shown at this count as well as at minimum and maximum."));
    specs.push_back(integer("max_tasks", "Maximum tasks", "tasks", max, 1, 1000, "Highest task count autoscaling may reach; the database connection budget is checked at this count."));
    specs.push_back(integer("scale_in_cooldown", "Scale-in cooldown", "s", 300, 0, 3600, "Seconds to wait after a scale-in before scaling in again."));
    specs.push_back(integer("scale_out_cooldown", "Scale-out cooldown", "s", 60, 0, 3600, "Seconds to wait after a scale-out before scaling out again."));
}

ParamSchema makeCloudFront()
{
    std::vector<ParamSpec> s;
    s.push_back(choice("price_class", "Price class", "PriceClass_100", names({"PriceClass_100", "PriceClass_200", "PriceClass_All"}),
                       "Edge locations served: 100 = North America and Europe (cheapest), 200 adds Asia, Middle East and Africa, All adds South America and Oceania."));
    s.push_back(choice("viewer_protocol_policy", "Viewer protocol", "redirect-to-https", names({"redirect-to-https", "https-only", "allow-all"}),
                       "What CloudFront does with plain HTTP requests; allow-all serves them unencrypted."));
    s.push_back(boolean("compress", "Compress", true, "Compress text responses at the edge (smaller transfer, lower egress cost)."));
    s.push_back(boolean("ipv6", "IPv6", true, "Serve over IPv6 as well as IPv4."));
    s.push_back(integer("static_min_ttl", "Static minimum TTL", "s", 86400, 0, 31536000, "Shortest time /static/* stays cached."));
    s.push_back(integer("static_default_ttl", "Static default TTL", "s", 604800, 0, 31536000, "Cache time for /static/* when the origin sends no Cache-Control."));
    s.push_back(integer("static_max_ttl", "Static maximum TTL", "s", 31536000, 0, 31536000, "Longest time /static/* stays cached."));
    s.push_back(integer("media_min_ttl", "Media minimum TTL", "s", 3600, 0, 31536000, "Shortest time /media/* stays cached."));
    s.push_back(integer("media_default_ttl", "Media default TTL", "s", 86400, 0, 31536000, "Cache time for /media/* when the origin sends no Cache-Control."));
    s.push_back(integer("media_max_ttl", "Media maximum TTL", "s", 604800, 0, 31536000, "Longest time /media/* stays cached."));
    s.push_back(integer("api_default_ttl", "API default TTL", "s", 0, 0, 86400, "Cache time for API responses (the default behaviour, forwarded to the ALB); 0 passes every request through."));
    s.push_back(number("cache_hit_ratio", "Cache hit ratio", "%", 80, 0, 100, "Share of static and media requests answered at the edge; application responses are not cached and reach the load balancer."));
    return ParamSchema(std::move(s));
}

ParamSchema makeAlb()
{
    std::vector<ParamSpec> s;
    s.push_back(boolean("internal", "Internal", false, "An internal load balancer has no public address (only reachable from inside the VPC)."));
    s.push_back(boolean("http_redirect", "Redirect HTTP", true, "Listen on port 80 and redirect every request to HTTPS on 443."));
    s.push_back(text("ssl_policy", "TLS policy", "ELBSecurityPolicy-TLS13-1-2-2021-06", "[A-Za-z0-9-]+", "Security policy of the HTTPS listener."));
    s.push_back(text("certificate_domain", "Certificate domain", "app.example.com", "[A-Za-z0-9.*-]+", "Domain of the ACM certificate on the HTTPS listener."));
    s.push_back(integer("idle_timeout", "Idle timeout", "s", 60, 1, 4000, "Seconds a connection may stay idle."));
    s.push_back(boolean("deletion_protection", "Deletion protection", true, "Refuse deletion of the load balancer through the API."));
    s.push_back(text("health_check_path", "Health check path", "/health/", "/[^\\s]*", "Path the target group checks on each web task."));
    s.push_back(integer("deregistration_delay", "Deregistration delay", "s", 30, 0, 3600, "Seconds in-flight requests may finish when a task leaves."));
    s.push_back(boolean("waf", "WAF web ACL", false,
                        "Filter requests with an AWS WAF web ACL of AWS managed rule groups (common rules, known bad inputs, SQL injection): on CloudFront when it fronts the load balancer, else on the load balancer."));
    return ParamSchema(std::move(s));
}

ParamSchema makeEcsWeb()
{
    std::vector<ParamSpec> s;
    addTaskSize(s, 1024, 2048, "arm64");
    s.push_back(choice("server", "Application server", "gunicorn", names({"gunicorn", "uvicorn"}),
                       "Gunicorn (WSGI) or Uvicorn workers (ASGI) serving Django."));
    s.push_back(integer("workers", "Workers per task", "processes", 4, 1, 64,
                        "Server worker processes per task; each holds up to two database connections in the pool calculation."));
    s.push_back(integer("threads", "Threads per worker", "threads", 1, 1, 64,
                        "Gunicorn threads per worker (the gthread worker class above 1); a sync worker serves one request at a time. Uvicorn ignores it."));
    s.push_back(integer("container_port", "Container port", "", 8000, 1, 65535, "Port the application server listens on; the ALB forwards to it."));
    // AWS: a path pattern is up to 128 characters of A-Z a-z 0-9 _ - . $ / ~ " ' @ : + & and the
    // wildcards * and ?; a listener rule takes at most 5 condition values (Elastic Load Balancing
    // User Guide, "Listener rules for your Application Load Balancer", condition types and quotas).
    ParamSpec paths = list("path_patterns", "Path patterns", {}, {},
                           "Request paths the ALB sends to this service (for example /api/*), one listener rule; empty: the listener's default route. "
                           "With several web services, every one but the default needs patterns.");
    paths.pattern = QStringLiteral("/[A-Za-z0-9_.$/~\"'@:+&*?-]{0,127}");
    s.push_back(paths);
    addScaling(s, 2, 2, 20);
    s.push_back(number("cpu_target", "CPU target", "%", 70, 10, 95, "Target tracking keeps the service's average CPU near this value."));
    s.push_back(text("image_tag", "Image tag", "latest", "[A-Za-z0-9._-]+", "Container image tag deployed from ECR."));
    s.push_back(boolean("ecs_exec", "ECS Exec", false,
                        "Allow aws ecs execute-command into this service's tasks; off by default, and when on every session is KMS-encrypted and logged to CloudWatch."));
    return ParamSchema(std::move(s));
}

ParamSchema makeEcsWorker()
{
    std::vector<ParamSpec> s;
    s.push_back(list("queues", "Queues", names({"default"}), {}, "Celery queues this worker group consumes (-Q)."));
    s.push_back(integer("concurrency", "Concurrency", "processes", 4, 1, 256, "Celery worker concurrency (-c) per task; each slot holds one database connection."));
    s.push_back(choice("pool", "Pool", "prefork", names({"prefork", "threads", "gevent", "solo"}), "Celery execution pool."));
    s.push_back(number("arrival_rate", "Task arrivals", "tasks/s", 1, 0, 1e6,
                       "Average tasks per second sent to this group's queues; at peak traffic it grows with peak_rps ÷ avg_rps."));
    s.push_back(number("task_duration", "Mean task duration", "s", 1, 0.001, 86400, "Mean run time of one task of these queues."));
    s.push_back(integer("max_tasks_per_child", "Max tasks per child", "tasks", 0, 0, 1000000,
                        "Recycle a worker process after this many tasks (0 = never); long-running queues should set it to contain memory leaks."));
    addTaskSize(s, 512, 1024, "arm64");
    addScaling(s, 1, 2, 10);
    s.push_back(integer("queue_depth_target", "Queue depth target", "messages/task", 100, 1, 1000000,
                        "Autoscaling keeps the number of waiting messages per task near this value."));
    s.push_back(boolean("spot", "Fargate Spot allowed", false, "Run on Fargate Spot (about 70 % cheaper) when the queue tolerates interrupted tasks."));
    s.push_back(boolean("ecs_exec", "ECS Exec", false,
                        "Allow aws ecs execute-command into this service's tasks; off by default, and when on every session is KMS-encrypted and logged to CloudWatch."));
    return ParamSchema(std::move(s));
}

ParamSchema makeEcsBeat()
{
    std::vector<ParamSpec> s;
    addTaskSize(s, 256, 512, "arm64");
    s.push_back(integer("desired_tasks", "Tasks", "tasks", 1, 0, 10, "Celery Beat must run exactly once, or periodic tasks are sent twice."));
    s.push_back(choice("scheduler", "Scheduler", "django_celery_beat.schedulers:DatabaseScheduler",
                       names({"django_celery_beat.schedulers:DatabaseScheduler", "celery.beat:PersistentScheduler"}),
                       "Where Beat keeps its schedule: in the database (editable in the Django admin) or a local file."));
    s.push_back(boolean("ecs_exec", "ECS Exec", false,
                        "Allow aws ecs execute-command into this service's tasks; off by default, and when on every session is KMS-encrypted and logged to CloudWatch."));
    return ParamSchema(std::move(s));
}

ParamSchema makeRds()
{
    std::vector<ParamSpec> s;
    s.push_back(text("engine_version", "Engine version", "16", "[0-9]{2}(\\.[0-9]+)?",
                     "PostgreSQL major version (for example 16); the module runs its latest minor version with automatic minor upgrades."));
    ParamSpec cls = text("instance_class", "Instance class", "db.r6g.large", "db\\.[a-z0-9]+\\.[a-z0-9]+", "RDS instance class; memory sets the default connection limit.");
    cls.choices = rdsInstanceClassNames();
    s.push_back(cls);
    s.push_back(boolean("multi_az", "Multi-AZ", true, "Keep a synchronous standby in a second Availability Zone (automatic failover; doubles instance and storage cost)."));
    s.push_back(choice("storage_type", "Storage type", "gp3", names({"gp3", "gp2", "io1", "io2"}), "EBS volume type; gp3 includes 3,000 IOPS and 125 MiB/s below 400 GB."));
    s.push_back(integer("allocated_storage", "Storage", "GB", 100, 20, 65536, "Provisioned storage."));
    s.push_back(integer("max_allocated_storage", "Storage autoscaling limit", "GB", 1000, 0, 65536, "Storage grows automatically up to this size (0 = no autoscaling)."));
    s.push_back(integer("iops", "IOPS", "IOPS", 3000, 0, 256000, "Provisioned IOPS (gp3: 3,000 included below 400 GB, 12,000 at 400 GB and above)."));
    s.push_back(integer("storage_throughput", "Throughput", "MiB/s", 125, 0, 4000, "Provisioned throughput (gp3: 125 MiB/s included below 400 GB, 500 at 400 GB and above)."));
    s.push_back(integer("backup_retention_days", "Backup retention", "days", 7, 0, 35, "Days automated backups are kept (0 disables them)."));
    s.push_back(text("backup_window", "Backup window", "03:00-04:00", windowPattern, "Daily UTC window for automated backups (hh:mm-hh:mm)."));
    s.push_back(text("maintenance_window", "Maintenance window", "mon:04:00-mon:05:00", maintenancePattern, "Weekly UTC maintenance window (ddd:hh:mm-ddd:hh:mm)."));
    s.push_back(boolean("deletion_protection", "Deletion protection", true, "Refuse deletion of the database through the API."));
    s.push_back(boolean("performance_insights", "Performance Insights", true, "Collect query-level load data (7 days free)."));
    s.push_back(oneOfInts("monitoring_interval", "Enhanced monitoring", "s", 60, {0, 1, 5, 10, 15, 30, 60}, "Seconds between OS metrics samples (0 = off)."));
    s.push_back(boolean("storage_encrypted", "Encrypted", true, "Encrypt storage, backups and snapshots at rest with KMS."));
    s.push_back(boolean("publicly_accessible", "Publicly accessible", false, "Give the database a public address; never wanted for a Django backend."));
    s.push_back(integer("read_replicas", "Read replicas", "replicas", 0, 0, 15, "Asynchronous read replicas of the same class, for reporting or read scaling."));
    s.push_back(integer("max_connections", "max_connections override", "connections", 0, 0, 262143, "Explicit max_connections in the parameter group (0 = the computed pool budget)."));
    s.push_back(text("database_name", "Database name", "app", "[a-z][a-z0-9_]{0,62}", "Name of the application database."));
    s.push_back(map("parameters", "Parameter overrides", "Extra PostgreSQL parameters for the parameter group (name: value)."));
    return ParamSchema(std::move(s));
}

ParamSchema makePgBouncer()
{
    std::vector<ParamSpec> s;
    s.push_back(choice("pool_mode", "Pool mode", "transaction", names({"transaction", "session", "statement"}),
                       "transaction returns a server connection after each transaction (best for Django with CONN_MAX_AGE)."));
    s.push_back(choice("sizing", "Pool sizing", "automatic", names({"automatic", "manual"}),
                       "automatic takes the pool sizes from the connection calculation; manual uses the values below."));
    s.push_back(integer("default_pool_size", "Default pool size", "connections", 20, 1, 10000, "Server connections per database and user (manual sizing)."));
    s.push_back(integer("max_client_conn", "Max client connections", "connections", 1000, 1, 100000, "Client connections accepted (manual sizing)."));
    s.push_back(integer("min_pool_size", "Min pool size", "connections", 5, 0, 10000, "Server connections kept open when idle."));
    s.push_back(integer("reserve_pool_size", "Reserve pool", "connections", 5, 0, 10000, "Extra connections allowed under load."));
    s.push_back(integer("server_lifetime", "Server lifetime", "s", 3600, 0, 86400, "Close a server connection after this long."));
    s.push_back(integer("server_idle_timeout", "Server idle timeout", "s", 600, 0, 86400, "Close an idle server connection after this long."));
    s.push_back(integer("listen_port", "Port", "", 6432, 1, 65535, "Port pgBouncer listens on."));
    s.push_back(choice("auth_type", "Authentication", "scram-sha-256", names({"scram-sha-256", "md5"}), "How clients authenticate."));
    addTaskSize(s, 256, 512, "arm64");
    s.push_back(integer("desired_tasks", "Tasks", "tasks", 2, 1, 10, "pgBouncer tasks behind the service (two for availability)."));
    // The pgBouncer console (SHOW POOLS) is reached with psql inside the task (docs/runbooks).
    s.push_back(boolean("ecs_exec", "ECS Exec", false,
                        "Allow aws ecs execute-command into this service's tasks; off by default, and when on every session is KMS-encrypted and logged to CloudWatch."));
    return ParamSchema(std::move(s));
}

ParamSchema makeRedis()
{
    std::vector<ParamSpec> s;
    s.push_back(text("engine_version", "Engine version", "7.1", "[0-9]+(\\.[0-9]+)?", "Redis OSS engine version."));
    ParamSpec node = text("node_type", "Node type", "cache.r6g.large", "cache\\.[a-z0-9]+\\.[a-z0-9]+", "ElastiCache node type.");
    node.choices = cacheNodeTypeNames();
    s.push_back(node);
    s.push_back(integer("replicas", "Replicas", "nodes", 1, 0, 5, "Read replicas besides the primary (needed for automatic failover)."));
    s.push_back(boolean("automatic_failover", "Automatic failover", true, "Promote a replica when the primary fails (needs at least one replica)."));
    s.push_back(boolean("multi_az", "Multi-AZ", true, "Place the replica in another Availability Zone."));
    s.push_back(boolean("at_rest_encryption", "Encryption at rest", true, "Encrypt data on disk and in snapshots."));
    s.push_back(boolean("transit_encryption", "Encryption in transit", true, "TLS between clients and Redis (rediss://)."));
    s.push_back(boolean("auth_token", "Auth token", true, "Require an AUTH token kept in Secrets Manager (needs encryption in transit)."));
    s.push_back(choice("maxmemory_policy", "Eviction policy", "volatile-lru",
                       names({"volatile-lru", "allkeys-lru", "volatile-lfu", "allkeys-lfu", "volatile-random", "allkeys-random", "volatile-ttl", "noeviction"}),
                       "What Redis evicts when memory is full; volatile-* keeps keys without a TTL (Celery messages)."));
    s.push_back(list("roles", "Roles", names({"cache", "sessions", "broker", "results"}), names({"cache", "sessions", "broker", "results"}),
                     "What Django and Celery use this Redis for."));
    s.push_back(integer("cache_db", "Cache DB", "", 0, 0, 15, "Redis database number of the Django cache."));
    s.push_back(integer("sessions_db", "Sessions DB", "", 1, 0, 15, "Redis database number of the session cache."));
    s.push_back(integer("broker_db", "Broker DB", "", 2, 0, 15, "Redis database number of the Celery broker."));
    s.push_back(integer("results_db", "Results DB", "", 3, 0, 15, "Redis database number of the Celery result backend."));
    s.push_back(integer("snapshot_retention_days", "Snapshot retention", "days", 7, 0, 35, "Days daily snapshots are kept."));
    s.push_back(integer("port", "Port", "", 6379, 1, 65535, "Port Redis listens on."));
    return ParamSchema(std::move(s));
}

ParamSchema makeS3()
{
    std::vector<ParamSpec> s;
    s.push_back(choice("role", "Role", "static", names({"static", "media", "backups", "other"}), "What the bucket holds; static and media are served through CloudFront."));
    s.push_back(number("storage_gb", "Stored data", "GB", 0, 0, 10000000, "Data kept in the bucket (0 = share of the workload's S3 storage)."));
    s.push_back(boolean("versioning", "Versioning", true, "Keep previous versions of every object."));
    s.push_back(choice("encryption", "Encryption", "SSE-S3", names({"SSE-S3", "SSE-KMS", "none"}), "Server-side encryption of objects at rest."));
    s.push_back(boolean("block_public_access", "Block public access", true, "Block every public ACL and policy; CloudFront reads through origin access control."));
    s.push_back(integer("transition_ia_days", "Move to Infrequent Access after", "days", 0, 0, 36500, "Lifecycle rule: move objects to Standard-IA after this many days (0 = off, else at least 30)."));
    s.push_back(integer("transition_glacier_days", "Move to Glacier after", "days", 0, 0, 36500, "Lifecycle rule: move objects to Glacier Instant Retrieval after this many days (0 = off)."));
    s.push_back(integer("expiration_days", "Expire after", "days", 0, 0, 36500, "Lifecycle rule: delete objects after this many days (0 = never)."));
    s.push_back(integer("noncurrent_expiration_days", "Expire old versions after", "days", 90, 0, 36500, "Delete non-current versions after this many days (0 = never)."));
    return ParamSchema(std::move(s));
}

ParamSchema makeEcr()
{
    std::vector<ParamSpec> s;
    s.push_back(boolean("scan_on_push", "Scan on push", true, "Scan each pushed image for known vulnerabilities."));
    s.push_back(boolean("immutable_tags", "Immutable tags", true, "Refuse to overwrite an existing image tag."));
    s.push_back(integer("keep_images", "Images kept", "images", 30, 1, 10000, "Lifecycle policy: keep this many most recent images."));
    s.push_back(number("storage_gb", "Stored images", "GB", 5, 0, 100000, "Image data kept in the repository."));
    return ParamSchema(std::move(s));
}

ParamSchema makeSecrets()
{
    std::vector<ParamSpec> s;
    s.push_back(list("secrets", "Secrets", names({"django-secret-key", "database-password", "redis-auth-token"}), {},
                     "Secrets kept in Secrets Manager and injected into the tasks."));
    s.push_back(integer("rotation_days", "Rotation", "days", 30, 0, 365, "Rotate the database password every this many days (0 = no rotation)."));
    s.push_back(number("api_calls_per_month", "API calls", "calls/month", 100000, 0, 1e12, "Secret reads per month (task starts and refreshes)."));
    return ParamSchema(std::move(s));
}

ParamSchema makeCloudWatch()
{
    std::vector<ParamSpec> s;
    s.push_back(oneOfInts("log_retention_days", "Log retention", "days", 30,
                          {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653},
                          "Days log events are kept in each log group."));
    // The audit trail (terraform/logging.tf): access logs in S3, flow and database logs in CloudWatch.
    s.push_back(integer("access_log_retention_days", "Access log retention", "days", 90, 1, 3650,
                        "Days the load balancer's and CloudFront's access logs are kept in the log bucket (an S3 lifecycle rule expires them)."));
    s.push_back(oneOfInts("flow_log_retention_days", "Flow log retention", "days", 90,
                          {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653},
                          "Days the VPC flow logs are kept in their CloudWatch log group."));
    s.push_back(oneOfInts("database_log_retention_days", "Database log retention", "days", 30,
                          {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653},
                          "Days the exported database logs are kept in CloudWatch (RDS: PostgreSQL and upgrade logs; Aurora: the PostgreSQL log)."));
    s.push_back(number("log_ingestion_gb", "Log ingestion (override)", "GB/month", 0, 0, 1e7,
                      "Log data written per month by all tasks, as measured; 0 derives it from the traffic model (requests and Celery tasks × log bytes per request)."));
    s.push_back(boolean("container_insights", "Container Insights", true, "Collect per-task CPU and memory metrics for the ECS cluster."));
    s.push_back(boolean("alarms", "Alarms", true, "Create the standard alarms (CPU, memory, 5xx, latency, database, Redis, queue depth)."));
    s.push_back(text("alarm_email", "Alarm e-mail", "", "([^@\\s]+@[^@\\s]+)?", "Where alarm notifications are sent (through an SNS topic); empty = no subscription."));
    return ParamSchema(std::move(s));
}

ParamSchema makeSqs()
{
    std::vector<ParamSpec> s;
    s.push_back(boolean("broker", "Celery broker", true, "Use SQS as the Celery broker instead of Redis."));
    s.push_back(integer("visibility_timeout", "Visibility timeout", "s", 3600, 0, 43200, "Seconds a received message stays hidden; must exceed the longest task."));
    s.push_back(integer("message_retention", "Message retention", "s", 345600, 60, 1209600, "Seconds an unconsumed message is kept."));
    s.push_back(number("requests_millions", "Requests", "million/month", 10, 0, 1e9, "API requests per month (send, receive, delete, empty polls)."));
    return ParamSchema(std::move(s));
}

// Aurora PostgreSQL: a cluster of one writer and up to 15 readers on shared, self-growing
// storage (no allocated size), provisioned instances or Serverless v2 (ACUs).
ParamSchema makeAurora()
{
    std::vector<ParamSpec> s;
    s.push_back(text("engine_version", "Engine version", "16", "[0-9]{2}(\\.[0-9]+)?",
                     "Aurora PostgreSQL major version (for example 16); the module runs its latest minor version with automatic minor upgrades."));
    s.push_back(choice("capacity", "Capacity", "provisioned", names({"provisioned", "serverless_v2"}),
                       "provisioned runs every instance on the instance class below; serverless_v2 runs db.serverless instances that scale between the minimum and maximum ACUs (1 ACU is about 2 GiB of memory with its CPU)."));
    ParamSpec cls = text("instance_class", "Instance class", "db.r6g.large", "db\\.[a-z0-9]+\\.[a-z0-9]+",
                         "Aurora instance class of the writer and every reader (provisioned capacity); memory sets the default connection limit.");
    cls.choices = auroraInstanceClassNames();
    s.push_back(cls);
    s.push_back(number("min_acu", "Minimum capacity", "ACU", 0.5, 0, 256,
                       "Serverless v2: lowest capacity of each instance, in steps of 0.5 ACU; 0 lets an idle instance pause (it takes seconds to resume)."));
    s.push_back(number("max_acu", "Maximum capacity", "ACU", 16, 1, 256,
                       "Serverless v2: highest capacity of each instance, in steps of 0.5 ACU (up to 256 on recent versions); it also sets the instance's connection limit."));
    s.push_back(number("average_acu", "Average capacity", "ACU", 2, 0, 256,
                       "Serverless v2: the capacity each instance averages over a month, for the cost estimate (the bill follows actual use between the minimum and maximum)."));
    s.push_back(integer("readers", "Readers", "instances", 1, 0, 15,
                        "Reader instances besides the writer, in other Availability Zones: one is the failover target, all serve the reader endpoint."));
    s.push_back(choice("storage_configuration", "Storage configuration", "standard", names({"standard", "io_optimized"}),
                       "standard bills storage and every I/O request; io_optimized bills no I/O but more per GB and about 30 % more per instance-hour or ACU-hour (pays off when I/O is over about a quarter of the bill)."));
    s.push_back(number("io_requests_millions", "I/O requests (override)", "million/month", 0, 0, 1e9,
                       "Storage I/O requests per month billed with standard storage, as measured; 0 derives them from the workload (writes plus reads that miss the cache)."));
    s.push_back(boolean("global_database", "Global database", false,
                        "Make the cluster the primary of an Aurora Global Database, so clusters in other regions can be added as secondaries (cross-region disaster recovery)."));
    s.push_back(integer("backup_retention_days", "Backup retention", "days", 7, 1, 35, "Days continuous backups are kept (Aurora keeps at least 1)."));
    s.push_back(text("backup_window", "Backup window", "03:00-04:00", windowPattern, "Daily UTC window for automated backups (hh:mm-hh:mm)."));
    s.push_back(text("maintenance_window", "Maintenance window", "mon:04:00-mon:05:00", maintenancePattern, "Weekly UTC maintenance window (ddd:hh:mm-ddd:hh:mm)."));
    s.push_back(boolean("deletion_protection", "Deletion protection", true, "Refuse deletion of the cluster through the API."));
    s.push_back(boolean("performance_insights", "Performance Insights", true, "Collect query-level load data on every instance (7 days free)."));
    s.push_back(oneOfInts("monitoring_interval", "Enhanced monitoring", "s", 60, {0, 1, 5, 10, 15, 30, 60}, "Seconds between OS metrics samples (0 = off)."));
    s.push_back(boolean("storage_encrypted", "Encrypted", true, "Encrypt the cluster volume, backups and snapshots at rest with KMS."));
    s.push_back(boolean("publicly_accessible", "Publicly accessible", false, "Give the instances public addresses; never wanted for a Django backend."));
    s.push_back(integer("max_connections", "max_connections override", "connections", 0, 0, 262143, "Explicit max_connections in the parameter group (0 = the computed pool budget)."));
    s.push_back(text("database_name", "Database name", "app", "[a-z][a-z0-9_]{0,62}", "Name of the application database."));
    s.push_back(map("parameters", "Parameter overrides", "Extra PostgreSQL parameters for the cluster parameter group (name: value)."));
    return ParamSchema(std::move(s));
}

// EventBridge Scheduler: the design's schedules (name: "EXPRESSION -> TARGET[: COMMAND]", see
// model/schedule.h) in one schedule group, run with one IAM role.
ParamSchema makeScheduler()
{
    std::vector<ParamSpec> s;
    s.push_back(map("schedules", "Schedules",
                    "One schedule per entry: name: \"EXPRESSION -> TARGET: COMMAND\". EXPRESSION is rate(N minutes|hours|days) or cron(minutes hours day-of-month month day-of-week year); "
                    "TARGET is an ECS worker or web service (RunTask of its image with COMMAND, for example python manage.py clearsessions) or an SQS component with a queue, sqs/QUEUE (COMMAND is the message body)."));
    s.push_back(text("timezone", "Time zone", "UTC", "[A-Za-z_]+(/[A-Za-z0-9_+-]+)*", "IANA time zone the cron expressions are read in (for example Europe/Berlin); rate() ignores it."));
    s.push_back(integer("flexible_window_minutes", "Flexible window", "min", 0, 0, 1440,
                        "0 runs each schedule at its time; more lets EventBridge spread the invocations over that many minutes."));
    s.push_back(integer("retry_attempts", "Retries", "attempts", 2, 0, 185, "How often EventBridge retries a failed invocation (RunTask refused, queue unavailable)."));
    s.push_back(integer("max_event_age", "Maximum event age", "s", 3600, 60, 86400, "Seconds after which an invocation that could not be delivered is dropped."));
    s.push_back(number("task_minutes", "Scheduled task run time", "min", 5, 0, 1440,
                       "Average minutes a scheduled ECS task runs, for the Fargate cost of its runs (the target service's CPU and memory)."));
    return ParamSchema(std::move(s));
}

// Amazon MemoryDB: a durable Redis OSS / Valkey cluster (every write in a Multi-AZ log).
ParamSchema makeMemoryDb()
{
    std::vector<ParamSpec> s;
    s.push_back(choice("engine", "Engine", "valkey", names({"valkey", "redis"}), "Valkey (30 % cheaper node-hours, Redis OSS compatible) or Redis OSS."));
    s.push_back(text("engine_version", "Engine version", "7.2", "[0-9]+(\\.[0-9]+)?", "Engine version (Valkey 7.2, Redis OSS 7.1 or 6.2)."));
    ParamSpec node = text("node_type", "Node type", "db.r6g.large", "db\\.[a-z0-9]+\\.[a-z0-9]+", "MemoryDB node type; memory holds the whole data set.");
    node.choices = memoryDbNodeTypeNames();
    s.push_back(node);
    s.push_back(integer("shards", "Shards", "shards", 1, 1, 500,
                        "Shards the key space is split over. MemoryDB is always a cluster: Celery's Redis transport and Django's cache client need a single shard."));
    s.push_back(integer("replicas_per_shard", "Replicas per shard", "nodes", 1, 0, 5, "Replicas of each shard in other zones (failover targets, read scaling)."));
    s.push_back(boolean("tls", "TLS", true, "Encrypt client connections (rediss://)."));
    s.push_back(list("acl_users", "ACL users", names({"app"}), {},
                     "Users of the cluster's access control list, each with its own password kept in Secrets Manager; the application logs in as the first."));
    s.push_back(text("access_string", "Access string", "on ~* &* +@all -@dangerous", ".+", "Redis ACL rule the users get (keys, channels and commands)."));
    s.push_back(list("roles", "Roles", names({"sessions", "results"}), names({"cache", "sessions", "broker", "results"}),
                     "What Django and Celery keep here: the roles that must survive a node failure (sessions, results, broker messages); a plain cache belongs in ElastiCache."));
    s.push_back(integer("snapshot_retention_days", "Snapshot retention", "days", 7, 0, 35, "Days daily snapshots are kept."));
    s.push_back(number("data_written_gb", "Data written (override)", "GB/month", 0, 0, 1e9,
                       "Data written per month, as measured; 0 derives it from the workload (session writes, task messages and results)."));
    s.push_back(integer("port", "Port", "", 6379, 1, 65535, "Port the cluster listens on."));
    return ParamSchema(std::move(s));
}

} // namespace

QString kindName(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::CloudFront: return QStringLiteral("cloudfront");
    case ComponentKind::Alb: return QStringLiteral("alb");
    case ComponentKind::EcsWeb: return QStringLiteral("ecs_web");
    case ComponentKind::EcsWorker: return QStringLiteral("ecs_worker");
    case ComponentKind::EcsBeat: return QStringLiteral("ecs_beat");
    case ComponentKind::RdsPostgres: return QStringLiteral("rds_postgres");
    case ComponentKind::PgBouncer: return QStringLiteral("pgbouncer");
    case ComponentKind::ElastiCacheRedis: return QStringLiteral("elasticache_redis");
    case ComponentKind::S3Bucket: return QStringLiteral("s3_bucket");
    case ComponentKind::Ecr: return QStringLiteral("ecr");
    case ComponentKind::SecretsManager: return QStringLiteral("secrets_manager");
    case ComponentKind::CloudWatch: return QStringLiteral("cloudwatch");
    case ComponentKind::Sqs: return QStringLiteral("sqs");
    case ComponentKind::AuroraPostgres: return QStringLiteral("aurora_postgres");
    case ComponentKind::EventBridgeScheduler: return QStringLiteral("eventbridge_scheduler");
    case ComponentKind::MemoryDb: return QStringLiteral("memorydb");
    }
    return {};
}

std::optional<ComponentKind> kindFromName(const QString &name)
{
    for (ComponentKind k : allComponentKinds) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QStringList kindNames()
{
    QStringList r;
    for (ComponentKind k : allComponentKinds)
        r.append(kindName(k));
    return r;
}

QString kindDisplayName(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::CloudFront: return QStringLiteral("CloudFront CDN");
    case ComponentKind::Alb: return QStringLiteral("Application Load Balancer");
    case ComponentKind::EcsWeb: return QStringLiteral("ECS web service");
    case ComponentKind::EcsWorker: return QStringLiteral("Celery workers");
    case ComponentKind::EcsBeat: return QStringLiteral("Celery Beat");
    case ComponentKind::RdsPostgres: return QStringLiteral("RDS PostgreSQL");
    case ComponentKind::PgBouncer: return QStringLiteral("pgBouncer");
    case ComponentKind::ElastiCacheRedis: return QStringLiteral("ElastiCache Redis");
    case ComponentKind::S3Bucket: return QStringLiteral("S3 bucket");
    case ComponentKind::Ecr: return QStringLiteral("ECR repository");
    case ComponentKind::SecretsManager: return QStringLiteral("Secrets Manager");
    case ComponentKind::CloudWatch: return QStringLiteral("CloudWatch");
    case ComponentKind::Sqs: return QStringLiteral("SQS queues");
    case ComponentKind::AuroraPostgres: return QStringLiteral("Aurora PostgreSQL");
    case ComponentKind::EventBridgeScheduler: return QStringLiteral("EventBridge Scheduler");
    case ComponentKind::MemoryDb: return QStringLiteral("MemoryDB");
    }
    return {};
}

QString kindDescription(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::CloudFront: return QStringLiteral("Edge cache for static and media files and the API, with HTTPS redirect.");
    case ComponentKind::Alb: return QStringLiteral("Terminates TLS and routes requests to the web tasks.");
    case ComponentKind::EcsWeb: return QStringLiteral("Django behind Gunicorn or Uvicorn on Fargate, scaled on CPU.");
    case ComponentKind::EcsWorker: return QStringLiteral("A group of Celery workers serving one or more queues, scaled on queue depth.");
    case ComponentKind::EcsBeat: return QStringLiteral("The single Celery Beat scheduler.");
    case ComponentKind::RdsPostgres: return QStringLiteral("Managed PostgreSQL with Multi-AZ standby, backups and encryption.");
    case ComponentKind::PgBouncer: return QStringLiteral("Connection pooler between Django/Celery and PostgreSQL.");
    case ComponentKind::ElastiCacheRedis: return QStringLiteral("Redis for cache, sessions, Celery broker and results.");
    case ComponentKind::S3Bucket: return QStringLiteral("Object storage for static files, media uploads or backups.");
    case ComponentKind::Ecr: return QStringLiteral("Container registry for the application image.");
    case ComponentKind::SecretsManager: return QStringLiteral("Secrets injected into the tasks at start.");
    case ComponentKind::CloudWatch: return QStringLiteral("Logs, metrics and alarms.");
    case ComponentKind::Sqs: return QStringLiteral("SQS as an alternative Celery broker.");
    case ComponentKind::AuroraPostgres: return QStringLiteral("Aurora PostgreSQL cluster: a writer and readers on shared storage, provisioned or Serverless v2.");
    case ComponentKind::EventBridgeScheduler: return QStringLiteral("Schedules that run ECS tasks or send to SQS, instead of Celery Beat for cross-service jobs.");
    case ComponentKind::MemoryDb: return QStringLiteral("Durable Redis-compatible store for sessions, results or broker messages that must survive a failure.");
    }
    return {};
}

Tier kindTier(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::CloudFront: return Tier::Edge;
    case ComponentKind::Alb: return Tier::LoadBalancer;
    case ComponentKind::EcsWeb:
    case ComponentKind::EcsWorker:
    case ComponentKind::EcsBeat: return Tier::Service;
    case ComponentKind::RdsPostgres:
    case ComponentKind::AuroraPostgres:
    case ComponentKind::PgBouncer:
    case ComponentKind::ElastiCacheRedis:
    case ComponentKind::MemoryDb:
    case ComponentKind::S3Bucket:
    case ComponentKind::Sqs: return Tier::Data;
    case ComponentKind::Ecr:
    case ComponentKind::SecretsManager:
    case ComponentKind::CloudWatch:
    case ComponentKind::EventBridgeScheduler: return Tier::Platform;
    }
    return Tier::Platform;
}

bool kindIsEcsService(ComponentKind kind)
{
    return kind == ComponentKind::EcsWeb || kind == ComponentKind::EcsWorker || kind == ComponentKind::EcsBeat
        || kind == ComponentKind::PgBouncer;
}

bool kindIsPostgres(ComponentKind kind)
{
    return kind == ComponentKind::RdsPostgres || kind == ComponentKind::AuroraPostgres;
}

const ParamSchema &kindSchema(ComponentKind kind)
{
    static const ParamSchema schemas[] = {
        makeCloudFront(), makeAlb(), makeEcsWeb(), makeEcsWorker(), makeEcsBeat(), makeRds(), makePgBouncer(),
        makeRedis(), makeS3(), makeEcr(), makeSecrets(), makeCloudWatch(), makeSqs(), makeAurora(),
        makeScheduler(), makeMemoryDb(),
    };
    return schemas[int(kind)];
}

const ParamSchema &settingsSchema()
{
    static const ParamSchema schema([] {
        std::vector<ParamSpec> s;
        s.push_back(text("name", "Name", "Untitled design", ".+", "Human name of the design."));
        s.push_back(text("project", "Project", "myapp", "[a-z][a-z0-9-]{1,30}", "Short identifier used in resource names, the Django project and the Celery app."));
        s.push_back(text("region", "Region", "us-east-1", "[a-z]{2}(-gov)?-[a-z]+-[0-9]", "AWS region (prices come from the pricing catalog of that region)."));
        s.push_back(choice("environment", "Environment", "production", names({"production", "staging", "development"}),
                           "Production designs are held to the full resilience rules."));
        s.push_back(choice("django_version", "Django version", "5.2", names({"4.2", "5.2"}),
                           "Django LTS release the application runs (major.minor). The exported settings are written for it and refuse to load under another release; 4.2 is out of upstream support since April 2026, 5.2 is supported until April 2028."));
        return s;
    }());
    return schema;
}

const ParamSchema &networkSchema()
{
    static const ParamSchema schema([] {
        std::vector<ParamSpec> s;
        s.push_back(choice("mode", "VPC", "new_vpc", names({"new_vpc", "existing_vpc"}),
                           "new_vpc creates a VPC with public and private subnets; existing_vpc takes the ids of one you have."));
        s.push_back(text("vpc_cidr", "VPC CIDR", "10.0.0.0/16", "[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}", "Address range of a new VPC."));
        s.push_back(integer("az_count", "Availability Zones", "AZs", 2, 1, 6, "Availability Zones the tasks, NAT gateways and routes use; one only outside production (the subnets span at least two: a load balancer and an RDS subnet group need two)."));
        s.push_back(integer("nat_gateways", "NAT gateways", "gateways", 2, 0, 6, "NAT gateways for the private subnets (one per AZ for resilience, 1 to save cost, 0 if tasks have public IPs)."));
        s.push_back(number("nat_data_gb", "Data through NAT (override)", "GB/month", 0, 0, 1e9,
                           "Data the tasks send through NAT per month, as measured; 0 derives it from the traffic model (logs, image pulls, uploads to S3)."));
        s.push_back(boolean("vpc_endpoints", "VPC endpoints", false,
                            "Reach ECR, Secrets Manager and CloudWatch Logs through interface endpoints and S3 through its gateway endpoint instead of NAT (a new VPC only); the cost estimate weighs their hourly charge against the NAT data they save."));
        s.push_back(text("existing_vpc_id", "Existing VPC id", "", "(vpc-[0-9a-f]+)?", "With existing_vpc: the VPC id."));
        s.push_back(list("existing_public_subnet_ids", "Existing public subnets", {}, {}, "With existing_vpc: public subnet ids (for the ALB)."));
        s.push_back(list("existing_private_subnet_ids", "Existing private subnets", {}, {}, "With existing_vpc: private subnet ids (tasks, database, Redis)."));
        s.push_back(boolean("existing_vpc_flow_logs", "Flow logs of the existing VPC", false,
                            "With existing_vpc: also log the VPC's traffic to this module's flow log group. Off by default: the VPC is its owner's, who usually logs it already (a second set doubles the flow log cost); a new VPC always gets flow logs."));
        return s;
    }());
    return schema;
}

const ParamSchema &workloadSchema()
{
    static const ParamSchema schema([] {
        std::vector<ParamSpec> s;
        s.push_back(number("avg_rps", "Average requests", "req/s", 50, 0, 1e6, "Average requests per second reaching the application."));
        s.push_back(number("peak_rps", "Peak requests", "req/s", 200, 0, 1e6, "Peak requests per second."));
        s.push_back(number("read_write_ratio", "Read/write ratio", "reads per write", 4, 0, 1e4, "Database reads per write."));
        s.push_back(number("p95_latency_ms", "p95 latency target", "ms", 300, 1, 60000, "Target 95th percentile response time."));
        s.push_back(number("service_time_ms", "Mean service time", "ms", 80, 1, 600000,
                           "Mean time a web worker spends on one request (Django code, database and cache calls), without waiting in a queue. Little's law and the queueing model size the web tier from it."));
        s.push_back(number("service_time_cv", "Service time variability", "CV", 1, 0, 10,
                           "Standard deviation of the service time divided by its mean: 1 is the exponential service of the M/M/c model, below 1 steadier, above 1 burstier (it scales the queueing delay)."));
        s.push_back(number("cpu_ms_per_request", "CPU per request", "ms", 20, 0, 600000,
                           "CPU time one request uses in the worker; the rest of the service time is spent waiting for the database, Redis or other services."));
        s.push_back(number("web_worker_memory_mb", "Memory per web worker", "MiB", 250, 1, 65536,
                           "Resident memory of one Gunicorn or Uvicorn worker process with Django loaded; a web task must hold its workers plus 128 MiB for the master process and agents."));
        s.push_back(number("queries_per_request", "Queries per request", "queries", 8, 0, 10000,
                           "Database queries one request makes on average; with the read/write ratio it gives the database's I/O rate."));
        s.push_back(number("target_utilization", "Target utilisation", "%", 70, 10, 95,
                           "Share of each tier's capacity the sizing plans to use at peak; the rest is headroom for bursts and for a lost task or zone."));
        s.push_back(number("avg_response_kb", "Average response", "KB", 30, 0, 1e6,
                           "Average application response as the app sends it through the load balancer (HTML, JSON); CloudFront compression saves 25 % of it."));
        s.push_back(number("assets_per_request", "Static/media objects per request", "objects", 0.5, 0, 1000,
                           "Static and media objects viewers fetch per application request (CSS, JS, images not already in the browser cache)."));
        s.push_back(number("asset_kb", "Static/media object size", "KB", 25, 0, 1e7, "Average size of one static or media object sent to a viewer."));
        s.push_back(number("cdn_egress_gb", "CDN egress (override)", "GB/month", 0, 0, 1e9,
                           "Data CloudFront sends to viewers per month, as measured; 0 derives it from the traffic model (requests × response size plus static and media). A finding compares a typed figure with the derived one."));
        s.push_back(number("cdn_requests_millions", "CDN requests (override)", "million/month", 0, 0, 1e9,
                           "HTTPS requests CloudFront serves per month, as measured; 0 derives them from the traffic model (application requests plus static and media objects)."));
        s.push_back(number("upload_share_pct", "Writes that upload a file", "%", 1, 0, 100,
                           "Share of write requests that store a file in the media bucket (S3 PUTs and NAT data)."));
        s.push_back(number("upload_kb", "Upload size", "KB", 500, 0, 1e8, "Average size of one uploaded media file."));
        s.push_back(number("log_bytes_per_request", "Log per request", "bytes", 500, 0, 1e7,
                           "Log bytes written per application request and per Celery task (access line plus application lines)."));
        s.push_back(number("db_kb_per_query", "Database bytes per query", "KB", 2, 0, 1e6,
                           "Bytes a query and its result carry between the app, pgBouncer and the database (inter-AZ traffic)."));
        s.push_back(number("cache_kb_per_request", "Redis bytes per request", "KB", 4, 0, 1e6,
                           "Bytes one request reads from and writes to Redis (cache and session; inter-AZ traffic)."));
        s.push_back(number("image_size_mb", "Container image size", "MB", 300, 0, 1e6, "Compressed size of one container image pulled from ECR."));
        s.push_back(number("deploys_per_month", "Deploys", "per month", 20, 0, 10000,
                           "Deployments per month; each pulls the image once per desired task (NAT data)."));
        s.push_back(number("s3_storage_gb", "S3 storage", "GB", 100, 0, 1e9, "Static and media data kept in S3."));
        s.push_back(number("db_size_gb", "Database size", "GB", 50, 0, 1e6, "Current database size."));
        s.push_back(number("db_growth_gb_per_month", "Database growth", "GB/month", 5, 0, 1e6, "Database growth per month."));
        s.push_back(number("db_hot_share", "Hot data share", "%", 10, 0, 100,
                           "Share of the database read often (the working set the instance's memory should hold as cache)."));
        s.push_back(number("db_read_miss_pct", "Reads from disk", "%", 5, 0, 100,
                           "Share of read queries that miss the cache and read from storage; each write query costs one I/O."));
        s.push_back(integer("sizing_horizon_months", "Sizing horizon", "months", 12, 1, 120,
                            "Months of database growth the storage must hold."));
        s.push_back(number("cache_working_set_mb", "Cache working set", "MiB", 512, 0, 1e7,
                           "Memory the Django cache needs in Redis to keep its hit ratio."));
        s.push_back(number("active_sessions", "Active sessions", "sessions", 10000, 0, 1e9,
                           "Sessions kept at once (session cache in Redis)."));
        s.push_back(number("session_kb", "Session size", "KB", 2, 0, 1e6, "Average size of one stored session."));
        s.push_back(number("celery_process_memory_mb", "Memory per Celery process", "MiB", 100, 1, 65536,
                           "Resident memory of one Celery pool process; a worker task must hold its concurrency plus 128 MiB for the main process and agents."));
        s.push_back(number("task_message_kb", "Task message size", "KB", 2, 0, 1e5, "Size of one Celery message waiting in the broker."));
        s.push_back(number("burst_minutes", "Burst length", "min", 10, 0, 1440,
                           "Peak task arrivals lasting this long are queued at once in the Celery sizing: the queues must drain them and Redis must hold them."));
        s.push_back(number("monthly_budget_usd", "Monthly budget", "USD", 1500, 0, 1e9, "Monthly spend target; a finding fires when the estimate exceeds it (0 = no budget)."));
        s.push_back(list("compliance", "Compliance", {}, names({"pci", "hipaa", "soc2", "gdpr"}), "Compliance regimes the design must satisfy."));
        s.push_back(integer("team_size", "Team size", "engineers", 4, 1, 1000, "Engineers operating the platform."));
        s.push_back(boolean("kubernetes_experience", "Kubernetes experience", false, "Whether the team already runs Kubernetes (ECS vs EKS decision)."));
        return s;
    }());
    return schema;
}

const ParamSchema &celerySchema()
{
    static const ParamSchema schema([] {
        std::vector<ParamSpec> s;
        s.push_back(text("app", "Celery app", "myapp", "[A-Za-z_][A-Za-z0-9_.]*", "Python module of the Celery app (celery -A …)."));
        return s;
    }());
    return schema;
}

} // namespace Infra
