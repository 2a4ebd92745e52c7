#include "secretsinstate.h"

namespace Infra::AwsRules {

namespace {

using Violation = AwsConstraints::Violation;
using Severity = Violation::Severity;
using Block = TerraformModule::Block;

bool isTrue(const HclValue *v)
{
    return v && v->expression() == QLatin1String("true");
}

// The arguments whose value Terraform stores, with the write-only (or managed) alternative the
// AWS provider 6.x schema has for each (tests/terraform checks the schema).
struct StoredSecret
{
    const char *type;
    const char *argument;
    const char *instead;
};

constexpr StoredSecret storedSecrets[] = {
    {"aws_secretsmanager_secret_version", "secret_string", "secret_string_wo with secret_string_wo_version"},
    {"aws_secretsmanager_secret_version", "secret_binary", "secret_string_wo with secret_string_wo_version"},
    {"aws_db_instance", "password", "manage_master_user_password = true, or password_wo with password_wo_version"},
    {"aws_rds_cluster", "master_password", "manage_master_user_password = true, or master_password_wo with master_password_wo_version"},
    {"aws_ssm_parameter", "value", "value_wo with value_wo_version for a SecureString"},
};

} // namespace

void secretsInState(const TerraformModule &module, QList<Violation> &out)
{
    const auto report = [&out](Severity severity, const QString &address, const QString &message) {
        out.append({QStringLiteral("secrets-in-state"), severity, address, message});
    };
    for (const StoredSecret &s : storedSecrets) {
        for (const Block &b : module.resources(QString::fromLatin1(s.type))) {
            if (qstrcmp(s.type, "aws_ssm_parameter") == 0
                && module.evaluate(b.attribute(QStringLiteral("type"))) != QStringLiteral("SecureString"))
                continue;
            if (b.attribute(QString::fromLatin1(s.argument)))
                report(Severity::Error, b.address(),
                       QStringLiteral("%1 is stored in the Terraform state in plain text; use %2")
                           .arg(QString::fromLatin1(s.argument), QString::fromLatin1(s.instead)));
        }
    }
    // A data source's result is stored like a resource's.
    for (const Block &b : module.dataSources(QStringLiteral("aws_secretsmanager_random_password")))
        report(Severity::Error, QStringLiteral("data.") + b.address(),
               QStringLiteral("the generated random_password is stored in the Terraform state; use the ephemeral resource "
                              "aws_secretsmanager_random_password with a write-only argument"));
    for (const Block &b : module.dataSources(QStringLiteral("aws_secretsmanager_secret_version")))
        report(Severity::Error, QStringLiteral("data.") + b.address(),
               QStringLiteral("the secret's value is stored in the Terraform state; read it with the ephemeral resource "
                              "aws_secretsmanager_secret_version"));
    // A sensitive variable is only masked in the output: every resource it reaches stores it.
    for (const HclBlock *v : module.topLevel(QStringLiteral("variable"))) {
        if (isTrue(v->attribute(QStringLiteral("sensitive"))) && !isTrue(v->attribute(QStringLiteral("ephemeral"))))
            report(Severity::Error, QStringLiteral("var.") + v->labels().value(0),
                   QStringLiteral("a sensitive variable's value is stored in the state of every resource it reaches; "
                                  "declare it ephemeral = true and pass it to write-only arguments"));
    }
    // No write-only form in the provider: stated, not hidden.
    for (const Block &b : module.resources(QStringLiteral("aws_elasticache_replication_group"))) {
        if (b.attribute(QStringLiteral("auth_token")))
            report(Severity::Warning, b.address(),
                   QStringLiteral("auth_token has no write-only form in the AWS provider: the token is stored in the state, "
                                  "which the state bucket's encryption and access policy must protect"));
    }
}

} // namespace Infra::AwsRules
