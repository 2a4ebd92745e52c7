#include "designreaderfuzz.h"

#include "io/designreader.h"
#include "io/designwriter.h"
#include "io/yamltree.h"

#include <QByteArray>
#include <QString>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Infra {

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &input, const QString &detail = {})
{
    std::fprintf(stderr, "design reader contract broken: %s\n%s\n--- input (%lld bytes) ---\n%s\n---\n", what,
                 detail.toLocal8Bit().constData(), static_cast<long long>(input.size()), input.constData());
    std::abort();
}

// The reader's way of reading YAML before YamlTree: the documents counted by a pass of
// their own (up to two), then the first one built by YAML::Load.
class DocumentCounter : public YAML::EventHandler
{
public:
    int documents = 0;
    YAML::Mark secondStart;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++documents == 2)
            secondStart = mark;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

QString markText(const YAML::Mark &m)
{
    return QStringLiteral("%1:%2:%3").arg(m.pos).arg(m.line).arg(m.column);
}

// Where the tree differs from yaml-cpp's own graph of the same node: types, marks, tags,
// scalars, items in order, and the same node wherever an alias makes yaml-cpp share one.
QString treeMismatch(const YamlNode &root, const YAML::Node &expected)
{
    std::unordered_map<const void *, YAML::Node> seen; // tree node -> yaml-cpp node
    std::vector<std::pair<YamlNode, YAML::Node>> todo = {{root, expected}};
    while (!todo.empty()) {
        const auto [ours, theirs] = todo.back();
        todo.pop_back();
        const QString where = markText(theirs.Mark());
        if (ours.isNull() != theirs.IsNull() || ours.isScalar() != theirs.IsScalar() || ours.isSequence() != theirs.IsSequence()
            || ours.isMap() != theirs.IsMap())
            return QStringLiteral("node type at ") + where;
        if (markText(ours.mark()) != where)
            return QStringLiteral("mark %1 instead of %2").arg(markText(ours.mark()), where);
        if (ours.tag() != theirs.Tag() || ours.scalar() != (theirs.IsScalar() ? theirs.Scalar() : std::string()))
            return QStringLiteral("tag or text at ") + where;
        if (ours.size() != theirs.size())
            return QStringLiteral("size at ") + where;
        const void *key = ours.id();
        if (const auto it = seen.find(key); it != seen.end()) {
            if (!it->second.is(theirs))
                return QStringLiteral("an alias not shared at ") + where;
            continue; // visited: an alias (or a cycle)
        }
        seen.emplace(key, theirs);
        if (theirs.IsSequence()) {
            for (std::size_t i = 0; i < theirs.size(); ++i)
                todo.emplace_back(ours[i], theirs[i]);
        } else if (theirs.IsMap()) {
            std::size_t i = 0;
            for (auto it = theirs.begin(); it != theirs.end(); ++it, ++i) {
                todo.emplace_back(ours.keyAt(i), it->first);
                todo.emplace_back(ours.valueAt(i), it->second);
            }
        }
    }
    return {};
}

// YamlTree against the two passes it replaced: the same exception (message and mark), or
// the same second-document verdict and the same graph.
void checkYamlTree(const QByteArray &input)
{
    std::string oldError, newError;
    int oldDocuments = 0;
    YAML::Mark oldSecond;
    YAML::Node oldRoot;
    try {
        const std::string text = input.toStdString();
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        DocumentCounter counter;
        while (counter.documents < 2 && parser.HandleNextDocument(counter)) {
        }
        oldDocuments = counter.documents;
        oldSecond = counter.secondStart;
        oldRoot = YAML::Load(text);
    } catch (const YAML::Exception &e) {
        oldError = e.what();
    }
    YamlTree tree;
    try {
        tree.parse(input.constData(), std::size_t(input.size()));
    } catch (const YAML::Exception &e) {
        newError = e.what();
    }
    if (oldError != newError)
        fail("YamlTree's exception differs from yaml-cpp's", input,
             QString::fromStdString(oldError) + QStringLiteral(" / ") + QString::fromStdString(newError));
    if (!oldError.empty())
        return;
    if (tree.hasSecondDocument() != (oldDocuments > 1))
        fail("YamlTree's count of documents differs", input);
    if (tree.hasSecondDocument() && markText(tree.secondDocumentStart()) != markText(oldSecond))
        fail("YamlTree's second document starts elsewhere", input);
    if (oldDocuments == 0) {
        if (tree.root().isDefined())
            fail("YamlTree found a document in an empty stream", input);
        return;
    }
    if (const QString mismatch = treeMismatch(tree.root(), oldRoot); !mismatch.isEmpty())
        fail("YamlTree differs from YAML::Load's graph", input, mismatch);
}

} // namespace

int fuzzDesignReader(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.indexOf('\0') < 0) // the reader never parses text with a NUL byte
        checkYamlTree(input);
    const DesignReader::Result r = DesignReader::readData(input, QStringLiteral("fuzz.yaml"));

    if (r.ok() == !r.errors.isEmpty())
        fail("a result must be either a design or errors", input);

    // Positions must lie inside the input: on one of its lines, at most just after the
    // line's last byte.
    const QList<QByteArray> lines = input.split('\n');
    for (qsizetype i = 0; i < r.errors.size(); ++i) {
        const DesignError &e = r.errors.at(i);
        if (e.line < 1 || e.line > lines.size() || e.column < 1 || e.column > lines.at(e.line - 1).size() + 1
            || e.message.isEmpty() || e.file != QLatin1String("fuzz.yaml"))
            fail("error position outside the input", input, e.toString());
        if (i > 0) {
            const DesignError &p = r.errors.at(i - 1);
            if (p.line > e.line || (p.line == e.line && p.column > e.column))
                fail("errors not sorted", input, p.toString() + QLatin1Char('\n') + e.toString());
        }
    }

    if (r.ok()) {
        const QByteArray saved = DesignWriter::toYaml(*r.design);
        const DesignReader::Result again = DesignReader::readData(saved, QStringLiteral("saved.yaml"));
        if (!again.ok())
            fail("a saved design does not load", input, again.errorStrings().join(QLatin1Char('\n')) + QStringLiteral("\n--- saved ---\n") + QString::fromUtf8(saved));
        if (!(*again.design == *r.design))
            fail("load -> save -> load changed the design", input, QString::fromUtf8(saved));
        if (DesignWriter::toYaml(*again.design) != saved)
            fail("re-saving a saved design changed its bytes", input, QString::fromUtf8(saved));
    }
    return 0;
}

} // namespace Infra
