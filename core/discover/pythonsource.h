#pragma once

#include <tree_sitter/api.h>

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <string_view>

extern "C" const TSLanguage *tree_sitter_python(void);

namespace Infra {

// One Python file parsed with tree-sitter (never imported or run). The tree keeps pointers
// into the bytes, so both live here; nodes are plain TSNode values valid while this lives.
class PythonSource
{
public:
    PythonSource(TSParser *parser, QByteArray code, QString file);

    bool ok() const { return m_tree != nullptr; }
    const QString &file() const { return m_file; }
    TSNode root() const { return ts_tree_root_node(m_tree.get()); }

    QString text(TSNode n) const;
    static int line(TSNode n) { return int(ts_node_start_point(n).row) + 1; }
    static std::string_view type(TSNode n) { return ts_node_type(n); }
    static bool is(TSNode n, std::string_view t) { return !ts_node_is_null(n) && type(n) == t; }
    static TSNode field(TSNode n, const char *name) { return ts_node_child_by_field_name(n, name, uint32_t(qstrlen(name))); }

    // Visits every node below `from` depth-first without recursion (a tree-sitter cursor), so
    // deeply nested code cannot exhaust the stack. `visit` returns false to skip a subtree.
    static void walk(TSNode from, const std::function<bool(TSNode)> &visit);

private:
    struct TreeDeleter { void operator()(TSTree *t) const { ts_tree_delete(t); } };
    QByteArray m_code;
    QString m_file;
    std::unique_ptr<TSTree, TreeDeleter> m_tree;
};

// A tree-sitter parser for Python with a time budget per parse.
class PythonParser
{
public:
    explicit PythonParser(int timeoutMs);
    ~PythonParser();
    PythonParser(const PythonParser &) = delete;
    PythonParser &operator=(const PythonParser &) = delete;
    TSParser *get() const { return m_parser; }

private:
    TSParser *m_parser;
};

} // namespace Infra
