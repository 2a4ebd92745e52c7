#include "designreader.h"

#include "model/designconstraints.h"
#include "yamlnodereader.h"
#include "systemerror.h"
#include "yamlscalar.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <cerrno>

namespace Infra {

namespace {

using YamlScalar::Kind;
using Entry = YamlNodeReader::Entry;

// The design-specific half of reading: the document's structure, ids, links and the
// cross-parameter rules, on top of YamlNodeReader's typed values.
class Reader : public YamlNodeReader
{
public:
    explicit Reader(QString fileName)
        : YamlNodeReader(std::move(fileName))
    {
    }

    DesignReader::Result read(const QByteArray &data);

private:
    void readText(const QByteArray &data);
    void clampPositions(const QByteArray &data);

    void readDocument(const YamlNode &root);
    void readVersion(const Entry &e);
    void readSection(const Entry &e, Section section);
    void readRoutes(const Entry &e);
    void readScenarios(const Entry &e);
    void readComponents(const Entry &e);
    void readComponent(const YamlNode &item);
    void readLinks(const Entry &e);
    void readLink(const YamlNode &item);

    bool m_stop = false; // an unsupported version: other errors would only be noise

    QVariantMap m_sections[4];
    QList<CeleryRoute> m_routes;
    QList<SavedScenario> m_scenarios;
    QString m_note;
    std::vector<Component> m_components;
    QList<Link> m_links;
    QHash<QString, int> m_idLines;    // every id written in the file (valid or not), to its line
    std::vector<YamlNode> m_linkNodes; // read after the components, whatever the key order
};

void Reader::readVersion(const Entry &e)
{
    const YAML::Mark at = markOf(e.value, e.keyNode.mark());
    if (!e.value.isScalar() || YamlScalar::kindOf(e.value) != Kind::Int) {
        error(at, trText("Infra::DesignFile", "'version' must be the integer %1, not %2")
                      .arg(DesignReader::formatVersion)
                      .arg(describe(e.value)));
        return;
    }
    const std::optional<qint64> v = YamlScalar::toInt(e.value.scalar());
    if (!v || *v != DesignReader::formatVersion) {
        error(at, trText("Infra::DesignFile",
                         "unsupported format version %1 (this version of Infra Studio reads version %2)")
                      .arg(text(e.value))
                      .arg(DesignReader::formatVersion));
        m_stop = true;
    }
}

void Reader::readSection(const Entry &e, Section section)
{
    const QString name = sectionName(section);
    if (!expectMap(e.value, e.keyNode.mark(), Text::plain(quoted(name))))
        return;
    const ParamSchema &schema = sectionSchema(section);
    QStringList known = schema.keys();
    if (section == Section::Celery)
        known.append(QStringLiteral("routes"));
    for (const Entry &item : entries(e.value)) {
        if (section == Section::Celery && item.key == QLatin1String("routes")) {
            readRoutes(item);
            continue;
        }
        const ParamSpec *spec = schema.find(item.key);
        if (!spec) {
            error(item.keyNode.mark(), trText("Infra::DesignFile", "unknown key %1 in %2%3")
                                           .arg(quoted(item.key), name)
                                           .arg(didYouMean(item.key, known)));
            continue;
        }
        if (const std::optional<QVariant> v = readValue(*spec, item))
            m_sections[int(section)].insert(spec->key, *v);
    }
}

void Reader::readRoutes(const Entry &e)
{
    if (!expectSequence(e.value, e.keyNode.mark(), Text::plain(QStringLiteral("'routes'"))))
        return;
    const QStringList known = {QStringLiteral("task"), QStringLiteral("queue")};
    for (const YamlNode &item : e.value) {
        if (!expectMap(item, e.keyNode.mark(), trText("Infra::DesignFile", "a route")))
            continue;
        CeleryRoute route;
        bool ok = true;
        bool hasTask = false;
        bool hasQueue = false;
        for (const Entry &f : entries(item)) {
            if (f.key == QLatin1String("task") || f.key == QLatin1String("queue")) {
                const std::optional<QString> s = readString(f, false);
                ok = ok && s.has_value();
                (f.key == QLatin1String("task") ? hasTask : hasQueue) = true;
                if (s)
                    (f.key == QLatin1String("task") ? route.task : route.queue) = *s;
            } else {
                error(f.keyNode.mark(), trText("Infra::DesignFile", "unknown key %1 in a route%2")
                                            .arg(quoted(f.key))
                                            .arg(didYouMean(f.key, known)));
            }
        }
        if (!hasTask)
            error(item.mark(), trText("Infra::DesignFile", "a route needs a 'task' (a task name or pattern)"));
        if (!hasQueue)
            error(item.mark(), trText("Infra::DesignFile", "a route needs a 'queue'"));
        if (ok && hasTask && hasQueue)
            m_routes.append(route);
    }
}

void Reader::readScenarios(const Entry &e)
{
    if (!expectSequence(e.value, e.keyNode.mark(), Text::plain(QStringLiteral("'scenarios'"))))
        return;
    const QStringList known = {QStringLiteral("name"), QStringLiteral("set")};
    QSet<QString> names;
    for (const YamlNode &item : e.value) {
        if (!expectMap(item, e.keyNode.mark(), trText("Infra::DesignFile", "a scenario")))
            continue;
        SavedScenario scenario;
        bool ok = true;
        bool hasName = false;
        for (const Entry &f : entries(item)) {
            if (f.key == QLatin1String("name")) {
                hasName = true;
                const std::optional<QString> name = readString(f, false);
                if (!name) {
                    ok = false;
                } else if (names.contains(*name)) {
                    error(markOf(f.value, f.keyNode.mark()),
                          trText("Infra::DesignFile", "a second scenario named %1 (scenario names are unique)").arg(quoted(*name)));
                    ok = false;
                } else {
                    names.insert(*name);
                    scenario.name = *name;
                }
            } else if (f.key == QLatin1String("set")) {
                if (!expectSequence(f.value, f.keyNode.mark(), Text::plain(QStringLiteral("'set'")))) {
                    ok = false;
                    continue;
                }
                for (const YamlNode &o : f.value) {
                    const QString text = o.isScalar() ? QString::fromStdString(o.scalar()) : QString();
                    if (!o.isScalar() || !isOverrideForm(text)) {
                        error(o.mark(), trText("Infra::DesignFile",
                                               "a scenario override is written id.key=value (web.max_tasks=40, workload.peak_rps=2000), not %1")
                                            .arg(describe(o)));
                        ok = false;
                        continue;
                    }
                    scenario.overrides.append(text);
                }
            } else {
                error(f.keyNode.mark(), trText("Infra::DesignFile", "unknown key %1 in a scenario%2")
                                            .arg(quoted(f.key))
                                            .arg(didYouMean(f.key, known)));
            }
        }
        if (!hasName)
            error(item.mark(), trText("Infra::DesignFile", "a scenario needs a 'name'"));
        if (ok && hasName)
            m_scenarios.append(scenario);
    }
}

void Reader::readComponents(const Entry &e)
{
    if (!expectSequence(e.value, e.keyNode.mark(), Text::plain(QStringLiteral("'components'"))))
        return;
    for (const YamlNode &item : e.value)
        readComponent(item);
}

void Reader::readComponent(const YamlNode &item)
{
    if (!expectMap(item, item.mark(), trText("Infra::DesignFile", "a component")))
        return;
    static const QStringList known = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
                                      QStringLiteral("position"), QStringLiteral("params"), QStringLiteral("note")};
    const qsizetype errorsBefore = m_errors.size();
    const Entry *idEntry = nullptr;
    const Entry *kindEntry = nullptr;
    const Entry *nameEntry = nullptr;
    const Entry *positionEntry = nullptr;
    const Entry *paramsEntry = nullptr;
    const Entry *noteEntry = nullptr;
    const std::vector<Entry> fields = entries(item);
    for (const Entry &f : fields) {
        if (f.key == QLatin1String("id"))
            idEntry = &f;
        else if (f.key == QLatin1String("kind"))
            kindEntry = &f;
        else if (f.key == QLatin1String("name"))
            nameEntry = &f;
        else if (f.key == QLatin1String("position"))
            positionEntry = &f;
        else if (f.key == QLatin1String("params"))
            paramsEntry = &f;
        else if (f.key == QLatin1String("note"))
            noteEntry = &f;
        else
            error(f.keyNode.mark(), trText("Infra::DesignFile", "unknown key %1 in a component%2")
                                        .arg(quoted(f.key))
                                        .arg(didYouMean(f.key, known)));
    }

    Component c;
    Text label = trText("Infra::DesignFile", "a component");
    if (!idEntry) {
        error(item.mark(), trText("Infra::DesignFile", "a component needs an 'id'"));
    } else if (const std::optional<QString> id = readString(*idEntry, false)) {
        c.id = *id;
        label = trText("Infra::DesignFile", "component %1").arg(quoted(c.id));
        if (m_idLines.contains(c.id)) {
            error(idEntry->value.mark(),
                  trText("Infra::DesignFile", "duplicate component id %1 (first used at line %2)")
                      .arg(quoted(c.id))
                      .arg(m_idLines.value(c.id)));
        } else {
            m_idLines.insert(c.id, idEntry->value.mark().line + 1);
            if (!isValidComponentId(c.id))
                error(idEntry->value.mark(),
                      trText("Infra::DesignFile",
                             "%1 is not a valid component id (lowercase letters, digits and dashes, "
                             "starting with a letter, at most 63 characters)")
                          .arg(quoted(c.id)));
        }
    }

    std::optional<ComponentKind> kind;
    if (!kindEntry) {
        error(item.mark(), trText("Infra::DesignFile", "%1 needs a 'kind' (one of %2)")
                               .arg(label)
                               .arg(kindNames().join(QStringLiteral(", "))));
    } else if (const std::optional<QString> k = readString(*kindEntry, false)) {
        kind = kindFromName(*k);
        if (!kind) {
            const Text hint = didYouMean(*k, kindNames());
            error(kindEntry->value.mark(),
                  trText("Infra::DesignFile", "unknown component kind %1%2")
                      .arg(quoted(*k))
                      .arg(hint.isEmpty()
                               ? trText("Infra::DesignFile", " (one of %1)").arg(kindNames().join(QStringLiteral(", ")))
                               : hint));
        }
    }

    if (nameEntry) {
        if (const std::optional<QString> n = readString(*nameEntry, false))
            c.name = *n;
    } else if (kind) {
        c.name = kindDisplayName(*kind);
    }
    if (noteEntry) {
        if (const std::optional<QString> n = readString(*noteEntry, true))
            c.note = n->trimmed().isEmpty() ? QString() : *n;
    }

    if (positionEntry) {
        const YamlNode &p = positionEntry->value;
        const YAML::Mark at = markOf(p, positionEntry->keyNode.mark());
        const Text expected = trText("Infra::DesignFile", "'position' must be [x, y] with two finite numbers");
        if (!p.isSequence()) {
            error(at, trText("Infra::DesignFile", "%1, not %2").arg(expected).arg(describe(p)));
        } else if (p.size() != 2) {
            // Two sources rather than a plural: Text has no %n, and only 1 is singular here.
            error(at, (p.size() == 1 ? trText("Infra::DesignFile", "%1, not a list of %2 item")
                                     : trText("Infra::DesignFile", "%1, not a list of %2 items"))
                          .arg(expected)
                          .arg(p.size()));
        } else {
            double xy[2] = {0, 0};
            bool ok = true;
            for (std::size_t i = 0; i < 2; ++i) {
                const YamlNode n = p[i];
                const Kind k = n.isScalar() ? YamlScalar::kindOf(n) : Kind::Null;
                const std::optional<double> d = (k == Kind::Int || k == Kind::Float) ? YamlScalar::toDouble(n.scalar()) : std::nullopt;
                if (d) {
                    xy[i] = *d;
                } else {
                    ok = false;
                    error(markOf(n, at),
                          trText("Infra::DesignFile", "%1; %2 is not one")
                              .arg(expected)
                              .arg(n.isScalar() && k != Kind::Null ? Text::plain(text(n)) : describe(n)));
                }
            }
            if (ok)
                c.position = QPointF(xy[0], xy[1]);
        }
    }

    // The parameters as given (their marks are those of constraint violations below).
    std::vector<Entry> params;
    if (kind) {
        c.kind = *kind;
        const ParamSchema &schema = kindSchema(*kind);
        c.params = schema.defaults();
        if (paramsEntry &&
            expectMap(paramsEntry->value, paramsEntry->keyNode.mark(), Text::plain(QStringLiteral("'params'")))) {
            params = entries(paramsEntry->value);
            for (const Entry &p : params) {
                const ParamSpec *spec = schema.find(p.key);
                if (!spec) {
                    error(p.keyNode.mark(), trText("Infra::DesignFile", "%1 has no parameter %2%3")
                                                .arg(kindName(*kind), quoted(p.key))
                                                .arg(didYouMean(p.key, schema.keys())));
                    continue;
                }
                if (const std::optional<QVariant> v = readValue(*spec, p))
                    c.params.insert(spec->key, *v);
            }
        }
    }

    if (m_errors.size() != errorsBefore)
        return; // cross-parameter rules only make sense on a component that is valid key by key
    // Here every parameter has a spec and none is repeated (either would be an error above).
    const auto markOfParam = [&](const QString &key) {
        for (const Entry &p : params) {
            if (p.key == key)
                return markOf(p.value, p.keyNode.mark());
        }
        return item.mark();
    };
    for (const ConstraintViolation &v : componentConstraintViolations(c))
        error(markOfParam(v.key),
              trText("Infra::DesignFile", "%1: %2").arg(label).arg(v.messageText.isEmpty() ? Text::plain(v.message) : v.messageText));
    m_components.push_back(std::move(c));
}

void Reader::readLinks(const Entry &e)
{
    if (!expectSequence(e.value, e.keyNode.mark(), Text::plain(QStringLiteral("'links'"))))
        return;
    for (const YamlNode &item : e.value)
        m_linkNodes.push_back(item);
}

void Reader::readLink(const YamlNode &item)
{
    if (!expectMap(item, item.mark(), trText("Infra::DesignFile", "a link")))
        return;
    static const QStringList known = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("mode"),
                                      QStringLiteral("port"), QStringLiteral("purpose")};
    static const ParamSpec modeSpec = [] {
        ParamSpec s;
        s.key = QStringLiteral("mode");
        s.type = ParamType::Enum;
        s.choices = {QStringLiteral("add"), QStringLiteral("suppress")};
        return s;
    }();
    static const ParamSpec portSpec = [] {
        ParamSpec s;
        s.key = QStringLiteral("port");
        s.type = ParamType::Int;
        s.minimum = 0;
        s.maximum = 65535;
        s.hasRange = true;
        return s;
    }();
    static const ParamSpec purposeSpec = [] {
        ParamSpec s;
        s.key = QStringLiteral("purpose");
        s.type = ParamType::String;
        return s;
    }();

    const qsizetype errorsBefore = m_errors.size();
    Link link;
    bool hasFrom = false;
    bool hasTo = false;
    const Entry *portEntry = nullptr;
    const Entry *purposeEntry = nullptr;
    const std::vector<Entry> fields = entries(item);
    for (const Entry &f : fields) {
        if (f.key == QLatin1String("from") || f.key == QLatin1String("to")) {
            const bool from = f.key == QLatin1String("from");
            (from ? hasFrom : hasTo) = true;
            const std::optional<QString> id = readString(f, false);
            if (!id)
                continue;
            (from ? link.from : link.to) = *id;
            if (!m_idLines.contains(*id))
                error(f.value.mark(), trText("Infra::DesignFile", "link %1 names no component: %2%3")
                                          .arg(quoted(f.key), quoted(*id))
                                          .arg(didYouMean(*id, m_idLines.keys())));
        } else if (f.key == QLatin1String("mode")) {
            if (const std::optional<QVariant> v = readValue(modeSpec, f))
                link.mode = v->toString() == QLatin1String("suppress") ? Link::Mode::Suppress : Link::Mode::Add;
        } else if (f.key == QLatin1String("port")) {
            portEntry = &f;
            if (const std::optional<QVariant> v = readValue(portSpec, f))
                link.port = int(v->toLongLong());
        } else if (f.key == QLatin1String("purpose")) {
            purposeEntry = &f;
            if (const std::optional<QVariant> v = readValue(purposeSpec, f))
                link.purpose = v->toString();
        } else {
            error(f.keyNode.mark(), trText("Infra::DesignFile", "unknown key %1 in a link%2")
                                        .arg(quoted(f.key))
                                        .arg(didYouMean(f.key, known)));
        }
    }
    if (!hasFrom)
        error(item.mark(), trText("Infra::DesignFile", "a link needs 'from' (a component id)"));
    if (!hasTo)
        error(item.mark(), trText("Infra::DesignFile", "a link needs 'to' (a component id)"));
    if (link.mode == Link::Mode::Suppress) {
        // A suppressed connection has no port or purpose; refusing them keeps load→save exact.
        for (const Entry *f : {portEntry, purposeEntry}) {
            if (f)
                error(f->keyNode.mark(),
                      trText("Infra::DesignFile", "%1 only applies to links with mode add").arg(quoted(f->key)));
        }
    }
    if (m_errors.size() != errorsBefore)
        return;
    if (link.from == link.to) {
        error(
            item.mark(),
            trText("Infra::DesignFile", "a link needs two different components, not %1 twice").arg(quoted(link.from)));
        return;
    }
    if (m_links.contains(link)) {
        error(item.mark(),
              trText("Infra::DesignFile", "duplicate link from %1 to %2").arg(quoted(link.from), quoted(link.to)));
        return;
    }
    m_links.append(link);
}

void Reader::readDocument(const YamlNode &root)
{
    if (!root.isMap()) {
        error(root.mark(),
              trText("Infra::DesignFile", "a design must be a map of keys (version, name, components, ...), not %1")
                  .arg(describe(root)));
        return;
    }
    const std::vector<Entry> top = entries(root);

    // The version first: a file of another version is not checked any further.
    const Entry *version = nullptr;
    for (const Entry &e : top) {
        if (e.key == QLatin1String("version"))
            version = &e;
    }
    if (!version)
        error(root.mark(), trText("Infra::DesignFile", "missing 'version: %1' (the design format version)")
                               .arg(DesignReader::formatVersion));
    else
        readVersion(*version);
    if (m_stop)
        return;

    const ParamSchema &settings = settingsSchema();
    QStringList known = {QStringLiteral("version")};
    known += settings.keys();
    known += {QStringLiteral("network"), QStringLiteral("workload"), QStringLiteral("celery"), QStringLiteral("components"),
              QStringLiteral("links"), QStringLiteral("scenarios"), QStringLiteral("note")};
    for (const Entry &e : top) {
        if (e.key == QLatin1String("version")) {
            continue;
        } else if (const ParamSpec *spec = settings.find(e.key)) {
            if (const std::optional<QVariant> v = readValue(*spec, e))
                m_sections[int(Section::Settings)].insert(spec->key, *v);
        } else if (e.key == QLatin1String("network")) {
            readSection(e, Section::Network);
        } else if (e.key == QLatin1String("workload")) {
            readSection(e, Section::Workload);
        } else if (e.key == QLatin1String("celery")) {
            readSection(e, Section::Celery);
        } else if (e.key == QLatin1String("components")) {
            readComponents(e);
        } else if (e.key == QLatin1String("links")) {
            readLinks(e);
        } else if (e.key == QLatin1String("scenarios")) {
            readScenarios(e);
        } else if (e.key == QLatin1String("note")) {
            if (const std::optional<QString> n = readString(e, true))
                m_note = *n;
        } else {
            error(e.keyNode.mark(), trText("Infra::DesignFile", "unknown top-level key %1%2")
                                        .arg(quoted(e.key))
                                        .arg(didYouMean(e.key, known)));
        }
    }
    for (const YamlNode &link : m_linkNodes)
        readLink(link);
}

void Reader::readText(const QByteArray &data)
{
    try {
        YamlTree tree;
        tree.parse(data.constData(), std::size_t(data.size()));
        const YamlNode root = tree.root();
        if (tree.hasSecondDocument())
            error(tree.secondDocumentStart(),
                  trText("Infra::DesignFile", "a design file holds one YAML document; more content starts here"));
        else if (!root.isDefined() || root.isNull())
            error(YAML::Mark::null_mark(),
                  trText("Infra::DesignFile", "the file holds no design (it should start with 'version: %1')")
                      .arg(DesignReader::formatVersion));
        else
            readDocument(root);
    } catch (const YAML::Exception &e) {
        // yaml-cpp's own words stay as they are.
        error(e.mark, trText("Infra::DesignFile", "malformed YAML: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        // Resource exhaustion or a library failure: still an error, never a crash.
        error(YAML::Mark::null_mark(),
              trText("Infra::DesignFile", "cannot read the design: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

// yaml-cpp's marks can point past the text on damaged input; an error is always
// reported inside the file (or just after its last character).
void Reader::clampPositions(const QByteArray &data)
{
    const QList<QByteArray> lines = data.split('\n');
    for (DesignError &e : m_errors) {
        e.line = std::clamp(e.line, 1, int(lines.size()));
        e.column = std::clamp(e.column, 1, int(lines.at(e.line - 1).size()) + 1);
    }
}

// The offset of the first byte that does not belong to a well-formed UTF-8 sequence (no
// overlong forms, surrogates or code points above U+10FFFF), or -1 when the text is valid.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = bytes[i];
        int extra = 0;
        unsigned char low = 0x80, high = 0xbf; // the allowed range of the second byte
        if (b < 0x80) {
            ++i;
            continue;
        } else if (b >= 0xc2 && b <= 0xdf) {
            extra = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
            extra = 2;
            low = b == 0xe0 ? 0xa0 : 0x80;
            high = b == 0xed ? 0x9f : 0xbf;
        } else if (b >= 0xf0 && b <= 0xf4) {
            extra = 3;
            low = b == 0xf0 ? 0x90 : 0x80;
            high = b == 0xf4 ? 0x8f : 0xbf;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size)
                return i;
            const unsigned char c = bytes[i + k];
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xbf))
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

DesignReader::Result Reader::read(const QByteArray &data)
{
    for (Section s : {Section::Settings, Section::Network, Section::Workload, Section::Celery})
        m_sections[int(s)] = sectionSchema(s).defaults();

    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0) {
        // YAML is text; yaml-cpp's positions go astray after a NUL byte.
        const qsizetype lineStart = data.lastIndexOf('\n', nul) + 1;
        m_errors.append(DesignError::make(
            m_file, int(data.left(nul).count('\n') + 1), int(nul - lineStart + 1),
            trText("Infra::DesignFile", "the file contains a NUL byte; a design file is UTF-8 text")));
    } else if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        // Read on, yaml-cpp would turn the bytes into replacement characters without a word
        // (a file saved in Latin-1, say): the user learns where the damage is instead.
        const qsizetype lineStart = data.lastIndexOf('\n', bad) + 1;
        m_errors.append(DesignError::make(
            m_file, int(data.left(bad).count('\n') + 1), int(bad - lineStart + 1),
            trText("Infra::DesignFile", "invalid UTF-8 (byte 0x%1); a design file is UTF-8 text, was it saved in another encoding?")
                .arg(QString::number(uchar(data.at(bad)), 16).toUpper())));
    } else {
        readText(data);
    }
    clampPositions(data);

    DesignReader::Result result;
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const DesignError &a, const DesignError &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    m_errors.erase(std::unique(m_errors.begin(), m_errors.end()), m_errors.end());
    result.errors = m_errors;
    if (m_errors.isEmpty()) {
        Design design;
        design.assign(m_sections[int(Section::Settings)], m_sections[int(Section::Network)], m_sections[int(Section::Workload)],
                      m_sections[int(Section::Celery)], m_routes, std::move(m_components), m_links);
        design.setScenarios(m_scenarios); // checked above: names unique, overrides in form
        design.setNote({}, m_note);
        result.design = std::move(design);
    }
    return result;
}

} // namespace

QStringList DesignReader::Result::errorStrings() const
{
    QStringList lines;
    for (const DesignError &e : errors)
        lines.append(e.toString());
    return lines;
}

QStringList DesignReader::Result::displayErrorStrings() const
{
    QStringList lines;
    for (const DesignError &e : errors)
        lines.append(e.displayText());
    return lines;
}

DesignReader::Result DesignReader::readFile(const QString &path)
{
    // The reason in English (systemErrorText): the message goes into JSON, which never changes
    // with the language; Qt's errorString() follows the locale's C library messages.
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.ioError = true;
        result.errors.append(DesignError::make(path, 1, 1,
                                               trText("Infra::DesignFile", "cannot read the file: %1")
                                                   .arg(systemErrorText(errno, file.errorString()))));
        return result;
    }
    errno = 0;
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        Result result;
        result.ioError = true;
        result.errors.append(DesignError::make(path, 1, 1,
                                               trText("Infra::DesignFile", "cannot read the file: %1")
                                                   .arg(systemErrorText(errno, file.errorString()))));
        return result;
    }
    return readData(data, path);
}

DesignReader::Result DesignReader::readData(const QByteArray &data, const QString &fileName)
{
    return Reader(fileName).read(data);
}

} // namespace Infra
