#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

namespace Infra {

class Design;
class DerivedModel;
struct Connection;

// One edge of the diagram: a connection of the derived graph between two components.
struct DiagramEdge
{
    QString id;          // the connection id ("web->pgbouncer")
    QString from;
    QString to;
    int port = 0;
    QString label;       // "5432 · database"
    QString purpose;     // the long human text, for tooltips
    bool explicitLink = false;
    bool api = false;    // an AWS API call allowed by IAM (secrets, logs, images): drawn lighter

    // The edges of a derived model between components of the design (internet traffic
    // has no box on the diagram and is left out).
    static std::vector<DiagramEdge> fromDerived(const Design &design, const DerivedModel &derived);
    // The same from the connections alone (DerivedModel::deriveConnections()).
    static std::vector<DiagramEdge> fromConnections(const Design &design, const std::vector<Connection> &connections);
};

// Where an edge runs: an orthogonal polyline from the source's border to the target's,
// and the box its label sits in.
struct EdgeRoute
{
    QPolygonF points;
    QRectF labelRect;
};

} // namespace Infra
