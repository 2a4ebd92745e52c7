#pragma once

#include "component.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace Infra {

// The sections of design-level settings, each with its own schema.
enum class Section { Settings, Network, Workload, Celery };
QString sectionName(Section section);        // "settings" is the top level of the file
const ParamSchema &sectionSchema(Section section);

// A named what-if kept in the design file: overrides in `cost --set` form ("web.max_tasks=40",
// "workload.peak_rps=2000", "region=eu-west-1"), priced side by side with the design. Only
// their form is checked on load; one that no longer applies (its component was deleted) is a
// finding, so an edit never makes a design unloadable.
struct SavedScenario
{
    QString name;
    QStringList overrides;
    bool operator==(const SavedScenario &other) const = default;
};

// True when `text` has the form of an override: TARGET.KEY=VALUE or a top-level KEY=VALUE.
bool isOverrideForm(const QString &text);

// What one mutation changed: the GUI and the derived model update only what moved.
struct DesignChange
{
    enum class Kind {
        Reset,             // everything (load, new document)
        ComponentsAdded,   // ids
        ComponentsRemoved, // ids (and links that named them)
        ComponentsMoved,   // ids
        ComponentRenamed,  // ids (one)
        ParameterChanged,  // ids (one), keys
        LinksChanged,      // ids: the endpoints of the links
        SectionChanged,    // section, keys
        RoutesChanged,     // the Celery routes
        ScenariosChanged,  // the saved what-if scenarios
        NoteChanged,       // ids: the component whose note changed, none for the design's note
    };
    Kind kind = Kind::Reset;
    QStringList ids;
    QStringList keys;
    Section section = Section::Settings;

    // True when the change can alter derived facts (connections, costs, findings);
    // moves and renames only touch the picture.
    bool affectsDerivation() const
    {
        return kind != Kind::ComponentsMoved && kind != Kind::ComponentRenamed && kind != Kind::NoteChanged;
    }
};

// The result of a mutation: either the change it made, or why it was refused
// (the design is unchanged then).
struct Mutation
{
    bool ok = false;
    QString error;
    DesignChange change;

    static Mutation done(DesignChange change) { return {true, {}, std::move(change)}; }
    static Mutation refused(QString error) { return {false, std::move(error), {}}; }
};

// A Django-on-AWS design: settings, network, workload profile, Celery routes, components
// and explicit links. A plain value type; the mutation methods below are the only way the
// studio writes to it, and each reports a precise DesignChange.
class Design
{
public:
    Design();

    // Read access
    const QVariantMap &section(Section s) const;
    QVariant value(Section s, const QString &key) const;
    QString name() const { return value(Section::Settings, QStringLiteral("name")).toString(); }
    QString project() const { return value(Section::Settings, QStringLiteral("project")).toString(); }
    QString region() const { return value(Section::Settings, QStringLiteral("region")).toString(); }
    QString environment() const { return value(Section::Settings, QStringLiteral("environment")).toString(); }
    bool isProduction() const { return environment() == QLatin1String("production"); }
    // The network (docs/design-format.md): the module creates the VPC (network.mode new_vpc),
    // or places everything in an existing one (existing_vpc).
    bool isNewVpc() const;
    // NAT gateways the module creates: network.nat_gateways, at most one per zone
    // (network.az_count); none in an existing VPC, whose NAT, if any, is its owner's.
    int natGateways() const;
    // Interface endpoints (ECR api and dkr, Secrets Manager, CloudWatch Logs) and the S3
    // gateway endpoint, only in a VPC the module creates (network.vpc_endpoints).
    bool vpcEndpoints() const;
    // Flow logs: always for the VPC the module creates; for an existing one only when the
    // design asks (network.existing_vpc_flow_logs), as its owner usually logs it already.
    bool logsVpcFlows() const;
    QString celeryApp() const { return value(Section::Celery, QStringLiteral("app")).toString(); }

    const std::vector<Component> &components() const { return m_components; }
    const Component *component(const QString &id) const;
    int indexOf(const QString &id) const;
    std::vector<const Component *> componentsOfKind(ComponentKind kind) const;
    bool hasKind(ComponentKind kind) const;

    const QList<Link> &links() const { return m_links; }
    const QList<CeleryRoute> &routes() const { return m_routes; }
    const QList<SavedScenario> &scenarios() const { return m_scenarios; }
    const SavedScenario *scenario(const QString &name) const;
    // The design's own note (free text for reviewers), empty when there is none.
    const QString &note() const { return m_note; }
    // The note of component `id`, or the design's note when `id` is empty.
    QString noteOf(const QString &id) const;
    bool hasNotes() const;

    // An id not yet used, derived from `base` ("web", "web-2", …).
    QString uniqueId(const QString &base) const;

    // Mutations
    Mutation addComponent(const Component &component, int index = -1);
    Mutation removeComponents(const QStringList &ids);
    Mutation moveComponents(const QHash<QString, QPointF> &positions);
    Mutation renameComponent(const QString &id, const QString &name);
    Mutation setParameter(const QString &id, const QString &key, const QVariant &value);
    Mutation setSectionValue(Section s, const QString &key, const QVariant &value);
    Mutation addLink(const Link &link, int index = -1);
    Mutation removeLink(int index);
    Mutation setRoutes(const QList<CeleryRoute> &routes);
    // Names non-empty and unique, overrides in override form.
    Mutation setScenarios(const QList<SavedScenario> &scenarios);
    // The note of component `id`, or the design's note when `id` is empty. Any text; one that
    // is only white space is stored as no note.
    Mutation setNote(const QString &id, const QString &text);

    bool operator==(const Design &other) const;

    // Loader access: replaces everything without validation (the reader validates first).
    void assign(QVariantMap settings, QVariantMap network, QVariantMap workload, QVariantMap celery,
                QList<CeleryRoute> routes, std::vector<Component> components, QList<Link> links);

private:
    void reindex();

    QVariantMap m_sections[4];
    QList<CeleryRoute> m_routes;
    QList<SavedScenario> m_scenarios;
    QString m_note;
    std::vector<Component> m_components;
    QHash<QString, int> m_index;
    QList<Link> m_links;
};

// Valid component ids: lowercase letters, digits and dashes, starting with a letter.
bool isValidComponentId(const QString &id);

} // namespace Infra
