// Application files for running the service safely: the health-check middleware, the database
// roles (a least-privilege application role and pgBouncer's auth_query user), the rotation of
// the application role's password, and the deploy script that runs the one-off release task
// (migrate, collectstatic) before the services are updated.
#include "configemitter.h"

#include "docscontext.h"

namespace Infra {

QString ConfigEmitter::appRole() { return QStringLiteral("django_app"); }
QString ConfigEmitter::pgbouncerAuthRole() { return QStringLiteral("pgbouncer_auth"); }
QString ConfigEmitter::pgbouncerStatsUser() { return pgbouncerAuthRole(); }
QString ConfigEmitter::pgbouncerAuthQuery() { return QStringLiteral("SELECT usename, passwd FROM pgbouncer.get_auth($1)"); }

QString ConfigEmitter::rdsCaBundleUrl()
{
    return QStringLiteral("https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem");
}

QString ConfigEmitter::rdsCaBundlePath() { return QStringLiteral("/etc/rds-ca/global-bundle.pem"); }

QString ConfigEmitter::rdsCaFetchCommand()
{
    // curl checks the download's own certificate against the image's CA store.
    return QStringLiteral("curl --fail --silent --show-error --retry 5 --output %1 %2").arg(rdsCaBundlePath(), rdsCaBundleUrl());
}

QStringList ConfigEmitter::releaseCommand()
{
    return {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("python manage.py migrate --noinput && python manage.py collectstatic --noinput")};
}

QByteArray ConfigEmitter::healthModule(const DocsContext &ctx)
{
    const Component *alb = ctx.first(ComponentKind::Alb);
    if (!alb)
        return {};
    QString notice = ctx.notice();
    notice.replace(QStringLiteral("\"\"\""), QStringLiteral("'''"));
    return QStringLiteral(R"("""Answers the load balancer's health check (settings.HEALTH_CHECK_PATH, %1 in the design).

%2

The check reaches each task by its private address, so its Host header is that address, which
ALLOWED_HOSTS rightly refuses, and it speaks plain HTTP, which SECURE_SSL_REDIRECT would send
to HTTPS. This middleware comes first in MIDDLEWARE and answers the health path (GET or HEAD)
before either; every other path still goes through the host check.
"""

from django.conf import settings
from django.http import HttpResponse


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.path = settings.HEALTH_CHECK_PATH

    def __call__(self, request):
        if request.path == self.path and request.method in ("GET", "HEAD"):
            return HttpResponse("ok\n", content_type="text/plain")
        return self.get_response(request)
)")
        .arg(alb->stringParam(QStringLiteral("health_check_path")), notice)
        .toUtf8();
}

QByteArray ConfigEmitter::databaseRolesSql(const DocsContext &ctx)
{
    const Component *db = ctx.database();
    if (!db)
        return {};
    const QString name = db->stringParam(QStringLiteral("database_name"));
    const bool pgb = ctx.pgbouncer() != nullptr;
    QString out;
    out += QStringLiteral("-- Database roles of %1 (%2).\n-- %3\n--\n")
               .arg(ctx.design().project(), ctx.resourceName(db->id), ctx.notice());
    out += QStringLiteral(
               "-- Run once after the first `terraform apply`, as the master user (its secret is the one RDS\n"
               "-- manages), with the passwords Terraform generated in Secrets Manager:\n"
               "--   psql \"host=<db_endpoint> dbname=%1 user=<master> sslmode=verify-full sslrootcert=global-bundle.pem\" \\\n"
               "--        -v app_password=\"$(aws secretsmanager get-secret-value --secret-id <prefix>/database-app ...)\" \\\n"
               "--        -v auth_password=... -f database-roles.sql\n"
               "-- (global-bundle.pem: the RDS CA bundle, %3)\n"
               "-- Running it again is harmless: it sets the same passwords and grants.\n--\n"
               "-- The application connects as %2, which may use the database but not administer it; the\n"
               "-- master user stays with people and these scripts.\n")
               .arg(name, appRole(), rdsCaBundleUrl());
    if (pgb)
        out += QStringLiteral(
                   "-- pgBouncer holds no application password: it logs in as %1 and looks the application's\n"
                   "-- SCRAM verifier up on every client login (auth_query), so a rotated password is used at once\n"
                   "-- without restarting pgBouncer.\n")
                   .arg(pgbouncerAuthRole());
    out += QStringLiteral("\n\\set ON_ERROR_STOP on\nSET password_encryption = 'scram-sha-256';\n\n");
    auto role = [&](const QString &r, const QString &var, const QString &options) {
        out += QStringLiteral("SELECT format('CREATE ROLE %1 LOGIN PASSWORD %L', :'%2')\n"
                              "    WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') \\gexec\n"
                              "SELECT format('ALTER ROLE %1 WITH LOGIN %3 PASSWORD %L', :'%2') \\gexec\n")
                   .arg(r, var, options);
    };
    role(appRole(), QStringLiteral("app_password"), QStringLiteral("NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"));
    out += QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2;\n"
                          "-- PostgreSQL 15 and later no longer let every role create tables in public.\n"
                          "GRANT USAGE, CREATE ON SCHEMA public TO %2;\n")
               .arg(name, appRole());
    if (pgb) {
        out += QLatin1Char('\n');
        role(pgbouncerAuthRole(), QStringLiteral("auth_password"),
             QStringLiteral("NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"));
        out += QStringLiteral(
                   "CREATE SCHEMA IF NOT EXISTS pgbouncer;\n"
                   "REVOKE ALL ON SCHEMA pgbouncer FROM PUBLIC;\n"
                   "GRANT USAGE ON SCHEMA pgbouncer TO %1;\n"
                   "-- Runs as its owner (the master user) and answers for the application role only.\n"
                   "CREATE OR REPLACE FUNCTION pgbouncer.get_auth(p_usename text)\n"
                   "    RETURNS TABLE (usename name, passwd text)\n"
                   "    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog\n"
                   "AS $$\n"
                   "    SELECT usename, passwd FROM pg_catalog.pg_shadow\n"
                   "    WHERE usename = p_usename AND usename = '%2'\n"
                   "$$;\n"
                   "REVOKE ALL ON FUNCTION pgbouncer.get_auth(text) FROM PUBLIC;\n"
                   "GRANT EXECUTE ON FUNCTION pgbouncer.get_auth(text) TO %1;\n")
                   .arg(pgbouncerAuthRole(), appRole());
    }
    return out.toUtf8();
}

QByteArray ConfigEmitter::rotationModule(const DocsContext &ctx)
{
    if (!ctx.database())
        return {};
    QString notice = ctx.notice();
    notice.replace(QStringLiteral("\"\"\""), QStringLiteral("'''"));
    const bool pgb = ctx.pgbouncer() != nullptr;
    return QStringLiteral(R"("""Rotates the password of the application's database role (%1).

%2

Run in a one-off task of the application image (deploy.sh rotate-database-password does it):
  1. a new password is stored in Secrets Manager (DATABASE_APP_SECRET_ID) as AWSPENDING;
  2. the role changes its own password through the application's usual connection
     (ALTER ROLE CURRENT_USER: no administrator password needed);
  3. the new version becomes AWSCURRENT.
%3Tasks read the secret when they start: deploy.sh then redeploys every service, and until a task
is replaced it keeps its open connections (CONN_MAX_AGE) but cannot open new ones.
"""

import json
import os
import secrets


def new_password():
    return secrets.token_urlsafe(32)


def rotate(connection, password):
    """Changes the connected role's password (stored as a SCRAM verifier)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL password_encryption = 'scram-sha-256'")
        cursor.execute("ALTER ROLE CURRENT_USER PASSWORD %s", [password])


def main():
    import boto3
    import django
    from django.db import connection, transaction

    django.setup()
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION"))
    secret_id = os.environ["DATABASE_APP_SECRET_ID"]
    current = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
    password = new_password()
    pending = client.put_secret_value(
        SecretId=secret_id,
        SecretString=json.dumps({**current, "password": password}),
        VersionStages=["AWSPENDING"],
    )["VersionId"]
    with transaction.atomic():
        rotate(connection, password)
    previous = client.describe_secret(SecretId=secret_id)["VersionIdsToStages"]
    old = next(v for v, stages in previous.items() if "AWSCURRENT" in stages)
    client.update_secret_version_stage(
        SecretId=secret_id, VersionStage="AWSCURRENT", MoveToVersionId=pending, RemoveFromVersionId=old
    )
    print("rotated the password of", current.get("username"))


if __name__ == "__main__":
    main()
)")
        .arg(appRole(), notice,
             pgb ? QStringLiteral("pgBouncer needs nothing: it looks the new verifier up on the next login (auth_query).\n")
                 : QString())
        .toUtf8();
}

QByteArray ConfigEmitter::deployScript(const DocsContext &ctx)
{
    const Component *web = ctx.first(ComponentKind::EcsWeb);
    if (!web)
        return {};
    QStringList services;
    for (const Component &c : ctx.design().components()) {
        if (c.kind == ComponentKind::EcsWeb || c.kind == ComponentKind::EcsWorker || c.kind == ComponentKind::EcsBeat)
            services.append(c.id);
    }
    QString out = QStringLiteral("#!/bin/sh\n");
    out += QStringLiteral("# Deploys %1: the one-off release task first, then the services.\n# %2\n#\n")
               .arg(ctx.design().project(), ctx.notice());
    out += QStringLiteral(
        "# Usage (from the exported folder, AWS credentials and Terraform set up):\n"
        "#   config/deploy.sh release IMAGE_TAG\n"
        "#       1. terraform apply of the release task definition alone, with the new image;\n"
        "#       2. runs it (python manage.py migrate, then collectstatic) and waits; stops here when\n"
        "#          it fails, so the running services keep the old image and schema;\n"
        "#       3. terraform apply of everything with the new image: the services roll.\n"
        "#   config/deploy.sh rotate-database-password\n"
        "#       runs the application image's rotation (rotate_database_password.py) as a one-off\n"
        "#       task, then redeploys every service so new tasks read the new password.\n");
    out += QStringLiteral("set -eu\n\n");
    out += QStringLiteral("CLUSTER=\"%1\"\nRELEASE_FAMILY=\"%1-release\"\nSERVICES=\"%2\"\nTF_DIR=\"$(dirname \"$0\")/../terraform\"\n\n")
               .arg(ctx.namePrefix(), services.join(QLatin1Char(' ')));
    out += QStringLiteral(R"SH(# Runs the latest release task definition with an optional command override; fails unless the
# container exits 0. The network is the one the %1 service runs in.
run_release_task() {
    overrides="$1"
    network="$(aws ecs describe-services --cluster "$CLUSTER" --services %1 \
        --query 'services[0].networkConfiguration' --output json)"
    task="$(aws ecs run-task --cluster "$CLUSTER" --task-definition "$RELEASE_FAMILY" --launch-type FARGATE \
        --network-configuration "$network" --overrides "$overrides" --query 'tasks[0].taskArn' --output text)"
    echo "release task $task running"
    # Polled without a time limit: migrations may run longer than the CLI's waiter allows
    # (aws ecs wait tasks-stopped gives up after 100 checks 6 s apart, exit 255).
    while :; do
        status="$(aws ecs describe-tasks --cluster "$CLUSTER" --tasks "$task" \
            --query 'tasks[0].lastStatus' --output text)"
        [ "$status" = "STOPPED" ] && break
        sleep 15
    done
    # The release container's own exit code (the task may hold another container first).
    code="$(aws ecs describe-tasks --cluster "$CLUSTER" --tasks "$task" \
        --query 'tasks[0].containers[?name==`release`].exitCode | [0]' --output text)"
    if [ "$code" != "0" ]; then
        echo "release task failed (exit code $code); logs: /ecs/%2/release" >&2
        exit 1
    fi
}

case "${1:-}" in
release)
    tag="${2:?usage: $0 release IMAGE_TAG}"
    terraform -chdir="$TF_DIR" apply -var "image_tag=$tag" -target=aws_ecs_task_definition.release
    run_release_task '{}'
    terraform -chdir="$TF_DIR" apply -var "image_tag=$tag"
    ;;
rotate-database-password)
    run_release_task '{"containerOverrides":[{"name":"release","command":["python","-m","%3.rotate_database_password"]}]}'
    for service in $SERVICES; do
        aws ecs update-service --cluster "$CLUSTER" --service "$service" --force-new-deployment >/dev/null
    done
    aws ecs wait services-stable --cluster "$CLUSTER" --services $SERVICES
    ;;
*)
    echo "usage: $0 {release IMAGE_TAG|rotate-database-password}" >&2
    exit 2
    ;;
esac
)SH")
               .arg(web->id, ctx.namePrefix(), ctx.djangoModule());
    return out.toUtf8();
}

} // namespace Infra
