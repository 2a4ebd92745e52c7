// designdot FILE: writes the graph the studio's diagram draws of a design as Graphviz DOT on
// standard output, for scripts/bench-peers to time `dot -Tsvg` on the same graph: one box per
// component (its name and kind, as on the card) and one labelled edge per connection between
// two components that the diagram shows (DiagramEdge::fromDerived; the IAM-only access paths
// are left out as DiagramRenderer leaves them out by default, internet traffic has no box).
#include "derive/derivedmodel.h"
#include "io/designreader.h"
#include "model/componentkind.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Infra;

namespace {
QString quoted(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err << "usage: designdot FILE > graph.dot\n";
        return 2;
    }
    const auto read = DesignReader::readFile(args.at(1));
    if (!read.ok()) {
        err << "designdot: cannot read " << args.at(1) << "\n";
        return 1;
    }
    const Design &design = *read.design;
    const DerivedModel derived = DerivedModel::derive(design);
    out << "digraph design {\n  rankdir=TB;\n  node [shape=box, style=rounded, fontname=\"sans-serif\", fontsize=11];\n"
        << "  edge [fontname=\"sans-serif\", fontsize=9];\n";
    for (const Component &c : design.components())
        out << "  " << quoted(c.id) << " [label=" << quoted(c.name + QLatin1Char('\n') + kindDisplayName(c.kind)) << "];\n";
    int edges = 0;
    for (const Connection &c : derived.connections()) {
        if (!design.component(c.source) || !design.component(c.target) || c.via == Connection::Via::Iam)
            continue;
        const QString what = c.roles.isEmpty() ? c.scheme : c.roles.join(QStringLiteral(", "));
        const QString label = c.port > 0 ? QString::number(c.port) + QStringLiteral(" · ") + what : what;
        out << "  " << quoted(c.source) << " -> " << quoted(c.target) << " [label=" << quoted(label) << "];\n";
        ++edges;
    }
    out << "}\n";
    err << "designdot: " << design.components().size() << " nodes, " << edges << " edges\n";
    return 0;
}
