#include "yamltree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>

namespace Infra {

namespace {

const std::string &emptyString()
{
    static const std::string empty;
    return empty;
}

// Reads the caller's bytes in place (std::istringstream would copy them).
class MemoryBuffer : public std::streambuf
{
public:
    MemoryBuffer(const char *data, std::size_t size)
    {
        char *begin = const_cast<char *>(data); // only ever read: the get area
        setg(begin, begin, begin + size);
    }
};

// Counts the documents yaml-cpp reports after the first, without building nodes, and
// keeps where the first of them starts.
class DocumentCounter : public YAML::EventHandler
{
public:
    int documents = 0;
    YAML::Mark start = YAML::Mark::null_mark();

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++documents == 1)
            start = mark;
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

} // namespace

// Builds nodes from the parser's events as yaml-cpp's own NodeBuilder does (the builder
// behind YAML::Load): every node keeps the mark of its event; scalars and collections their
// tag, null nodes none; an alias stands for the anchored node itself; a node completes into
// its parent's items (a map's alternate between keys and values).
class YamlTreeBuilder : public YAML::EventHandler
{
public:
    explicit YamlTreeBuilder(YamlTree &tree)
        : m_tree(tree)
    {
        m_anchors.push_back(nullptr); // anchors are numbered from 1
    }

    const YamlNodeData *root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNodeData &node = create(mark, anchor);
        node.type = YamlNode::Type::Null;
        complete(&node);
    }

    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        // The parser resolves the name (an unknown one is its error); a number this
        // builder never saw would be a parser bug: it stands for nothing rather than crash.
        complete(anchor < m_anchors.size() ? m_anchors[anchor] : &create(YAML::Mark::null_mark(), 0));
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        YamlNodeData &node = create(mark, anchor);
        node.type = YamlNode::Type::Scalar;
        node.tag = tag;
        node.scalar = value;
        complete(&node);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        YamlNodeData &node = create(mark, anchor);
        node.type = YamlNode::Type::Sequence;
        node.tag = tag;
        m_open.push_back(&node);
    }

    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        YamlNodeData &node = create(mark, anchor);
        node.type = YamlNode::Type::Map;
        node.tag = tag;
        m_open.push_back(&node);
    }

    void OnMapEnd() override { close(); }

private:
    YamlNodeData &create(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        YamlNodeData &node = m_tree.newNode();
        node.mark = mark;
        if (anchor != 0) {
            if (anchor >= m_anchors.size())
                m_anchors.resize(anchor + 1, nullptr);
            m_anchors[anchor] = &node;
        }
        return node;
    }

    void close()
    {
        if (m_open.empty())
            return;
        YamlNodeData *node = m_open.back();
        m_open.pop_back();
        complete(node);
    }

    void complete(const YamlNodeData *node)
    {
        if (m_open.empty())
            m_root = node;
        else
            m_open.back()->children.push_back(node);
    }

    YamlTree &m_tree;
    std::vector<YamlNodeData *> m_open; // the collections being read, innermost last
    std::vector<const YamlNodeData *> m_anchors;
    const YamlNodeData *m_root = nullptr;
};

YamlNodeData &YamlTree::newNode()
{
    if (m_chunkUsed == m_chunkSize) {
        // 64 nodes at first (a small file), doubling up to 1,024 (~100 KB).
        m_chunkSize = m_chunks.empty() ? 64 : std::min<std::size_t>(m_chunkSize * 2, 1024);
        m_chunks.push_back(std::make_unique<YamlNodeData[]>(m_chunkSize));
        m_chunkUsed = 0;
    }
    return m_chunks.back()[m_chunkUsed++];
}

void YamlTree::parse(const char *data, std::size_t size, Documents documents)
{
    m_chunks.clear();
    m_chunkSize = 0;
    m_chunkUsed = 0;
    m_root = YamlNode();
    m_documents = 0;
    m_secondStart = YAML::Mark::null_mark();

    MemoryBuffer buffer(data, size);
    std::istream stream(&buffer);
    YAML::Parser parser(stream);
    YamlTreeBuilder builder(*this);
    if (!parser.HandleNextDocument(builder))
        return;
    m_documents = 1;
    m_root = YamlNode(builder.root());
    if (documents == Documents::FirstOnly)
        return;
    // yaml-cpp 0.7 can report endless empty documents for stray characters after the
    // first one: one more is all that is asked for.
    DocumentCounter counter;
    if (parser.HandleNextDocument(counter)) {
        m_documents = 2;
        m_secondStart = counter.start;
    }
}

const std::string &YamlNode::tag() const
{
    return m_d ? m_d->tag : emptyString();
}

const std::string &YamlNode::scalar() const
{
    return m_d && m_d->type == Type::Scalar ? m_d->scalar : emptyString();
}

std::size_t YamlNode::size() const
{
    if (!m_d)
        return 0;
    if (m_d->type == Type::Sequence)
        return m_d->children.size();
    if (m_d->type == Type::Map)
        return m_d->children.size() / 2;
    return 0;
}

YamlNode YamlNode::operator[](std::size_t i) const
{
    return isSequence() && i < m_d->children.size() ? YamlNode(m_d->children[i]) : YamlNode();
}

YamlNode YamlNode::operator[](std::string_view key) const
{
    if (!isMap())
        return YamlNode();
    for (std::size_t i = 0; i + 1 < m_d->children.size(); i += 2) {
        const YamlNodeData *k = m_d->children[i];
        if (k->type == Type::Scalar && k->scalar == key)
            return YamlNode(m_d->children[i + 1]);
    }
    return YamlNode();
}

YamlNode YamlNode::keyAt(std::size_t i) const
{
    return isMap() && 2 * i + 1 < m_d->children.size() ? YamlNode(m_d->children[2 * i]) : YamlNode();
}

YamlNode YamlNode::valueAt(std::size_t i) const
{
    return isMap() && 2 * i + 1 < m_d->children.size() ? YamlNode(m_d->children[2 * i + 1]) : YamlNode();
}

YamlNode::Iterator YamlNode::begin() const
{
    return Iterator(isSequence() ? m_d->children.data() : nullptr);
}

YamlNode::Iterator YamlNode::end() const
{
    return Iterator(isSequence() ? m_d->children.data() + m_d->children.size() : nullptr);
}

} // namespace Infra
