#include "pythonsource.h"

namespace Infra {

PythonSource::PythonSource(TSParser *parser, QByteArray code, QString file)
    : m_code(std::move(code))
    , m_file(std::move(file))
{
    ts_parser_reset(parser);
    m_tree.reset(ts_parser_parse_string(parser, nullptr, m_code.constData(), uint32_t(m_code.size())));
}

QString PythonSource::text(TSNode n) const
{
    if (ts_node_is_null(n))
        return {};
    const uint32_t start = ts_node_start_byte(n);
    const uint32_t end = ts_node_end_byte(n);
    if (end <= start || end > uint32_t(m_code.size()))
        return {};
    return QString::fromUtf8(m_code.constData() + start, qsizetype(end - start));
}

void PythonSource::walk(TSNode from, const std::function<bool(TSNode)> &visit)
{
    if (ts_node_is_null(from))
        return;
    TSTreeCursor cursor = ts_tree_cursor_new(from);
    bool descend = visit(from);
    for (;;) {
        if (descend && ts_tree_cursor_goto_first_child(&cursor)) {
            descend = visit(ts_tree_cursor_current_node(&cursor));
            continue;
        }
        bool moved = false;
        for (;;) {
            if (ts_tree_cursor_goto_next_sibling(&cursor)) {
                moved = true;
                break;
            }
            if (!ts_tree_cursor_goto_parent(&cursor))
                break;
        }
        if (!moved)
            break;
        descend = visit(ts_tree_cursor_current_node(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
}

PythonParser::PythonParser(int timeoutMs)
    : m_parser(ts_parser_new())
{
    ts_parser_set_language(m_parser, tree_sitter_python());
    ts_parser_set_timeout_micros(m_parser, uint64_t(timeoutMs) * 1000);
}

PythonParser::~PythonParser()
{
    ts_parser_delete(m_parser);
}

} // namespace Infra
