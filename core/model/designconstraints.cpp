#include "designconstraints.h"

#include "schedule.h"

#include <cmath>
#include <utility>

namespace Infra {

namespace {

struct FargateRange
{
    qint64 cpu;
    qint64 minMemory;
    qint64 maxMemory;
    qint64 step;
};

// 256 CPU units offer exactly 512, 1024 and 2048 MiB, which is the 512..2048 range in
// steps of 512 minus 1536: handled explicitly below.
constexpr FargateRange fargateRanges[] = {
    {256, 512, 2048, 512},      {512, 1024, 4096, 1024},      {1024, 2048, 8192, 1024},
    {2048, 4096, 16384, 1024},  {4096, 8192, 30720, 1024},    {8192, 16384, 61440, 4096},
    {16384, 32768, 122880, 8192},
};

const FargateRange *fargateRange(qint64 cpu)
{
    for (const FargateRange &r : fargateRanges) {
        if (r.cpu == cpu)
            return &r;
    }
    return nullptr;
}

bool hasScaling(ComponentKind kind)
{
    return kind == ComponentKind::EcsWeb || kind == ComponentKind::EcsWorker;
}

// Aurora Serverless v2 capacity: half-ACU steps and min <= max (RDS API reference,
// ServerlessV2ScalingConfigurationInfo, read 2026-12-03). Checked whatever the capacity mode,
// so switching to serverless_v2 never meets a range AWS refuses.
void checkAuroraCapacity(const Component &c, QList<ConstraintViolation> &out)
{
    const double minAcu = c.doubleParam(QStringLiteral("min_acu"));
    const double maxAcu = c.doubleParam(QStringLiteral("max_acu"));
    for (const auto &[key, value] : {std::pair{QStringLiteral("min_acu"), minAcu}, std::pair{QStringLiteral("max_acu"), maxAcu}}) {
        if (value * 2.0 != std::floor(value * 2.0))
            out.append({key, trText("Infra::Constraints", "'%1' is %2 ACU; Aurora Serverless v2 takes steps of 0.5 ACU").arg(key).arg(value)});
    }
    if (minAcu > maxAcu)
        out.append({QStringLiteral("min_acu"),
                    trText("Infra::Constraints", "'min_acu' (%1) is greater than 'max_acu' (%2)").arg(minAcu).arg(maxAcu)});
}

void checkRdsStorage(const Component &c, QList<ConstraintViolation> &out)
{
    const QString type = c.stringParam(QStringLiteral("storage_type"));
    const qint64 storage = c.intParam(QStringLiteral("allocated_storage"));
    const qint64 maxStorage = c.intParam(QStringLiteral("max_allocated_storage"));
    const qint64 iops = c.intParam(QStringLiteral("iops"));
    const qint64 throughput = c.intParam(QStringLiteral("storage_throughput"));

    if (maxStorage != 0 && maxStorage < storage) {
        out.append({QStringLiteral("max_allocated_storage"),
                    trText("Infra::Constraints",
                           "'max_allocated_storage' (%1 GB) is below 'allocated_storage' (%2 GB); use 0 to turn storage autoscaling off")
                        .arg(maxStorage)
                        .arg(storage)});
    }

    if (type == QLatin1String("gp3")) {
        // RDS for PostgreSQL: below 400 GB gp3 has a fixed baseline of 3,000 IOPS and
        // 125 MiB/s; from 400 GB the baseline is 12,000 IOPS and 500 MiB/s and more can be
        // provisioned (up to 64,000 IOPS and 4,000 MiB/s, at most 0.25 MiB/s per IOPS).
        // 0 stands for "the included baseline".
        if (storage < 400) {
            if (iops != 0 && iops != 3000)
                out.append({QStringLiteral("iops"),
                            trText("Infra::Constraints",
                                   "gp3 storage below 400 GB has a fixed 3000 IOPS; 'iops' is %1 (use 3000 or 0, or at least 400 GB of storage)")
                                .arg(iops)});
            if (throughput != 0 && throughput != 125)
                out.append({QStringLiteral("storage_throughput"),
                            trText("Infra::Constraints",
                                   "gp3 storage below 400 GB has a fixed 125 MiB/s; 'storage_throughput' is %1 (use 125 or 0, or at least 400 GB of storage)")
                                .arg(throughput)});
        } else {
            if (iops != 0 && (iops < 12000 || iops > 64000))
                out.append({QStringLiteral("iops"),
                            trText("Infra::Constraints",
                                   "gp3 storage of 400 GB and more takes 12000 to 64000 IOPS; 'iops' is %1")
                                .arg(iops)});
            if (throughput != 0 && (throughput < 500 || throughput > 4000))
                out.append({QStringLiteral("storage_throughput"),
                            trText("Infra::Constraints",
                                   "gp3 storage of 400 GB and more takes 500 to 4000 MiB/s; 'storage_throughput' is %1")
                                .arg(throughput)});
            const qint64 effectiveIops = iops == 0 ? 12000 : iops;
            if (throughput != 0 && throughput * 4 > effectiveIops)
                out.append({QStringLiteral("storage_throughput"),
                            trText("Infra::Constraints",
                                   "gp3 allows at most 0.25 MiB/s per IOPS: %1 MiB/s needs at least %2 IOPS")
                                .arg(throughput)
                                .arg(throughput * 4)});
        }
    } else if (type == QLatin1String("io1") || type == QLatin1String("io2")) {
        // Provisioned IOPS: 1,000 to 256,000, at most 50 (io1) or 500 (io2) IOPS per GB.
        const qint64 ratio = type == QLatin1String("io1") ? 50 : 500;
        if (iops < 1000 || iops > 256000)
            out.append({QStringLiteral("iops"),
                        trText("Infra::Constraints", "%1 storage needs 1000 to 256000 provisioned IOPS; 'iops' is %2")
                            .arg(type)
                            .arg(iops)});
        else if (iops > storage * ratio)
            out.append({QStringLiteral("iops"),
                        trText("Infra::Constraints",
                               "%1 allows at most %2 IOPS per GB: %3 GB take at most %4 IOPS, 'iops' is %5")
                            .arg(type)
                            .arg(ratio)
                            .arg(storage)
                            .arg(storage * ratio)
                            .arg(iops)});
    }
    // gp2: IOPS and throughput follow the size (3 IOPS per GB); the two values are ignored.
}

} // namespace

bool isValidFargateSize(qint64 cpu, qint64 memory)
{
    const FargateRange *r = fargateRange(cpu);
    if (!r || memory < r->minMemory || memory > r->maxMemory)
        return false;
    if (cpu == 256)
        return memory == 512 || memory == 1024 || memory == 2048;
    return (memory - r->minMemory) % r->step == 0;
}

QString fargateMemoryChoices(qint64 cpu)
{
    return fargateMemoryChoicesText(cpu).toString();
}

Text fargateMemoryChoicesText(qint64 cpu)
{
    const FargateRange *r = fargateRange(cpu);
    if (!r)
        return {};
    if (cpu == 256)
        return trText("Infra::Constraints", "512, 1024 or 2048 MiB");
    return trText("Infra::Constraints", "%1 to %2 MiB in steps of %3").arg(r->minMemory).arg(r->maxMemory).arg(r->step);
}

ConstraintViolation::ConstraintViolation(QString key, Text message)
    : key(std::move(key))
    , message(message.toString())
    , messageText(std::move(message))
{
}

QString ConstraintViolation::displayMessage() const
{
    return messageText.isEmpty() ? message : messageText.translated();
}

QList<ConstraintViolation> componentConstraintViolations(const Component &c)
{
    QList<ConstraintViolation> out;
    if (hasScaling(c.kind)) {
        const qint64 minTasks = c.intParam(QStringLiteral("min_tasks"));
        const qint64 desired = c.intParam(QStringLiteral("desired_tasks"));
        const qint64 maxTasks = c.intParam(QStringLiteral("max_tasks"));
        if (minTasks > maxTasks)
            out.append({QStringLiteral("min_tasks"),
                        trText("Infra::Constraints", "'min_tasks' (%1) is greater than 'max_tasks' (%2)")
                            .arg(minTasks)
                            .arg(maxTasks)});
        if (desired < minTasks)
            out.append({QStringLiteral("desired_tasks"),
                        trText("Infra::Constraints", "'desired_tasks' (%1) is below 'min_tasks' (%2)")
                            .arg(desired)
                            .arg(minTasks)});
        if (desired > maxTasks)
            out.append({QStringLiteral("desired_tasks"),
                        trText("Infra::Constraints", "'desired_tasks' (%1) is above 'max_tasks' (%2)")
                            .arg(desired)
                            .arg(maxTasks)});
    }
    if (kindIsEcsService(c.kind)) {
        const qint64 cpu = c.intParam(QStringLiteral("cpu"));
        const qint64 memory = c.intParam(QStringLiteral("memory"));
        if (!isValidFargateSize(cpu, memory)) {
            const Text choices = fargateMemoryChoicesText(cpu);
            out.append({QStringLiteral("memory"),
                        choices.isEmpty()
                            ? trText("Infra::Constraints", "Fargate has no task size of %1 CPU units").arg(cpu)
                            : trText("Infra::Constraints",
                                     "Fargate does not offer %1 MiB with %2 CPU units; 'memory' must be %3")
                                  .arg(memory)
                                  .arg(cpu)
                                  .arg(choices)});
        }
    }
    if (c.kind == ComponentKind::RdsPostgres)
        checkRdsStorage(c, out);
    if (c.kind == ComponentKind::AuroraPostgres)
        checkAuroraCapacity(c, out);
    if (c.kind == ComponentKind::EventBridgeScheduler) {
        const QVariantMap schedules = c.param(QStringLiteral("schedules")).toMap();
        for (auto it = schedules.cbegin(); it != schedules.cend(); ++it) {
            QString why;
            if (!parseScheduleEntry(it.key(), it.value().toString(), &why))
                out.append({QStringLiteral("schedules"), Text::plain(why)}); // English: the entry is quoted back as written
        }
    }
    return out;
}

} // namespace Infra
