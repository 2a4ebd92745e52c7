// makebigdesign COUNT FILE [repeat|canvas]: writes a design of COUNT components for the determinism
// and fault tests: the reference architecture's shared services plus web services, worker
// groups (one queue each) and buckets (the pattern of bench/bench_emit.cpp), the added
// components laid out on a grid. With "repeat": the reference's components repeated in order
// at their own positions, each worker with a queue and a route of its own (the synthetic
// design of bench/bench_derive.cpp): nodes on top of each other, where edge routing ties most.
// With "canvas": bench/ui/bench_canvas.cpp's groups of ten laid out in rows.
#include "io/designreader.h"
#include "io/designwriter.h"

#include "bigdesigns.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Infra;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool ok = false;
    const int total = args.value(1).toInt(&ok);
    if (args.size() < 3 || args.size() > 4 || !ok || total < 1) {
        err << "usage: makebigdesign COUNT FILE [repeat|canvas]\n";
        return 2;
    }
    const auto read = DesignReader::readFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
    if (!read.ok()) {
        err << "cannot read the reference design\n";
        return 2;
    }
    Design d = *read.design;
    if (args.value(3) == QLatin1String("repeat")) {
        const std::vector<Component> &pattern = read.design->components();
        std::vector<Component> components;
        QList<CeleryRoute> routes;
        for (int i = 0; i < total; ++i) {
            Component c = pattern[size_t(i) % pattern.size()];
            c.id = c.id + QLatin1Char('-') + QString::number(i);
            if (c.kind == ComponentKind::EcsWorker) {
                const QString queue = QStringLiteral("q%1").arg(i);
                c.params.insert(QStringLiteral("queues"), QStringList{queue});
                routes.append({QStringLiteral("app.tasks.t%1").arg(i), queue});
            }
            components.push_back(std::move(c));
        }
        d = Design();
        d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("production"));
        d.assign(d.section(Section::Settings), d.section(Section::Network), d.section(Section::Workload),
                 d.section(Section::Celery), routes, std::move(components), {});
    }
    if (args.value(3) == QLatin1String("canvas")) {
        // bench/ui/bench_canvas.cpp's large design: groups of ten in rows.
        d = Design();
        const ComponentKind kinds[] = {ComponentKind::Alb, ComponentKind::EcsWeb, ComponentKind::EcsWorker,
                                       ComponentKind::EcsWorker, ComponentKind::EcsWorker, ComponentKind::EcsBeat,
                                       ComponentKind::PgBouncer, ComponentKind::RdsPostgres, ComponentKind::ElastiCacheRedis,
                                       ComponentKind::S3Bucket};
        for (int k = 0; k < total; ++k) {
            const ComponentKind kind = kinds[k % 10];
            Component c = Component::make(kind, d.uniqueId(kindName(kind).replace(QLatin1Char('_'), QLatin1Char('-'))),
                                          kindDisplayName(kind) + QLatin1Char(' ') + QString::number(k));
            const int group = k / 10, slot = k % 10;
            c.position = QPointF((group % 10) * 2600 + slot * 260, (group / 10) * 400 + int(kindTier(kind)) * 120);
            d.addComponent(c);
        }
    }
    BigDesigns::addServices(d, total);
    QString error;
    if (!DesignWriter::writeFile(d, args.at(2), &error)) {
        err << error << "\n";
        return 2;
    }
    return 0;
}
