#pragma once
// Generated large designs shared by the benchmarks and tests/robustness/makebigdesign.
#include "model/design.h"

#include <QPointF>

namespace Infra::BigDesigns {

// Adds web services, worker groups (one queue each) and buckets to `d` (the reference
// architecture, as makebigdesign and bench_io start) until it has `total` components, on a
// 40-wide grid right of the reference's components.
inline void addServices(Design &d, int total)
{
    int i = 0;
    while (int(d.components().size()) < total) {
        ++i;
        Component c;
        switch (i % 4) {
        case 0: c = Component::make(ComponentKind::EcsWeb, QStringLiteral("web-%1").arg(i)); break;
        case 1:
        case 2:
            c = Component::make(ComponentKind::EcsWorker, QStringLiteral("worker-%1").arg(i));
            c.params.insert(QStringLiteral("queues"), QStringList{QStringLiteral("queue_%1").arg(i)});
            break;
        default:
            c = Component::make(ComponentKind::S3Bucket, QStringLiteral("bucket-%1").arg(i));
            c.params.insert(QStringLiteral("role"), QStringLiteral("other"));
            break;
        }
        c.position = QPointF(1400 + (i % 40) * 240, (i / 40 % 5) * 160);
        d.addComponent(c);
    }
}

} // namespace Infra::BigDesigns
