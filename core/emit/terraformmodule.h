#pragma once

#include "hclblock.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Infra {

// The Terraform root module of one export as built, before rendering: the files with their
// blocks. The AWS constraint rules read it; the emitter renders it to bytes. Values that
// depend on variables are evaluated with the variables' defaults (what `terraform apply`
// without -var uses); references whose value only AWS knows stay unknown.
class TerraformModule
{
public:
    struct File
    {
        QString name; // "rds.tf"
        HclFile hcl;
    };
    struct Block
    {
        QString file;
        const HclBlock *block = nullptr;
        QString type() const { return block->labels().value(0); } // "aws_db_instance"
        QString name() const { return block->labels().value(1); } // "db"
        QString address() const { return type() + QLatin1Char('.') + name(); }
        const HclValue *attribute(const QString &name) const { return block->attribute(name); }
    };

    void add(const QString &name, const HclFile &file) { m_files.append({name, file}); }
    const QList<File> &files() const { return m_files; }

    QList<Block> resources(const QString &type = QString()) const;   // `resource` blocks (all types when empty)
    QList<Block> dataSources(const QString &type = QString()) const; // `data` blocks
    std::optional<Block> resource(const QString &address) const;      // "aws_lb.alb"
    const HclBlock *variable(const QString &name) const;
    const HclValue *local(const QString &name) const;
    QList<const HclBlock *> topLevel(const QString &type) const;      // "provider", "terraform", "output"

    // A string or number as AWS would see it with the variables' defaults; nullopt when it
    // depends on something only known at apply time (an id, an ARN) or is not a scalar.
    std::optional<QString> evaluate(const HclValue &value) const;
    std::optional<QString> evaluate(const HclValue *value) const { return value ? evaluate(*value) : std::nullopt; }
    // How many objects the `resource` blocks of a type create: a block with `count = N` counts N
    // (evaluated with the variables' defaults), one whose count cannot be evaluated counts 1.
    int instanceCount(const QString &type) const;
    // The resource address a reference expression points at: "aws_lb.alb.dns_name" →
    // "aws_lb.alb"; "data.aws_acm_certificate.x.arn" → "data.aws_acm_certificate.x".
    static QString referencedAddress(const QString &expression);

    // Names Terraform requires to be unique within a module and that are declared more than
    // once: "aws_s3_bucket.x", "data.aws_iam_policy_document.x", "var.x", "local.x",
    // "output.x", "module.x"; each with the files that declare it, in order (a file twice when
    // it declares the name twice). `terraform init`/`validate` refuse such a module.
    struct Duplicate
    {
        QString address;
        QStringList files;
    };
    QList<Duplicate> duplicateDeclarations() const;

private:
    QList<Block> blocksOf(const QString &kind, const QString &type) const;
    std::optional<QString> evaluateExpression(const QString &expression, int depth) const;
    std::optional<QString> evaluateTemplate(const QString &text, int depth) const;

    QList<File> m_files;
};

} // namespace Infra
