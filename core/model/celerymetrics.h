#pragma once

#include <QString>

namespace Infra {

// The CloudWatch metric the Celery queue publisher (emitted Celery config) writes and the
// worker scaling policies and alarms (emitted Terraform) read. One place, so the publisher,
// the policies, the IAM condition on cloudwatch:PutMetricData and the AWS constraint rules
// can never disagree.
namespace CeleryMetrics {
inline QString nameSpace() { return QStringLiteral("InfraStudio/Celery"); }
inline QString backlogPerTask() { return QStringLiteral("BacklogPerTask"); } // messages waiting / running tasks of the queue's workers
inline QString queueLength() { return QStringLiteral("QueueLength"); }        // messages waiting in the queue
inline QString queueDimension() { return QStringLiteral("Queue"); }           // the Celery queue name
}

} // namespace Infra
