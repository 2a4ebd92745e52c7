#include "quickfix.h"

#include "componentcommands.h"
#include "document.h"
#include "routecommands.h"

#include "model/design.h"

namespace Infra {

namespace {

// The shadowed route a celery-route-shadowed finding names and the earlier pattern that
// hides it, as row indexes: the rule's own walk (Celery tries patterns in order; a trailing
// '*' pattern hides every later pattern with its prefix), matched to the finding's message.
std::optional<std::pair<int, int>> shadowedRoute(const Design &design, const Finding &finding)
{
    const QList<CeleryRoute> &routes = design.routes();
    QList<int> catchAll;
    for (int i = 0; i < routes.size(); ++i) {
        const CeleryRoute &r = routes.at(i);
        const qsizetype star = r.task.indexOf(QLatin1Char('*'));
        if (star < 0)
            continue;
        const QString prefix = r.task.left(star);
        for (int c : std::as_const(catchAll)) {
            const QString &pattern = routes.at(c).task;
            if (prefix.startsWith(pattern.left(pattern.size() - 1)) && r.task != pattern) {
                if (finding.message.startsWith(QStringLiteral("Route '%1' → %2 ").arg(r.task, r.queue)))
                    return std::pair{i, c};
                break;
            }
        }
        if (star == r.task.size() - 1)
            catchAll.append(i);
    }
    return std::nullopt;
}

} // namespace

std::optional<QuickFix> QuickFix::forFinding(const Design &design, const Finding &f)
{
    const QString id = f.componentId;
    if (f.ruleId == QLatin1String("celery-route-shadowed")) {
        const auto pair = shadowedRoute(design, f);
        if (!pair)
            return std::nullopt;
        const int from = pair->first;
        const int to = pair->second;
        return QuickFix{tr("Move route '%1' above '%2'").arg(design.routes().at(from).task, design.routes().at(to).task),
                        [from, to](Document *d) -> QUndoCommand * { return ChangeCeleryRoutes::move(d, from, to); }};
    }
    const Component *c = design.component(id);
    if (!c)
        return std::nullopt;
    const auto set = [id](const char *key, const QVariant &value) {
        return [id, key, value](Document *d) -> QUndoCommand * {
            return new ChangeComponentProperty(d, {id}, QString::fromLatin1(key), value);
        };
    };
    if (f.ruleId == QLatin1String("rds-multi-az"))
        return QuickFix{tr("Turn on Multi-AZ for %1").arg(id), set("multi_az", true)};
    if (f.ruleId == QLatin1String("web-min-tasks") && c->intParam(QStringLiteral("desired_tasks")) >= 2)
        return QuickFix{tr("Set the minimum tasks of %1 to 2").arg(id), set("min_tasks", qint64(2))};
    if (f.ruleId == QLatin1String("component-stacked")) {
        // Below the card it covers, by a card's height and a gap: in sight, on nothing of its own kind.
        const QPointF to = c->position + QPointF(0, 140);
        return QuickFix{tr("Move %1 off the card below it").arg(id), [id, to](Document *d) -> QUndoCommand * {
                            return new MoveComponents(d, {{id, to}});
                        }};
    }
    return std::nullopt;
}

} // namespace Infra
