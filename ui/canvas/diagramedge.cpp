#include "diagramedge.h"

#include "derive/derivedmodel.h"
#include "model/design.h"

namespace Infra {

std::vector<DiagramEdge> DiagramEdge::fromDerived(const Design &design, const DerivedModel &derived)
{
    return fromConnections(design, derived.connections());
}

std::vector<DiagramEdge> DiagramEdge::fromConnections(const Design &design, const std::vector<Connection> &connections)
{
    std::vector<DiagramEdge> edges;
    edges.reserve(connections.size());
    for (const Connection &c : connections) {
        if (!design.component(c.source) || !design.component(c.target))
            continue;
        DiagramEdge e;
        e.id = c.id;
        e.from = c.source;
        e.to = c.target;
        e.port = c.port;
        const QString what = c.roles.isEmpty() ? c.scheme : c.roles.join(QStringLiteral(", "));
        e.label = c.port > 0 ? QString::number(c.port) + QStringLiteral(" · ") + what : what;
        e.purpose = c.purpose;
        e.explicitLink = c.isExplicit();
        e.api = c.via == Connection::Via::Iam;
        edges.push_back(std::move(e));
    }
    return edges;
}

} // namespace Infra
