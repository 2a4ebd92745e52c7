#pragma once

#include "hclvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace Infra {

// A block of a Terraform file (`resource "aws_vpc" "main" { … }`) built attribute by
// attribute and rendered in canonical `terraform fmt` layout: two-space indents, aligned
// `=` within each run of single-line attributes, a blank line around nested blocks.
class HclBlock
{
public:
    HclBlock() = default;
    explicit HclBlock(const QString &type, const QStringList &labels = {});

    const QString &type() const { return m_type; }
    const QStringList &labels() const { return m_labels; }
    bool isEmpty() const { return m_items.isEmpty(); }

    HclBlock &set(const QString &name, const HclValue &value);
    HclBlock &set(const QString &name, const QString &stringValue) { return set(name, HclValue::string(stringValue)); }
    HclBlock &set(const QString &name, const char *stringValue) { return set(name, HclValue::string(QString::fromUtf8(stringValue))); }
    HclBlock &set(const QString &name, qint64 value) { return set(name, HclValue::number(value)); }
    HclBlock &set(const QString &name, int value) { return set(name, HclValue::number(qint64(value))); }
    HclBlock &set(const QString &name, double value) { return set(name, HclValue::number(value)); }
    HclBlock &set(const QString &name, bool value) { return set(name, HclValue::boolean(value)); }
    HclBlock &ref(const QString &name, const QString &expression) { return set(name, HclValue::raw(expression)); }
    HclBlock &add(const HclBlock &block);
    HclBlock &blank();                        // ends an alignment run on purpose
    HclBlock &comment(const QString &text);   // "# text"

    QString render(int indent = 0) const;
    void renderTo(QString &out, int indent) const;

    // Reading back what was built: the last value set for `name` (nullptr when absent), the
    // nested blocks of a type in order, the attribute names in order.
    const HclValue *attribute(const QString &name) const;
    QList<const HclBlock *> blocks(const QString &type) const;
    QStringList attributeNames() const;

private:
    struct Attribute { QString name; HclValue value; };
    struct Comment { QString text; };
    struct Blank {};
    using Item = std::variant<Attribute, HclBlock, Comment, Blank>;

    QString m_type;
    QStringList m_labels;
    QList<Item> m_items;
};

// A Terraform file: top-level blocks separated by one blank line, an optional header comment.
class HclFile
{
public:
    void setHeader(const QString &comment) { m_header = comment; }
    void add(const HclBlock &block) { m_blocks.append(block); }
    bool isEmpty() const { return m_blocks.isEmpty(); }
    const QList<HclBlock> &blocks() const { return m_blocks; }
    QByteArray toUtf8() const;

private:
    QString m_header;
    QList<HclBlock> m_blocks;
};

} // namespace Infra
