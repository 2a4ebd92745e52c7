// terraform/memorydb.tf: Amazon MemoryDB clusters (issue 17). Each cluster has its subnet
// group, one MemoryDB user per ACL user of the design (password in Secrets Manager), the ACL
// that lists them, and the cluster itself in the memorydb security group. Argument names are
// those of the AWS provider 6.25 schema the Terraform validity test checks.
#include "terraformemitter.h"

#include "terraformcontext.h"

namespace Infra {

namespace {

HclValue r(const QString &expression) { return HclValue::raw(expression); }

} // namespace

QString TerraformContext::memoryDbUserResource(const Component &db, const QString &user)
{
    return tfName(db.id) + QLatin1Char('_') + tfName(user);
}

HclFile TerraformEmitter::memorydb(const TerraformContext &ctx)
{
    HclFile f;
    for (const Component *db : ctx.all(ComponentKind::MemoryDb)) {
        const QString name = TerraformContext::tfName(db->id);

        HclBlock subnets(QStringLiteral("resource"), {QStringLiteral("aws_memorydb_subnet_group"), name});
        subnets.set(QStringLiteral("name"), TerraformContext::prefixed(db->id));
        subnets.ref(QStringLiteral("subnet_ids"), QStringLiteral("local.private_subnet_ids"));
        f.add(subnets);

        // The users' passwords: MemoryDB's authentication_mode has no write-only argument in
        // the provider (6.25), so the password is a random_password the state protects, and
        // reaches Secrets Manager through secret_string_wo for the tasks.
        QList<HclValue> userNames;
        for (const QString &user : db->listParam(QStringLiteral("acl_users"))) {
            const QString res = TerraformContext::memoryDbUserResource(*db, user);
            HclBlock pw(QStringLiteral("resource"), {QStringLiteral("random_password"), res});
            pw.set(QStringLiteral("length"), 64);
            pw.set(QStringLiteral("special"), false);
            f.add(pw);

            HclBlock u(QStringLiteral("resource"), {QStringLiteral("aws_memorydb_user"), res});
            u.set(QStringLiteral("user_name"), TerraformContext::prefixed(db->id + QLatin1Char('-') + user));
            u.set(QStringLiteral("access_string"), HclValue::literal(db->stringParam(QStringLiteral("access_string"))));
            HclBlock auth(QStringLiteral("authentication_mode"));
            auth.set(QStringLiteral("type"), "password");
            auth.set(QStringLiteral("passwords"), HclValue::list({r(QStringLiteral("random_password.%1.result").arg(res))}));
            u.add(auth);
            f.add(u);
            userNames.append(r(QStringLiteral("aws_memorydb_user.%1.user_name").arg(res)));

            HclBlock secret(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret"), res});
            secret.set(QStringLiteral("name"), HclValue::string(QStringLiteral("${local.name_prefix}/%1-%2").arg(db->id, user)));
            secret.set(QStringLiteral("description"), HclValue::literal(QStringLiteral("Login of the MemoryDB user %1 of %2").arg(user, db->id)));
            f.add(secret);
            HclBlock version(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret_version"), res});
            version.ref(QStringLiteral("secret_id"), QStringLiteral("aws_secretsmanager_secret.%1.id").arg(res));
            version.set(QStringLiteral("secret_string_wo"),
                        HclValue::call(QStringLiteral("jsonencode"),
                                       {HclValue::object({
                                           {QStringLiteral("username"), r(QStringLiteral("aws_memorydb_user.%1.user_name").arg(res))},
                                           {QStringLiteral("password"), r(QStringLiteral("random_password.%1.result").arg(res))},
                                       })}));
            version.set(QStringLiteral("secret_string_wo_version"), 1);
            f.add(version);
        }

        HclBlock acl(QStringLiteral("resource"), {QStringLiteral("aws_memorydb_acl"), name});
        acl.set(QStringLiteral("name"), TerraformContext::prefixed(db->id));
        acl.set(QStringLiteral("user_names"), HclValue::list(userNames));
        f.add(acl);

        HclBlock cluster(QStringLiteral("resource"), {QStringLiteral("aws_memorydb_cluster"), name});
        cluster.set(QStringLiteral("name"), TerraformContext::prefixed(db->id));
        cluster.set(QStringLiteral("engine"), HclValue::literal(db->stringParam(QStringLiteral("engine"))));
        cluster.set(QStringLiteral("engine_version"), HclValue::literal(db->stringParam(QStringLiteral("engine_version"))));
        cluster.set(QStringLiteral("auto_minor_version_upgrade"), true);
        cluster.set(QStringLiteral("node_type"), HclValue::literal(db->stringParam(QStringLiteral("node_type"))));
        cluster.set(QStringLiteral("num_shards"), db->intParam(QStringLiteral("shards")));
        cluster.set(QStringLiteral("num_replicas_per_shard"), db->intParam(QStringLiteral("replicas_per_shard")));
        cluster.set(QStringLiteral("port"), db->intParam(QStringLiteral("port")));
        cluster.blank();
        cluster.ref(QStringLiteral("acl_name"), QStringLiteral("aws_memorydb_acl.%1.name").arg(name));
        cluster.set(QStringLiteral("tls_enabled"), db->boolParam(QStringLiteral("tls")));
        cluster.ref(QStringLiteral("subnet_group_name"), QStringLiteral("aws_memorydb_subnet_group.%1.name").arg(name));
        if (ctx.derived().securityGroup(QStringLiteral("memorydb")))
            cluster.set(QStringLiteral("security_group_ids"), HclValue::list({r(QStringLiteral("aws_security_group.memorydb.id"))}));
        cluster.set(QStringLiteral("snapshot_retention_limit"), db->intParam(QStringLiteral("snapshot_retention_days")));
        f.add(cluster);
    }
    return f;
}

} // namespace Infra
