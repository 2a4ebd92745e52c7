#include "designwriter.h"

#include "atomicfile.h"
#include "designreader.h"
#include "yamlscalar.h"


#include <yaml-cpp/yaml.h>

namespace Infra {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

void emitString(YAML::Emitter &out, const QString &s)
{
    const std::string text = utf8(s);
    if (YamlScalar::needsQuotes(text))
        out << YAML::DoubleQuoted;
    out << text;
}

// A note may hold line breaks and tabs: double quotes keep every character (a literal block
// would change trailing line breaks and white space on the way back).
void emitNote(YAML::Emitter &out, const QString &note)
{
    if (note.contains(QLatin1Char('\n')) || note.contains(QLatin1Char('\r')) || note.contains(QLatin1Char('\t'))) {
        out << YAML::DoubleQuoted << utf8(note);
        return;
    }
    emitString(out, note);
}

void emitDouble(YAML::Emitter &out, double v)
{
    out << YamlScalar::formatDouble(v);
}

void emitValue(YAML::Emitter &out, const ParamSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case ParamType::Bool:
        out << value.toBool();
        break;
    case ParamType::Int:
        out << std::to_string(value.toLongLong());
        break;
    case ParamType::Double:
        emitDouble(out, value.toDouble());
        break;
    case ParamType::String:
    case ParamType::Enum:
        emitString(out, value.toString());
        break;
    case ParamType::StringList: {
        out << YAML::Flow << YAML::BeginSeq;
        const QStringList items = value.toStringList();
        for (const QString &item : items)
            emitString(out, item);
        out << YAML::EndSeq;
        break;
    }
    case ParamType::StringMap: {
        const QVariantMap map = value.toMap();
        if (map.isEmpty())
            out << YAML::Flow;
        out << YAML::BeginMap; // QVariantMap iterates in key order: deterministic
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            out << YAML::Key;
            emitString(out, it.key());
            out << YAML::Value;
            emitString(out, it.value().toString());
        }
        out << YAML::EndMap;
        break;
    }
    }
}

void emitParams(YAML::Emitter &out, const ParamSchema &schema, const QVariantMap &values)
{
    for (const ParamSpec &spec : schema.specs()) {
        out << YAML::Key << utf8(spec.key) << YAML::Value;
        emitValue(out, spec, values.value(spec.key, spec.defaultValue));
    }
}

void emitSection(YAML::Emitter &out, const Design &design, Section section)
{
    out << YAML::Key << utf8(sectionName(section)) << YAML::Value << YAML::BeginMap;
    emitParams(out, sectionSchema(section), design.section(section));
    if (section == Section::Celery) {
        out << YAML::Key << "routes" << YAML::Value;
        if (design.routes().isEmpty())
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const CeleryRoute &r : design.routes()) {
            out << YAML::Flow << YAML::BeginMap;
            out << YAML::Key << "task" << YAML::Value;
            emitString(out, r.task);
            out << YAML::Key << "queue" << YAML::Value;
            emitString(out, r.queue);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

void emitComponent(YAML::Emitter &out, const Component &c)
{
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value;
    emitString(out, c.id);
    out << YAML::Key << "kind" << YAML::Value << utf8(kindName(c.kind));
    out << YAML::Key << "name" << YAML::Value;
    emitString(out, c.name);
    if (!c.note.isEmpty()) { // written only when there is one: files without notes read as before
        out << YAML::Key << "note" << YAML::Value;
        emitNote(out, c.note);
    }
    out << YAML::Key << "position" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    emitDouble(out, c.position.x());
    emitDouble(out, c.position.y());
    out << YAML::EndSeq;
    out << YAML::Key << "params" << YAML::Value;
    const ParamSchema &schema = kindSchema(c.kind);
    if (schema.specs().empty())
        out << YAML::Flow;
    out << YAML::BeginMap;
    emitParams(out, schema, c.params);
    out << YAML::EndMap;
    out << YAML::EndMap;
}

void emitLink(YAML::Emitter &out, const Link &l)
{
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "from" << YAML::Value;
    emitString(out, l.from);
    out << YAML::Key << "to" << YAML::Value;
    emitString(out, l.to);
    out << YAML::Key << "mode" << YAML::Value << (l.mode == Link::Mode::Add ? "add" : "suppress");
    if (l.mode == Link::Mode::Add) {
        out << YAML::Key << "port" << YAML::Value << std::to_string(l.port);
        out << YAML::Key << "purpose" << YAML::Value;
        emitString(out, l.purpose);
    }
    out << YAML::EndMap;
}

} // namespace

QByteArray DesignWriter::toYaml(const Design &design)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << std::to_string(DesignReader::formatVersion);
    emitParams(out, settingsSchema(), design.section(Section::Settings));
    if (!design.note().isEmpty()) {
        out << YAML::Key << "note" << YAML::Value;
        emitNote(out, design.note());
    }
    emitSection(out, design, Section::Network);
    emitSection(out, design, Section::Workload);
    emitSection(out, design, Section::Celery);

    out << YAML::Key << "components" << YAML::Value;
    if (design.components().empty())
        out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const Component &c : design.components())
        emitComponent(out, c);
    out << YAML::EndSeq;

    out << YAML::Key << "links" << YAML::Value;
    if (design.links().isEmpty())
        out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const Link &l : design.links())
        emitLink(out, l);
    out << YAML::EndSeq;

    // Saved what-if scenarios: written only when there are some, so a design without them
    // reads as before.
    if (!design.scenarios().isEmpty()) {
        out << YAML::Key << "scenarios" << YAML::Value << YAML::BeginSeq;
        for (const SavedScenario &sc : design.scenarios()) {
            out << YAML::BeginMap;
            out << YAML::Key << "name" << YAML::Value;
            emitString(out, sc.name);
            out << YAML::Key << "set" << YAML::Value;
            if (sc.overrides.isEmpty())
                out << YAML::Flow;
            out << YAML::BeginSeq;
            for (const QString &o : sc.overrides)
                emitString(out, o);
            out << YAML::EndSeq;
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;

    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

bool DesignWriter::writeFile(const Design &design, const QString &path, QString *errorMessage)
{
    QString reason;
    if (AtomicFile::write(path, toYaml(design), &reason))
        return true;
    if (errorMessage)
        *errorMessage = QStringLiteral("cannot save %1: %2").arg(path, reason);
    return false;
}

} // namespace Infra
