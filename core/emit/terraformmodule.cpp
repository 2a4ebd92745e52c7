#include "terraformmodule.h"

#include <QHash>
#include <QRegularExpression>

namespace Infra {

QList<TerraformModule::Block> TerraformModule::blocksOf(const QString &kind, const QString &type) const
{
    QList<Block> result;
    for (const File &f : m_files) {
        for (const HclBlock &b : f.hcl.blocks()) {
            if (b.type() == kind && (type.isEmpty() || b.labels().value(0) == type))
                result.append({f.name, &b});
        }
    }
    return result;
}

QList<TerraformModule::Duplicate> TerraformModule::duplicateDeclarations() const
{
    // Terraform's rules: a resource is identified by its type and name, a data source likewise
    // in its own namespace, and variables, locals, outputs and module calls by their names
    // (https://developer.hashicorp.com/terraform/language/resources/syntax, ".../values/locals").
    QHash<QString, QStringList> seen;
    QStringList order;
    auto note = [&](const QString &address, const QString &file) {
        QStringList &files = seen[address];
        if (files.isEmpty())
            order.append(address);
        files.append(file);
    };
    for (const File &f : m_files) {
        for (const HclBlock &b : f.hcl.blocks()) {
            const QStringList &labels = b.labels();
            const QString &kind = b.type();
            if (kind == QLatin1String("resource") && labels.size() >= 2)
                note(labels.at(0) + QLatin1Char('.') + labels.at(1), f.name);
            else if (kind == QLatin1String("data") && labels.size() >= 2)
                note(QStringLiteral("data.") + labels.at(0) + QLatin1Char('.') + labels.at(1), f.name);
            else if (kind == QLatin1String("variable") && !labels.isEmpty())
                note(QStringLiteral("var.") + labels.at(0), f.name);
            else if (kind == QLatin1String("output") && !labels.isEmpty())
                note(QStringLiteral("output.") + labels.at(0), f.name);
            else if (kind == QLatin1String("module") && !labels.isEmpty())
                note(QStringLiteral("module.") + labels.at(0), f.name);
            else if (kind == QLatin1String("locals")) {
                for (const QString &name : b.attributeNames())
                    note(QStringLiteral("local.") + name, f.name);
            }
        }
    }
    QList<Duplicate> result;
    for (const QString &address : std::as_const(order)) {
        const QStringList &files = seen.value(address);
        if (files.size() > 1)
            result.append({address, files});
    }
    return result;
}

QList<TerraformModule::Block> TerraformModule::resources(const QString &type) const
{
    return blocksOf(QStringLiteral("resource"), type);
}

int TerraformModule::instanceCount(const QString &type) const
{
    int objects = 0;
    for (const Block &b : resources(type)) {
        const std::optional<QString> count = evaluate(b.attribute(QStringLiteral("count")));
        objects += count ? count->toInt() : 1;
    }
    return objects;
}

QList<TerraformModule::Block> TerraformModule::dataSources(const QString &type) const
{
    return blocksOf(QStringLiteral("data"), type);
}

std::optional<TerraformModule::Block> TerraformModule::resource(const QString &address) const
{
    const bool data = address.startsWith(QLatin1String("data."));
    const QStringList parts = address.mid(data ? 5 : 0).split(QLatin1Char('.'));
    if (parts.size() != 2)
        return std::nullopt;
    for (const Block &b : blocksOf(data ? QStringLiteral("data") : QStringLiteral("resource"), parts.at(0))) {
        if (b.name() == parts.at(1))
            return b;
    }
    return std::nullopt;
}

QList<const HclBlock *> TerraformModule::topLevel(const QString &type) const
{
    QList<const HclBlock *> result;
    for (const File &f : m_files) {
        for (const HclBlock &b : f.hcl.blocks()) {
            if (b.type() == type)
                result.append(&b);
        }
    }
    return result;
}

const HclBlock *TerraformModule::variable(const QString &name) const
{
    for (const HclBlock *b : topLevel(QStringLiteral("variable"))) {
        if (b->labels().value(0) == name)
            return b;
    }
    return nullptr;
}

const HclValue *TerraformModule::local(const QString &name) const
{
    for (const HclBlock *b : topLevel(QStringLiteral("locals"))) {
        if (const HclValue *v = b->attribute(name))
            return v;
    }
    return nullptr;
}

QString TerraformModule::referencedAddress(const QString &expression)
{
    static const QRegularExpression re(QStringLiteral("^(data\\.)?(aws_[a-z0-9_]+)\\.([a-zA-Z0-9_-]+)"));
    const auto m = re.match(expression.trimmed());
    if (!m.hasMatch())
        return {};
    return m.captured(1) + m.captured(2) + QLatin1Char('.') + m.captured(3);
}

std::optional<QString> TerraformModule::evaluate(const HclValue &value) const
{
    if (value.isList() || value.isObject() || value.isCall())
        return std::nullopt;
    if (const auto text = value.quotedText())
        return evaluateTemplate(*text, 0);
    return evaluateExpression(value.expression(), 0);
}

std::optional<QString> TerraformModule::evaluateExpression(const QString &expression, int depth) const
{
    if (depth > 8)
        return std::nullopt;
    const QString e = expression.trimmed();
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (number.match(e).hasMatch() || e == QLatin1String("true") || e == QLatin1String("false"))
        return e;
    static const QRegularExpression name(QStringLiteral("^(var|local)\\.([a-zA-Z0-9_]+)$"));
    if (const auto m = name.match(e); m.hasMatch()) {
        const HclValue *v = nullptr;
        if (m.captured(1) == QLatin1String("var")) {
            const HclBlock *decl = variable(m.captured(2));
            v = decl ? decl->attribute(QStringLiteral("default")) : nullptr;
        } else {
            v = local(m.captured(2));
        }
        if (!v || v->isList() || v->isObject() || v->isCall())
            return std::nullopt;
        if (const auto text = v->quotedText())
            return evaluateTemplate(*text, depth + 1);
        return evaluateExpression(v->expression(), depth + 1);
    }
    // The account id is 12 digits whatever the account: lengths stay exact.
    if (e == QLatin1String("data.aws_caller_identity.current.account_id"))
        return QStringLiteral("123456789012");
    return std::nullopt;
}

std::optional<QString> TerraformModule::evaluateTemplate(const QString &text, int depth) const
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.mid(i, 3) == QLatin1String("$${") || text.mid(i, 3) == QLatin1String("%%{")) {
            out += text.at(i + 1);
            out += QLatin1Char('{');
            i += 3;
            continue;
        }
        if (text.mid(i, 2) == QLatin1String("${")) {
            const qsizetype end = text.indexOf(QLatin1Char('}'), i + 2);
            if (end < 0)
                return std::nullopt;
            const QString inner = text.mid(i + 2, end - i - 2).trimmed();
            std::optional<QString> v;
            if (inner == QLatin1String("count.index + 1") || inner == QLatin1String("count.index"))
                v = inner.endsWith(QLatin1Char('1')) ? QStringLiteral("1") : QStringLiteral("0");
            else
                v = evaluateExpression(inner, depth + 1);
            if (!v)
                return std::nullopt;
            out += *v;
            i = end + 1;
            continue;
        }
        out += text.at(i);
        ++i;
    }
    return out;
}

} // namespace Infra
