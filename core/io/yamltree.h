#pragma once

#include <yaml-cpp/mark.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Infra {

struct YamlNodeData;

// One node of a YamlTree: a handle (a pointer) to what yaml-cpp's parser reported for it,
// with the meaning of YAML::Node as YAML::Load builds it (same types, tags, scalars and
// marks; an alias is the anchored node itself; repeated keys are all kept, in order).
// Valid as long as its tree. A default-constructed node is undefined (no document).
class YamlNode
{
public:
    enum class Type : unsigned char { Null, Scalar, Sequence, Map };

    YamlNode() = default;
    explicit YamlNode(const YamlNodeData *data)
        : m_d(data)
    {
    }

    bool isDefined() const { return m_d != nullptr; }
    explicit operator bool() const { return isDefined(); }
    bool isNull() const;
    bool isScalar() const;
    bool isSequence() const;
    bool isMap() const;
    // Where the node starts; the null mark for an undefined node.
    YAML::Mark mark() const;
    // "?" for a plain scalar, "!" for a quoted one, else the resolved tag; empty for null.
    const std::string &tag() const;
    // The text of a scalar; empty for every other node.
    const std::string &scalar() const;

    // Sequences: the number of items and item i (0 <= i < size()); maps: the number of
    // key: value pairs, keyAt(i) and valueAt(i). Other nodes have none.
    std::size_t size() const;
    YamlNode operator[](std::size_t i) const;
    YamlNode keyAt(std::size_t i) const;
    YamlNode valueAt(std::size_t i) const;
    // The value of a map's first scalar key with this text (YAML::Node's const operator[]);
    // undefined when there is none or the node is not a map.
    YamlNode operator[](std::string_view key) const;

    // The items of a sequence, in order (nothing for other nodes): for (YamlNode item : node)
    class Iterator
    {
    public:
        explicit Iterator(const YamlNodeData *const *p)
            : m_p(p)
        {
        }
        YamlNode operator*() const { return YamlNode(*m_p); }
        Iterator &operator++()
        {
            ++m_p;
            return *this;
        }
        bool operator!=(const Iterator &o) const { return m_p != o.m_p; }

    private:
        const YamlNodeData *const *m_p;
    };
    Iterator begin() const;
    Iterator end() const;

    // The same for every handle of one node (an alias is its anchored node).
    const void *id() const { return m_d; }
    friend bool operator==(const YamlNode &a, const YamlNode &b) { return a.m_d == b.m_d; }

private:
    const YamlNodeData *m_d = nullptr;
};

struct YamlNodeData
{
    YamlNode::Type type = YamlNode::Type::Null;
    YAML::Mark mark;
    std::string tag;
    std::string scalar;
    // Sequence items; for maps keys and values alternately.
    std::vector<const YamlNodeData *> children;
};

// The first document of a YAML text as yaml-cpp's parser reads it, built in one pass from
// the parser's events into an arena (YAML::Load builds a graph of reference-counted nodes
// and was, with the separate pass that counted the documents, most of the time spent
// reading a design). Also tells whether a second document follows.
class YamlTree
{
public:
    YamlTree() = default;
    YamlTree(const YamlTree &) = delete;
    YamlTree &operator=(const YamlTree &) = delete;

    // Whether parse() looks for a second document (and reports its errors) or, as
    // YAML::Load, reads the first one only.
    enum class Documents { CheckSecond, FirstOnly };

    // Parses `size` bytes at `data` (which need not end in a NUL). Throws what yaml-cpp's
    // parser throws (YAML::Exception with the mark of the problem), for the first document
    // and for the second when there is one and it is looked for; the rest of the text is not
    // read.
    void parse(const char *data, std::size_t size, Documents documents = Documents::CheckSecond);

    // The first document's root; undefined when the text holds no document.
    YamlNode root() const { return m_root; }
    // A second document starts at secondDocumentStart().
    bool hasSecondDocument() const { return m_documents > 1; }
    YAML::Mark secondDocumentStart() const { return m_secondStart; }

private:
    friend class YamlTreeBuilder;
    // A node that stays where it is while more are made: nodes are made in chunks (a
    // std::deque made one allocation every four nodes, a tenth of a 2,000-component design's
    // reading).
    YamlNodeData &newNode();
    std::vector<std::unique_ptr<YamlNodeData[]>> m_chunks;
    std::size_t m_chunkSize = 0; // of the last chunk
    std::size_t m_chunkUsed = 0; // nodes made in the last chunk
    YamlNode m_root;
    int m_documents = 0;
    YAML::Mark m_secondStart = YAML::Mark::null_mark();
};

inline bool YamlNode::isNull() const { return !m_d || m_d->type == Type::Null; }
inline bool YamlNode::isScalar() const { return m_d && m_d->type == Type::Scalar; }
inline bool YamlNode::isSequence() const { return m_d && m_d->type == Type::Sequence; }
inline bool YamlNode::isMap() const { return m_d && m_d->type == Type::Map; }
inline YAML::Mark YamlNode::mark() const { return m_d ? m_d->mark : YAML::Mark::null_mark(); }

} // namespace Infra
