// terraform/database.tf: the secrets of the database roles the application and pgBouncer log in
// with (config/database-roles.sql creates the roles). The RDS-managed master secret stays with
// people and that script; no task reads it.
#include "terraformemitter.h"

#include "configemitter.h"
#include "terraformcontext.h"

namespace Infra {

HclFile TerraformEmitter::databaseRoles(const TerraformContext &ctx)
{
    HclFile f;
    if (!ctx.database())
        return f;
    auto roleSecret = [&](const QString &name, const QString &secretName, const QString &role, const QString &purpose) {
        // Ephemeral: the generated password reaches Secrets Manager through the write-only
        // secret_string_wo and is never stored in the state. Rotation
        // (config/deploy.sh rotate-database-password) writes the next ones.
        HclBlock pw(QStringLiteral("ephemeral"), {QStringLiteral("aws_secretsmanager_random_password"), name});
        pw.set(QStringLiteral("password_length"), 40);
        pw.set(QStringLiteral("exclude_punctuation"), true);
        f.add(pw);
        HclBlock secret(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret"), name});
        secret.set(QStringLiteral("name"), HclValue::string(QStringLiteral("${local.name_prefix}/") + secretName));
        secret.set(QStringLiteral("description"), HclValue::literal(purpose));
        f.add(secret);
        HclBlock version(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret_version"), name});
        version.ref(QStringLiteral("secret_id"), QStringLiteral("aws_secretsmanager_secret.%1.id").arg(name));
        version.set(QStringLiteral("secret_string_wo"),
                    HclValue::call(QStringLiteral("jsonencode"),
                                   {HclValue::object({
                                       {QStringLiteral("username"), HclValue::literal(role)},
                                       {QStringLiteral("password"),
                                        HclValue::raw(QStringLiteral("ephemeral.aws_secretsmanager_random_password.%1.random_password").arg(name))},
                                   })}));
        version.set(QStringLiteral("secret_string_wo_version"), 1);
        f.add(version);
    };
    roleSecret(QStringLiteral("database_app"), QStringLiteral("database-app"), ConfigEmitter::appRole(),
               QStringLiteral("Login of the application's least-privilege database role (config/database-roles.sql)"));
    if (ctx.first(ComponentKind::PgBouncer))
        roleSecret(QStringLiteral("database_pgbouncer_auth"), QStringLiteral("database-pgbouncer-auth"),
                   ConfigEmitter::pgbouncerAuthRole(),
                   QStringLiteral("Login of pgBouncer's auth_query user (config/database-roles.sql)"));
    return f;
}

} // namespace Infra
