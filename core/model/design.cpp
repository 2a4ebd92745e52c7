#include "design.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace Infra {

QString sectionName(Section section)
{
    switch (section) {
    case Section::Settings: return QStringLiteral("settings");
    case Section::Network: return QStringLiteral("network");
    case Section::Workload: return QStringLiteral("workload");
    case Section::Celery: return QStringLiteral("celery");
    }
    return {};
}

const ParamSchema &sectionSchema(Section section)
{
    switch (section) {
    case Section::Settings: return settingsSchema();
    case Section::Network: return networkSchema();
    case Section::Workload: return workloadSchema();
    case Section::Celery: return celerySchema();
    }
    return settingsSchema();
}

// Callers may pass an int where the schema stores qint64, or a whole number for a double;
// store the schema's type so equal designs compare equal whatever the caller passed.
static QVariant normalizedValue(const ParamSpec &spec, const QVariant &value)
{
    if (spec.type == ParamType::Int && value.typeId() == QMetaType::Int)
        return QVariant(qint64(value.toInt()));
    if (spec.type == ParamType::Double && (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong))
        return QVariant(value.toDouble());
    return value;
}

bool isValidComponentId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9-]{0,62}$"));
    return re.match(id).hasMatch();
}

Design::Design()
{
    // The sections' defaults are built once and shared (QVariantMap is implicitly shared; a
    // copy detaches on its first change): rules make a small Design for every service they
    // price on its own, and building these four maps was a third of the cost of each.
    static const std::array<QVariantMap, 4> defaults = [] {
        std::array<QVariantMap, 4> d;
        for (Section s : {Section::Settings, Section::Network, Section::Workload, Section::Celery})
            d[size_t(s)] = sectionSchema(s).defaults();
        return d;
    }();
    for (Section s : {Section::Settings, Section::Network, Section::Workload, Section::Celery})
        m_sections[int(s)] = defaults[size_t(s)];
}

const QVariantMap &Design::section(Section s) const
{
    return m_sections[int(s)];
}

QVariant Design::value(Section s, const QString &key) const
{
    const QVariantMap &map = m_sections[int(s)];
    const auto it = map.constFind(key);
    if (it != map.constEnd())
        return it.value();
    if (const ParamSpec *spec = sectionSchema(s).find(key))
        return spec->defaultValue;
    return {};
}

const Component *Design::component(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_components[size_t(i)];
}

int Design::indexOf(const QString &id) const
{
    return m_index.value(id, -1);
}

std::vector<const Component *> Design::componentsOfKind(ComponentKind kind) const
{
    std::vector<const Component *> result;
    for (const Component &c : m_components) {
        if (c.kind == kind)
            result.push_back(&c);
    }
    return result;
}

bool Design::isNewVpc() const
{
    return value(Section::Network, QStringLiteral("mode")).toString() != QLatin1String("existing_vpc");
}

int Design::natGateways() const
{
    if (!isNewVpc())
        return 0;
    const qint64 azs = value(Section::Network, QStringLiteral("az_count")).toLongLong();
    return int(std::clamp<qint64>(value(Section::Network, QStringLiteral("nat_gateways")).toLongLong(), 0, azs));
}

bool Design::vpcEndpoints() const
{
    return isNewVpc() && value(Section::Network, QStringLiteral("vpc_endpoints")).toBool();
}

bool Design::logsVpcFlows() const
{
    return isNewVpc() || value(Section::Network, QStringLiteral("existing_vpc_flow_logs")).toBool();
}

bool Design::hasKind(ComponentKind kind) const
{
    for (const Component &c : m_components) {
        if (c.kind == kind)
            return true;
    }
    return false;
}

QString Design::uniqueId(const QString &base) const
{
    QString stem = base.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    if (stem.isEmpty() || !stem.at(0).isLetter())
        stem.prepend(QLatin1Char('c'));
    if (!m_index.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!m_index.contains(candidate))
            return candidate;
    }
}

void Design::reindex()
{
    m_index.clear();
    m_index.reserve(qsizetype(m_components.size()));
    for (size_t i = 0; i < m_components.size(); ++i)
        m_index.insert(m_components[i].id, int(i));
}

Mutation Design::addComponent(const Component &component, int index)
{
    if (!isValidComponentId(component.id))
        return Mutation::refused(QStringLiteral("'%1' is not a valid component id").arg(component.id));
    if (m_index.contains(component.id))
        return Mutation::refused(QStringLiteral("a component with id '%1' already exists").arg(component.id));
    Component c = component;
    // Fill any key the caller left out, so every component is complete.
    const ParamSchema &schema = kindSchema(c.kind);
    for (const ParamSpec &spec : schema.specs()) {
        if (!c.params.contains(spec.key))
            c.params.insert(spec.key, spec.defaultValue);
    }
    if (index < 0 || index > int(m_components.size()))
        index = int(m_components.size());
    m_components.insert(m_components.begin() + index, std::move(c));
    if (index == int(m_components.size()) - 1)
        m_index.insert(component.id, index);
    else
        reindex();
    return Mutation::done({DesignChange::Kind::ComponentsAdded, {component.id}, {}, Section::Settings});
}

Mutation Design::removeComponents(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!m_index.contains(id))
            return Mutation::refused(QStringLiteral("no component with id '%1'").arg(id));
    }
    std::erase_if(m_components, [&](const Component &c) { return ids.contains(c.id); });
    m_links.removeIf([&](const Link &l) { return ids.contains(l.from) || ids.contains(l.to); });
    reindex();
    return Mutation::done({DesignChange::Kind::ComponentsRemoved, ids, {}, Section::Settings});
}

Mutation Design::moveComponents(const QHash<QString, QPointF> &positions)
{
    QStringList ids;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (!m_index.contains(it.key()))
            return Mutation::refused(QStringLiteral("no component with id '%1'").arg(it.key()));
    }
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        m_components[size_t(m_index.value(it.key()))].position = it.value();
        ids.append(it.key());
    }
    ids.sort();
    return Mutation::done({DesignChange::Kind::ComponentsMoved, ids, {}, Section::Settings});
}

Mutation Design::renameComponent(const QString &id, const QString &name)
{
    const int i = indexOf(id);
    if (i < 0)
        return Mutation::refused(QStringLiteral("no component with id '%1'").arg(id));
    if (name.trimmed().isEmpty())
        return Mutation::refused(QStringLiteral("a component needs a name"));
    m_components[size_t(i)].name = name;
    return Mutation::done({DesignChange::Kind::ComponentRenamed, {id}, {}, Section::Settings});
}

Mutation Design::setParameter(const QString &id, const QString &key, const QVariant &value)
{
    const int i = indexOf(id);
    if (i < 0)
        return Mutation::refused(QStringLiteral("no component with id '%1'").arg(id));
    Component &c = m_components[size_t(i)];
    const ParamSpec *spec = kindSchema(c.kind).find(key);
    if (!spec) {
        const QStringList near = nearestNames(key, kindSchema(c.kind).keys(), 1);
        return Mutation::refused(QStringLiteral("%1 has no parameter '%2'%3")
                                     .arg(kindName(c.kind), key,
                                          near.isEmpty() ? QString() : QStringLiteral(" (did you mean '%1'?)").arg(near.first())));
    }
    const QVariant v = normalizedValue(*spec, value);
    const QString error = ParamSchema::validate(*spec, v);
    if (!error.isEmpty())
        return Mutation::refused(error);
    c.params.insert(key, v);
    return Mutation::done({DesignChange::Kind::ParameterChanged, {id}, {key}, Section::Settings});
}

Mutation Design::setSectionValue(Section s, const QString &key, const QVariant &value)
{
    const ParamSchema &schema = sectionSchema(s);
    const ParamSpec *spec = schema.find(key);
    if (!spec)
        return Mutation::refused(QStringLiteral("%1 has no key '%2'").arg(sectionName(s), key));
    const QVariant v = normalizedValue(*spec, value);
    const QString error = ParamSchema::validate(*spec, v);
    if (!error.isEmpty())
        return Mutation::refused(error);
    m_sections[int(s)].insert(key, v);
    return Mutation::done({DesignChange::Kind::SectionChanged, {}, {key}, s});
}

Mutation Design::addLink(const Link &link, int index)
{
    if (!m_index.contains(link.from))
        return Mutation::refused(QStringLiteral("no component with id '%1'").arg(link.from));
    if (!m_index.contains(link.to))
        return Mutation::refused(QStringLiteral("no component with id '%1'").arg(link.to));
    if (link.from == link.to)
        return Mutation::refused(QStringLiteral("a link needs two different components"));
    if (m_links.contains(link))
        return Mutation::refused(QStringLiteral("that link exists already"));
    if (index < 0 || index > m_links.size())
        index = int(m_links.size());
    m_links.insert(index, link);
    return Mutation::done({DesignChange::Kind::LinksChanged, {link.from, link.to}, {}, Section::Settings});
}

Mutation Design::removeLink(int index)
{
    if (index < 0 || index >= m_links.size())
        return Mutation::refused(QStringLiteral("no link at index %1").arg(index));
    const Link l = m_links.takeAt(index);
    return Mutation::done({DesignChange::Kind::LinksChanged, {l.from, l.to}, {}, Section::Settings});
}

Mutation Design::setRoutes(const QList<CeleryRoute> &routes)
{
    for (const CeleryRoute &r : routes) {
        if (r.task.isEmpty() || r.queue.isEmpty())
            return Mutation::refused(QStringLiteral("a Celery route needs a task pattern and a queue"));
    }
    m_routes = routes;
    return Mutation::done({DesignChange::Kind::RoutesChanged, {}, {}, Section::Celery});
}

bool isOverrideForm(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_]*)?=.*$"));
    return !text.contains(QLatin1Char('\n')) && form.match(text).hasMatch();
}

const SavedScenario *Design::scenario(const QString &name) const
{
    for (const SavedScenario &s : m_scenarios) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

Mutation Design::setScenarios(const QList<SavedScenario> &scenarios)
{
    QSet<QString> names;
    for (const SavedScenario &s : scenarios) {
        if (s.name.trimmed().isEmpty())
            return Mutation::refused(QStringLiteral("a scenario needs a name"));
        if (names.contains(s.name))
            return Mutation::refused(QStringLiteral("two scenarios are named '%1'").arg(s.name));
        names.insert(s.name);
        for (const QString &o : s.overrides) {
            if (!isOverrideForm(o))
                return Mutation::refused(QStringLiteral("'%1' in scenario '%2' is not of the form id.key=value").arg(o, s.name));
        }
    }
    m_scenarios = scenarios;
    return Mutation::done({DesignChange::Kind::ScenariosChanged, {}, {}, Section::Settings});
}

QString Design::noteOf(const QString &id) const
{
    if (id.isEmpty())
        return m_note;
    const Component *c = component(id);
    return c ? c->note : QString();
}

bool Design::hasNotes() const
{
    return !m_note.isEmpty() || std::any_of(m_components.cbegin(), m_components.cend(), [](const Component &c) { return !c.note.isEmpty(); });
}

Mutation Design::setNote(const QString &id, const QString &text)
{
    const QString note = text.trimmed().isEmpty() ? QString() : text;
    if (id.isEmpty()) {
        m_note = note;
        return Mutation::done({DesignChange::Kind::NoteChanged, {}, {}, Section::Settings});
    }
    const int i = indexOf(id);
    if (i < 0)
        return Mutation::refused(QStringLiteral("no component with id '%1'").arg(id));
    m_components[size_t(i)].note = note;
    return Mutation::done({DesignChange::Kind::NoteChanged, {id}, {}, Section::Settings});
}

bool Design::operator==(const Design &other) const
{
    for (int i = 0; i < 4; ++i) {
        if (m_sections[i] != other.m_sections[i])
            return false;
    }
    return m_routes == other.m_routes && m_scenarios == other.m_scenarios && m_note == other.m_note && m_components == other.m_components
        && m_links == other.m_links;
}

void Design::assign(QVariantMap settings, QVariantMap network, QVariantMap workload, QVariantMap celery,
                    QList<CeleryRoute> routes, std::vector<Component> components, QList<Link> links)
{
    m_sections[int(Section::Settings)] = std::move(settings);
    m_sections[int(Section::Network)] = std::move(network);
    m_sections[int(Section::Workload)] = std::move(workload);
    m_sections[int(Section::Celery)] = std::move(celery);
    m_routes = std::move(routes);
    m_components = std::move(components);
    m_links = std::move(links);
    reindex();
}

} // namespace Infra
