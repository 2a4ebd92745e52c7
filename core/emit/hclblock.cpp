#include "hclblock.h"

namespace Infra {

HclBlock::HclBlock(const QString &type, const QStringList &labels)
    : m_type(type)
    , m_labels(labels)
{
}

HclBlock &HclBlock::set(const QString &name, const HclValue &value)
{
    // Readability convention (terraform fmt keeps it): a blank line between a nested block
    // and an attribute that follows it.
    if (!m_items.isEmpty() && std::holds_alternative<HclBlock>(m_items.last()))
        m_items.append(Blank{});
    m_items.append(Attribute{name, value});
    return *this;
}

HclBlock &HclBlock::add(const HclBlock &block)
{
    if (!m_items.isEmpty() && !std::holds_alternative<Blank>(m_items.last()))
        m_items.append(Blank{});
    m_items.append(block);
    return *this;
}

HclBlock &HclBlock::blank()
{
    if (!m_items.isEmpty() && !std::holds_alternative<Blank>(m_items.last()))
        m_items.append(Blank{});
    return *this;
}

HclBlock &HclBlock::comment(const QString &text)
{
    m_items.append(Comment{text});
    return *this;
}

QString HclBlock::render(int indent) const
{
    const QString pad(indent, QLatin1Char(' '));
    QString out = pad + m_type;
    for (const QString &label : m_labels)
        out += QLatin1Char(' ') + HclValue::quote(label, true);
    if (m_items.isEmpty())
        return out + QLatin1String(" {\n") + pad + QLatin1String("}\n");
    out += QLatin1String(" {\n");

    QList<HclAttributeLine> lines;
    lines.reserve(m_items.size());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (const auto *a = std::get_if<Attribute>(&item)) {
            lines.append({a->name, a->value.render(indent + 2)});
        } else if (const auto *b = std::get_if<HclBlock>(&item)) {
            lines.append({QString(), b->render(indent + 2)});
        } else if (const auto *c = std::get_if<Comment>(&item)) {
            lines.append({QString(), pad + QLatin1String("  # ") + c->text + QLatin1Char('\n')});
        } else if (i + 1 < m_items.size()) { // no trailing blank line before the closing brace
            lines.append({QString(), QString()});
        }
    }
    out += renderAlignedLines(lines, indent + 2);
    return out + pad + QLatin1String("}\n");
}

QByteArray HclFile::toUtf8() const
{
    QString out;
    if (!m_header.isEmpty()) {
        for (const QString &line : m_header.split(QLatin1Char('\n')))
            out += (line.isEmpty() ? QStringLiteral("#") : QLatin1String("# ") + line) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (i > 0)
            out += QLatin1Char('\n');
        out += m_blocks.at(i).render(0);
    }
    return out.toUtf8();
}

} // namespace Infra
