#pragma once

#include "component.h"
#include "text/text.h"

#include <QList>
#include <QString>

namespace Infra {

// A rule that crosses parameters of one component (each parameter is valid on its own
// but the combination is not what AWS accepts). `key` names the parameter to point at.
struct ConstraintViolation
{
    QString key;
    QString message;  // English: design-file errors, reports
    Text messageText; // the same with its source text ("Infra::Constraints"), for the GUI

    ConstraintViolation() = default;
    ConstraintViolation(QString key, Text message);
    // In the user's language where there is a text, else the English message.
    QString displayMessage() const;

    bool operator==(const ConstraintViolation &other) const = default;
};

// Cross-parameter rules of a component:
// - ECS services (web, worker): min_tasks <= desired_tasks <= max_tasks;
// - every Fargate task (web, worker, beat, pgbouncer): a cpu/memory pair Fargate offers;
// - RDS: IOPS and throughput allowed by the storage type and size, autoscaling limit
//   not below the allocated storage.
// Empty when the component is consistent.
QList<ConstraintViolation> componentConstraintViolations(const Component &component);

// Fargate task sizes (AWS ECS developer guide, "Task CPU and memory").
bool isValidFargateSize(qint64 cpu, qint64 memory);
QString fargateMemoryChoices(qint64 cpu); // "2048 to 8192 MiB in steps of 1024", empty for an unknown cpu
Text fargateMemoryChoicesText(qint64 cpu); // the same, translatable; empty for an unknown cpu

} // namespace Infra
