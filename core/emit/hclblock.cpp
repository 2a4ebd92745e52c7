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

const HclValue *HclBlock::attribute(const QString &name) const
{
    const HclValue *found = nullptr;
    for (const Item &item : m_items) {
        if (const auto *a = std::get_if<Attribute>(&item); a && a->name == name)
            found = &a->value;
    }
    return found;
}

QList<const HclBlock *> HclBlock::blocks(const QString &type) const
{
    QList<const HclBlock *> result;
    for (const Item &item : m_items) {
        if (const auto *b = std::get_if<HclBlock>(&item); b && b->type() == type)
            result.append(b);
    }
    return result;
}

QStringList HclBlock::attributeNames() const
{
    QStringList names;
    for (const Item &item : m_items) {
        if (const auto *a = std::get_if<Attribute>(&item))
            names.append(a->name);
    }
    return names;
}

QString HclBlock::render(int indent) const
{
    QString out;
    renderTo(out, indent);
    return out;
}

void HclBlock::renderTo(QString &out, int indent) const
{
    Hcl::appendSpaces(out, indent);
    out += m_type;
    for (const QString &label : m_labels) {
        out += QLatin1Char(' ');
        out += HclValue::quote(label, true);
    }
    out += QLatin1String(" {\n");
    const auto singleLine = [](const Item &item) {
        const auto *a = std::get_if<Attribute>(&item);
        return a && !a->value.isMultiLine();
    };
    qsizetype i = 0;
    while (i < m_items.size()) {
        const Item &item = m_items.at(i);
        if (singleLine(item)) {
            qsizetype end = i;
            qsizetype width = 0;
            while (end < m_items.size() && singleLine(m_items.at(end))) {
                width = std::max(width, std::get<Attribute>(m_items.at(end)).name.size());
                ++end;
            }
            for (; i < end; ++i) {
                const Attribute &a = std::get<Attribute>(m_items.at(i));
                Hcl::appendAttribute(out, indent + 2, a.name, width, a.value);
            }
            continue;
        }
        if (const auto *a = std::get_if<Attribute>(&item)) {
            Hcl::appendAttribute(out, indent + 2, a->name, 0, a->value);
        } else if (const auto *b = std::get_if<HclBlock>(&item)) {
            b->renderTo(out, indent + 2);
        } else if (const auto *c = std::get_if<Comment>(&item)) {
            Hcl::appendSpaces(out, indent + 2);
            out += QLatin1String("# ");
            out += c->text;
            out += QLatin1Char('\n');
        } else if (i + 1 < m_items.size()) { // no trailing blank line before the closing brace
            out += QLatin1Char('\n');
        }
        ++i;
    }
    Hcl::appendSpaces(out, indent);
    out += QLatin1String("}\n");
}

QByteArray HclFile::toUtf8() const
{
    // Each block rendered into one reused QString and appended as UTF-8: the whole file as
    // UTF-16 first (twice its size, grown by copies, in fresh pages) was most of the cost of
    // converting it (ecs.tf of a 2,000-component design is 8.8 MB). The same bytes.
    QByteArray result;
    QString out;
    out.reserve(16384);
    if (!m_header.isEmpty()) {
        for (const QString &line : m_header.split(QLatin1Char('\n')))
            out += (line.isEmpty() ? QStringLiteral("#") : QLatin1String("# ") + line) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (i > 0)
            out += QLatin1Char('\n');
        m_blocks.at(i).renderTo(out, 0);
        if (out.size() >= 8192) {
            result += out.toUtf8();
            out.resize(0); // keeps its capacity
        }
    }
    if (result.isEmpty())
        return out.toUtf8();
    result += out.toUtf8();
    return result;
}

} // namespace Infra
