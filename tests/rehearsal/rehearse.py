#!/usr/bin/python3
"""Production rehearsal: exports a design with infra-studio-cli, starts real services on loopback
(PostgreSQL, pgBouncer with the exported pgbouncer.ini, Redis with TLS and AUTH, Gunicorn or
Uvicorn, Celery workers and Beat) and checks that the exported settings and configs behave.

Usage: rehearse.py --cli PATH --design FILE [--variant NAME[+NAME...]] [--keep]
The Django release is the design's django_version (a variant such as django42 sets it).
See docs/rehearsal.md for what each check proves. Exit code 0 when every check passed.

Every service is started by this script in its own process group, bounded in time, and stopped
at the end, also on failure. A service that cannot start fails the run with its log.
"""

import argparse
import atexit
import contextlib
import copy
import fcntl
import fnmatch
import json
import os
import re
import secrets
import select
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import http.client
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PG_BIN = "/usr/lib/postgresql/15/bin"
PYTHON = "/usr/bin/python3"  # Debian's: the one the packages are installed for
PRIVATE_HOST = "10.0.1.23"  # what the load balancer's health check sends as Host
# The name the deployer serves the application under (terraform var.domain_name), deliberately not
# the design's certificate_domain (the variable's default): the task definitions must hand it to
# the settings (DJANGO_ALLOWED_HOSTS), or every request is refused 400.
DEPLOYED_HOST = "shop.rehearsal.test"

# ------------------------------------------------------------------------------------------------
# Reporting


class Failed(Exception):
    pass


RESULTS = []


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def check(name, ok, detail=""):
    RESULTS.append((name, bool(ok), detail))
    log(f"{'PASS' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}")
    return ok


NOT_APPLICABLE = []


def not_applicable(name, why):
    """A check that cannot apply to this design: said in the output, counted in the summary."""
    NOT_APPLICABLE.append((name, why))
    log(f"N/A  {name}: {why}")


def require(name, ok, detail=""):
    if not check(name, ok, detail):
        raise Failed(f"{name}: {detail}")


# ------------------------------------------------------------------------------------------------
# Start-ups


class StartGate:
    """Lets at most `slots` rehearsals (all runs on this machine, for this user) start their
    CPU-heavy parts at once: initdb, the Django commands, and each Gunicorn/Celery/Beat start until
    it says it is ready. The suite runs every rehearsal at the same time and they reach the same
    phase together; nine Gunicorns booting four workers each on two cores took Django's import past
    Gunicorn's worker timeout (30 s), and the workers were killed and rebooted until the deadline.
    Once started, the services mostly wait, so the runs still overlap there.

    A slot is an flock on one of `slots` files: the kernel frees it when a run dies. Nested use in
    one run takes no second slot. INFRA_REHEARSAL_STARTS sets `slots` (default: the CPU count)."""

    def __init__(self, slots=None):
        self.slots = max(1, int(slots or os.environ.get("INFRA_REHEARSAL_STARTS") or os.cpu_count() or 1))
        self.dir = os.path.join(tempfile.gettempdir(), f"infra-rehearsal-starts-{os.geteuid()}")
        self.depth = 0
        self.held = None

    @contextlib.contextmanager
    def __call__(self, what):
        if self.depth:
            self.depth += 1
            try:
                yield
            finally:
                self.depth -= 1
            return
        os.makedirs(self.dir, mode=0o700, exist_ok=True)
        asked = time.time()
        while self.held is None:
            for i in range(self.slots):
                f = open(os.path.join(self.dir, f"slot-{i}"), "a")
                try:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    f.close()
                    continue
                self.held = f
                break
            else:
                time.sleep(0.2)
        waited = time.time() - asked
        if waited >= 1:
            log(f"{what}: waited {waited:.1f} s for one of {self.slots} start slots (other rehearsals were starting)")
        self.depth = 1
        try:
            yield
        finally:
            self.depth = 0
            self.held.close()  # closing the file releases the lock
            self.held = None


GATE = StartGate()


# ------------------------------------------------------------------------------------------------
# Processes


class Services:
    """Every process this script starts, each in its own session; stopped in reverse order."""

    def __init__(self, work):
        self.work = work
        self.procs = []  # (name, Popen, logpath)

    def start(self, name, argv, env=None, cwd=None):
        path = os.path.join(self.work, "logs", f"{name}.log")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        out = open(path, "ab")
        if env and "/" not in argv[0]:
            found = shutil.which(argv[0], path=env.get("PATH"))
            if found:
                argv = [found, *argv[1:]]
        try:
            proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
        except OSError as error:
            raise Failed(f"{name} could not start ({argv[0]}): {error}")
        self.procs.append((name, proc, path))
        return proc

    def logtail(self, name, lines=40):
        for n, _, path in reversed(self.procs):
            if n == name:
                with open(path, "rb") as f:
                    return "\n".join(f.read().decode(errors="replace").splitlines()[-lines:])
        return ""

    def wait_ready(self, name, proc, ready, timeout):
        deadline = time.time() + timeout
        last = None
        while time.time() < deadline:
            if proc.poll() is not None:
                raise Failed(f"{name} exited with {proc.returncode} while starting:\n{self.logtail(name)}")
            try:
                if ready():
                    return
            except Exception as error:  # noqa: BLE001 - not ready yet
                last = error
            time.sleep(0.2)
        raise Failed(f"{name} was not ready within {timeout} s (last: {last!r}):\n{self.logtail(name)}")

    def stop(self, proc, sig=signal.SIGTERM, timeout=10):
        if proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(5)

    def stop_all(self):
        running = [proc for _, proc, _ in self.procs if proc.poll() is None]
        for proc in running:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.time() + 5
        for proc in running:
            try:
                proc.wait(max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                pass
        # Children a service left behind in its process group.
        for _, proc, _ in self.procs:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(argv, env=None, cwd=None, timeout=60, what=None):
    try:
        r = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed(f"{what or argv[0]} did not finish within {timeout} s")
    return r


def run_ok(argv, what, **kwargs):
    r = run(argv, what=what, **kwargs)
    if r.returncode != 0:
        raise Failed(f"{what} failed ({r.returncode}):\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    return r


# ------------------------------------------------------------------------------------------------
# The exported Terraform: environment, secrets and commands of the ECS task definitions


def task_definitions(tf_text):
    """{name: {"command": [...], "environment": [(name, value-expr)], "secrets": [(name, expr)]}}"""
    result = {}
    for m in re.finditer(r'^resource "aws_ecs_task_definition" "([^"]+)" \{\n(.*?)^\}', tf_text, re.M | re.S):
        body = m.group(2)
        item = {"command": None, "environment": [], "secrets": [], "stopTimeout": None}
        c = re.search(r"^\s*command\s*=\s*(\[.*\])\s*$", body, re.M)
        if c:
            item["command"] = json.loads(c.group(1))
        st = re.search(r"^\s*stopTimeout\s*=\s*(\d+)", body, re.M)
        if st:
            item["stopTimeout"] = int(st.group(1))
        for section, key in (("environment", "value"), ("secrets", "valueFrom")):
            s = re.search(rf"^(\s*){section} = \[\n(.*?)^\1\]", body, re.M | re.S)
            if not s:
                continue
            for e in re.finditer(rf'name\s*=\s*"([^"]+)"\s*\n\s*{key}\s*=\s*(.+?)\s*\n', s.group(2)):
                item[section].append((e.group(1), e.group(2)))
        result[m.group(1)] = item
    return result


def literal(expr):
    """The string of an HCL literal ("text" without interpolation), else None."""
    if expr.startswith('"') and expr.endswith('"') and "${" not in expr:
        return json.loads(expr)
    return None


# ------------------------------------------------------------------------------------------------
# Design variants


def load_yaml(path):
    import yaml

    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def dump_yaml(data, path):
    import yaml

    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True)


def component(design, kind):
    return next((c for c in design["components"] if c["kind"] == kind), None)


DJANGO_VERSIONS = ("4.2", "5.2")


def make_variant(design, variant):
    d = copy.deepcopy(design)
    for name in (variant or "none").split("+"):
        apply_variant(d, name)
    return d


def apply_variant(d, variant):
    if variant in ("", "none"):
        return
    if variant.startswith("django") and f"{variant[6]}.{variant[7:]}" in DJANGO_VERSIONS:
        d["django_version"] = f"{variant[6]}.{variant[7:]}"  # django42 -> "4.2"
    elif variant == "uvicorn":
        component(d, "ecs_web")["params"]["server"] = "uvicorn"
    elif variant == "no-pgbouncer":
        d["components"] = [c for c in d["components"] if c["kind"] != "pgbouncer"]
    elif variant == "sqs-broker":
        redis = component(d, "elasticache_redis")
        redis["params"]["roles"] = [r for r in redis["params"]["roles"] if r != "broker"]
        d["components"].append({"id": "queues", "kind": "sqs", "name": "SQS broker", "position": [1500, 360],
                                "params": {"visibility_timeout": 7200}})
    elif variant == "shadowed-route":
        # The old reference routes: "myapp.tasks.*" before "myapp.tasks.cleanup_*" hides the latter.
        routes = d["celery"]["routes"]
        catch_all = next(r for r in routes if r["task"].endswith(".*"))
        routes.remove(catch_all)
        routes.insert(next(i for i, r in enumerate(routes) if "*" in r["task"]), catch_all)
    elif variant == "memorydb":
        # The ElastiCache Redis replaced by MemoryDB with its roles: one shard, no replica (the
        # memorydb-cluster-endpoint finding), TLS, the schema's ACL user and access string.
        redis = component(d, "elasticache_redis")
        d["components"][d["components"].index(redis)] = {
            "id": redis["id"], "kind": "memorydb", "name": "MemoryDB", "position": redis["position"],
            "params": {"roles": redis["params"]["roles"], "shards": 1, "replicas_per_shard": 0, "tls": True}}
    elif variant == "redis-plain":
        redis = component(d, "elasticache_redis")
        redis["params"]["transit_encryption"] = False
        redis["params"]["auth_token"] = False
    else:
        raise Failed(f"unknown variant {variant}")


def route_instances(routes):
    """One task name per route: the route's own name, a pattern's '*' replaced."""
    return [(r["task"].replace("*", "rehearsal"), r["queue"], r["task"]) for r in routes]


# ------------------------------------------------------------------------------------------------
# Certificates


def make_certificates(work, name="tls", ca_name="Infra Studio rehearsal CA"):
    """A CA and a server certificate it signs, for the names the configs use (127.0.0.1, localhost).
    EC P-256 keys: quick to make."""
    d = os.path.join(work, name)
    os.makedirs(d)
    ca_key, ca, key, csr, crt = (os.path.join(d, n) for n in ("ca.key", "ca.pem", "server.key", "server.csr", "server.pem"))
    ext = os.path.join(d, "san.cnf")
    with open(ext, "w") as f:
        f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run_ok(["openssl", "req", "-x509", *ec, "-keyout", ca_key, "-out", ca, "-days", "2", "-subj", f"/CN={ca_name}"],
           "openssl (CA)")
    run_ok(["openssl", "req", *ec, "-keyout", key, "-out", csr, "-subj", "/CN=localhost"], "openssl (server key)")
    run_ok(["openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial", "-out", crt,
            "-days", "2", "-extfile", ext], "openssl (server certificate)")
    os.chmod(key, 0o600)
    return {"ca": ca, "cert": crt, "key": key}


class RogueTlsServer:
    """A server on loopback that answers PostgreSQL's SSLRequest and presents a certificate from a
    CA nobody trusts: a verifying client must abort the handshake. Records how each handshake ended."""

    def __init__(self, tls):
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(tls["cert"], tls["key"])
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.5)
        self.port = self.sock.getsockname()[1]
        self.outcomes = []  # "completed" or the handshake error
        self.running = True
        import threading

        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            try:
                conn.settimeout(5)
                request = conn.recv(8)
                if len(request) == 8 and request[4:] == b"\x04\xd2\x16\x2f":  # SSLRequest
                    conn.sendall(b"S")
                    tls = self.context.wrap_socket(conn, server_side=True)
                    self.outcomes.append("completed")
                    tls.close()
                else:
                    self.outcomes.append(f"no SSLRequest: {request!r}")
            except (ssl.SSLError, OSError) as error:
                self.outcomes.append(str(error))
            finally:
                conn.close()

    def stop(self):
        self.running = False
        self.thread.join(2)
        self.sock.close()


# ------------------------------------------------------------------------------------------------
# The rehearsal


class Rehearsal:
    def __init__(self, args, work):
        self.args = args
        self.work = work
        self.services = Services(work)
        self.export = os.path.join(work, "export")
        self.app_dir = os.path.join(work, "app")
        self.task_log = os.path.join(work, "tasks.jsonl")
        open(self.task_log, "w").close()

    # -- export -----------------------------------------------------------------------------------
    def export_design(self):
        design = load_yaml(self.args.design)
        self.design = make_variant(design, self.args.variant)
        path = os.path.join(self.work, "design.infra.yaml")
        dump_yaml(self.design, path)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=self.work, LC_ALL="C.UTF-8")
        r = run([self.args.cli, "export", path, "-o", self.export, "--only", "terraform,config"], env=env,
                timeout=60, what="infra-studio-cli export")
        require("export succeeds", r.returncode == 0, r.stderr.strip()[-500:])
        failed_review = "FAILS" in r.stderr
        self.shadowed_stderr = r.stderr
        if self.args.clean_review:
            require("7 export: the design's review passes (else the export says so loudly)", not failed_review,
                    r.stderr.strip()[:1500])
        elif failed_review:
            log("the design's review fails (the export says so, as it must); rehearsing it all the same")
        pools = run([self.args.cli, "pools", path, "--format", "json"], env=env, timeout=60, what="pools")
        self.pools = json.loads(pools.stdout)["pools"] if pools.returncode == 0 else {}
        with open(os.path.join(self.export, "terraform", "ecs.tf"), encoding="utf-8") as f:
            self.tasks = task_definitions(f.read())
        self.module = self.design["project"].replace("-", "_")
        self.web = component(self.design, "ecs_web")
        self.pgb = component(self.design, "pgbouncer")
        self.redis = component(self.design, "elasticache_redis") or component(self.design, "memorydb")
        # MemoryDB is always a cluster: one database (0), ACL users, cross-slot commands refused.
        self.memorydb = bool(self.redis) and self.redis["kind"] == "memorydb"
        self.db = component(self.design, "rds_postgres")
        self.sqs = component(self.design, "sqs")
        self.workers = [c for c in self.design["components"] if c["kind"] == "ecs_worker"]
        self.beat = component(self.design, "ecs_beat")
        self.routes = (self.design.get("celery") or {}).get("routes") or []
        # The Django release: the one the export was written for (the design's django_version).
        with open(os.path.join(self.export, "config", "settings", "production.py"), encoding="utf-8") as f:
            m = re.search(r"^DJANGO_VERSION = \((\d+), (\d+)\)$", f.read(), re.M)
        want = str(self.design.get("django_version", ""))
        if check("1 the exported settings name the design's Django release (DJANGO_VERSION)", m is not None):
            self.django = f"{m.group(1)}.{m.group(2)}"
        else:
            self.django = want or "4.2"  # an export that does not say: rehearse what the design asks for
        check("1 DJANGO_VERSION is the design's django_version", not want or want == self.django,
              f"design {want or '(default)'}, settings {self.django}")
        if self.django not in DJANGO_VERSIONS:
            raise Failed(f"the rehearsal has no Django {self.django} (only {', '.join(DJANGO_VERSIONS)})")
        log(f"exported {self.args.design} (variant {self.args.variant or 'none'}) into {self.export}; "
            f"the design targets Django {self.django}")

    # -- environment ------------------------------------------------------------------------------
    def local_environment(self, service):
        """The environment of an ECS task definition, with local values substituted."""
        td = self.tasks.get(service.replace("-", "_"))
        if td is None:
            raise Failed(f"terraform/ecs.tf has no task definition {service}")
        env = {}
        local = {
            "DATABASE_HOST": "127.0.0.1",
            "DATABASE_PORT": str(self.pgb_port if self.pgb else self.pg_port),
            "REDIS_HOST": "127.0.0.1",
            "REDIS_PORT": str(getattr(self, "redis_port", 0)),
            "MEMORYDB_HOST": "127.0.0.1",
            "MEMORYDB_PORT": str(getattr(self, "redis_port", 0)),
            "AWS_REGION": self.design.get("region", "us-east-1"),
            "STATIC_BUCKET": "rehearsal-static",
            "MEDIA_BUCKET": "rehearsal-media",
            "CDN_DOMAIN": "",
            "DATABASE_APP_SECRET_ID": "rehearsal-database-app",
            "CELERY_SQS_QUEUE_PREFIX": "rehearsal-",
            "DJANGO_ALLOWED_HOSTS": DEPLOYED_HOST,
        }
        for name, expr in td["environment"]:
            if name in local:
                env[name] = local[name]
            elif literal(expr) is not None:
                env[name] = literal(expr)
            else:
                raise Failed(f"the task definition {service} sets {name} = {expr}; the rehearsal has no local value")
        for name, expr in td["secrets"]:
            if name == "DATABASE_USER":
                env[name] = self.app_user
            elif name == "DATABASE_PASSWORD":
                env[name] = self.app_password
            elif name == "REDIS_AUTH_TOKEN":
                env[name] = self.redis_token
            elif name == "MEMORYDB_USER":
                env[name] = self.redis_user
            elif name == "MEMORYDB_PASSWORD":
                env[name] = self.redis_token
            else:
                env[name] = self.secret_values.setdefault(name, secrets.token_urlsafe(40))
        return env

    def process_env(self, service, settings=None, extra=None):
        env = {
            "PATH": f"{self.shims}:/usr/bin:/bin",
            "HOME": self.work,
            "LANG": "C.UTF-8",
            "PYTHONPATH": os.pathsep.join([self.app_dir, self.pydeps_django, self.pydeps_common]),
            "PYTHONDONTWRITEBYTECODE": "1",
            "SSL_CERT_FILE": self.tls["ca"],
            # The RDS CA bundle's path in the tasks (/etc/rds-ca/global-bundle.pem) holds the rehearsal's CA.
            "DATABASE_CA_BUNDLE": self.tls["ca"],
            "REHEARSAL_TASKS": json.dumps(sorted({n for n, _, _ in route_instances(self.routes)} | {"rehearsal.unrouted"})),
            "REHEARSAL_TASK_LOG": self.task_log,
            "REHEARSAL_STATIC_ROOT": os.path.join(self.work, "static"),
            "C_FORCE_ROOT": "",
        }
        env.pop("C_FORCE_ROOT")
        env.update(self.local_environment(service))
        if settings:
            env["DJANGO_SETTINGS_MODULE"] = settings
        if extra:
            env.update(extra)
        return env

    def rehearsal_settings(self):
        return f"{self.module}.settings.rehearsal"

    def production_settings(self):
        return f"{self.module}.settings.production"

    # -- project ----------------------------------------------------------------------------------
    def build_project(self):
        fixture = os.path.join(HERE, "fixture")
        shutil.copytree(fixture, self.app_dir, ignore=shutil.ignore_patterns("__pycache__"))
        os.rename(os.path.join(self.app_dir, "projectpkg"), os.path.join(self.app_dir, self.module))
        pkg = os.path.join(self.app_dir, self.module)
        config = os.path.join(self.export, "config")
        for name in os.listdir(config):
            if name.endswith(".py"):
                shutil.copy(os.path.join(config, name), os.path.join(pkg, name))
        shutil.copy(os.path.join(config, "settings", "production.py"), os.path.join(pkg, "settings", "production.py"))
        self.shims = os.path.join(self.work, "bin")
        os.makedirs(self.shims)
        os.symlink(PYTHON, os.path.join(self.shims, "python"))
        deps = self.args.pydeps
        self.pydeps_django = os.path.join(deps, f"django-{self.django}")
        self.pydeps_common = os.path.join(deps, "common")
        for d in (self.pydeps_django, self.pydeps_common):
            if not os.path.isdir(d):
                raise Failed(f"{d} is missing: scripts/setup unpacks Django and its companions there")

    # -- PostgreSQL -------------------------------------------------------------------------------
    def start_postgres(self):
        data = os.path.join(self.work, "pgdata")
        self.pg_port = free_port()
        self.master_password = secrets.token_urlsafe(24)
        pw = os.path.join(self.work, "pgpass")
        with open(pw, "w") as f:
            f.write(self.master_password)
        with GATE("initdb"):
            run_ok([f"{PG_BIN}/initdb", "-D", data, "-U", "master", f"--pwfile={pw}", "-A", "scram-sha-256", "-E",
                    "UTF8", "--locale=C.UTF-8", "--no-sync"], "initdb", timeout=60)
        # Like RDS (rds.force_ssl): TCP only with TLS, passwords as SCRAM.
        with open(os.path.join(data, "pg_hba.conf"), "w") as f:
            f.write("local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n")
        sock = os.path.join(self.work, "pgsock")
        os.makedirs(sock)
        proc = self.services.start("postgres", [
            f"{PG_BIN}/postgres", "-D", data, "-c", "listen_addresses=127.0.0.1", "-c", f"port={self.pg_port}",
            "-c", f"unix_socket_directories={sock}", "-c", "ssl=on", "-c", f"ssl_cert_file={self.tls['cert']}",
            "-c", f"ssl_key_file={self.tls['key']}", "-c", "fsync=off", "-c", "max_connections=300",
            "-c", "password_encryption=scram-sha-256"])
        self.services.wait_ready("postgres", proc, lambda: self.pg_query("SELECT 1", user="master",
                                                                       password=self.master_password,
                                                                       dbname="postgres") == [(1,)], 30)
        self.dbname = self.db["params"]["database_name"]
        self.pg_query(f'CREATE DATABASE "{self.dbname}"', user="master", password=self.master_password,
                      dbname="postgres", autocommit=True)
        log(f"PostgreSQL 15 on 127.0.0.1:{self.pg_port} (TLS only), database {self.dbname}")

    def pg_query(self, sql, user, password, dbname=None, port=None, autocommit=False, sslmode="require", timeout=5):
        import psycopg2

        conn = psycopg2.connect(host="127.0.0.1", port=port or self.pg_port, user=user, password=password,
                                dbname=dbname or self.dbname, sslmode=sslmode, connect_timeout=timeout)
        try:
            conn.autocommit = autocommit
            with conn.cursor() as cur:
                cur.execute(sql)
                rows = cur.fetchall() if cur.description else None
            if not autocommit:
                conn.commit()
            return rows
        finally:
            conn.close()

    def create_roles(self):
        sql = os.path.join(self.export, "config", "database-roles.sql")
        if not check("3 config/database-roles.sql exists (the application's own role)", os.path.exists(sql)):
            # An export without roles: the tasks log in as the master user (what the old export did).
            self.app_user, self.app_password, self.auth_password = "master", self.master_password, None
            return
        self.app_password = secrets.token_urlsafe(24)
        self.auth_password = secrets.token_urlsafe(24)
        env = {"PGPASSWORD": self.master_password, "PATH": "/usr/bin:/bin", "HOME": self.work}
        # Exactly as the file's header says: psql as the master user, with the passwords as variables.
        run_ok(["psql", f"host=127.0.0.1 port={self.pg_port} dbname={self.dbname} user=master sslmode=require",
                "-v", f"app_password={self.app_password}", "-v", f"auth_password={self.auth_password}",
                "-f", sql], "psql -f database-roles.sql", env=env)
        run_ok(["psql", f"host=127.0.0.1 port={self.pg_port} dbname={self.dbname} user=master sslmode=require",
                "-v", f"app_password={self.app_password}", "-v", f"auth_password={self.auth_password}",
                "-f", sql], "psql -f database-roles.sql (a second time)", env=env)
        with open(sql) as f:
            self.app_user = re.search(r"CREATE ROLE (\w+) LOGIN", f.read()).group(1)

    # -- pgBouncer --------------------------------------------------------------------------------
    def start_pgbouncer(self):
        with open(os.path.join(self.export, "config", "pgbouncer.ini")) as f:
            ini = f.read()
        self.pgb_ini = ini
        userlist = os.path.join(self.work, "userlist.txt")
        auth_user = re.search(r"^auth_user = (\S+)", ini, re.M)
        if check("4 pgbouncer.ini: auth_user and auth_query (pgBouncer holds no application password)", auth_user):
            login = (auth_user.group(1), self.auth_password)
        else:
            login = (self.app_user, self.app_password)  # the old userlist: the master user
        # The auth file holds one login, as the container image writes it (DB_USER/DB_PASSWORD from
        # the auth user's secret); the console's stats user must be that login.
        with open(userlist, "w") as f:
            f.write(f'"{login[0]}" "{login[1]}"\n')
        stats = re.search(r"^stats_users = (\S+)", ini, re.M)
        stats_users = stats.group(1).split(",") if stats else []
        pgb_task = self.tasks.get(self.pgb["id"].replace("-", "_"), {})
        task_stats = literal(dict(pgb_task.get("environment", [])).get("STATS_USERS", '""'))
        check("3 pgBouncer console: pgbouncer.ini declares stats_users, a login of the auth file, and the "
              "Terraform task definition sets the same STATS_USERS",
              login[0] in stats_users and task_stats == ",".join(stats_users),
              f"stats_users {stats_users}, auth file login {login[0]}, task STATS_USERS {task_stats}")
        self.pgb_stats = (stats_users[0] if stats_users else login[0], login[1])
        sslmode = re.search(r"^server_tls_sslmode = (\S+)", ini, re.M)
        ca_file = re.search(r"^server_tls_ca_file = (\S+)", ini, re.M)
        check("3 pgbouncer.ini: TLS to the database verifying the RDS CA and the host (verify-full, server_tls_ca_file)",
              sslmode and sslmode.group(1) == "verify-full" and ca_file,
              f"server_tls_sslmode {sslmode.group(1) if sslmode else None}, server_tls_ca_file {ca_file.group(1) if ca_file else None}")
        self.pgb_port = self.start_one_pgbouncer("pgbouncer", ini, self.pg_port, self.tls["ca"], userlist)
        log(f"pgBouncer on 127.0.0.1:{self.pgb_port} with the exported pgbouncer.ini (the rehearsal CA for "
            f"{ca_file.group(1) if ca_file else 'no CA file'})")

    def start_one_pgbouncer(self, name, ini, db_port, ca, userlist):
        """pgBouncer with the exported ini and only the local values substituted: the database's address,
        the listening address, the auth file, and the rehearsal's CA in place of the RDS CA bundle."""
        port = free_port()
        local = ini
        local = re.sub(r"host=DB_HOST port=\d+", f"host=127.0.0.1 port={db_port}", local)
        local = re.sub(r"^listen_addr = .*$", "listen_addr = 127.0.0.1", local, flags=re.M)
        local = re.sub(r"^listen_port = .*$", f"listen_port = {port}", local, flags=re.M)
        local = re.sub(r"^auth_file = .*$", f"auth_file = {userlist}", local, flags=re.M)
        local = re.sub(r"^server_tls_ca_file = .*$", f"server_tls_ca_file = {ca}", local, flags=re.M)
        # Local addition: no Unix socket (the console's stats user is the exported one).
        local += "\nunix_socket_dir =\n"
        path = os.path.join(self.work, f"{name}.ini")
        with open(path, "w") as f:
            f.write(local)
        proc = self.services.start(name, ["/usr/sbin/pgbouncer", path])
        self.services.wait_ready(name, proc, lambda: socket.create_connection(("127.0.0.1", port), 1).close() or True, 15)
        return port

    def check_database_tls(self):
        """3: the database connection verifies the server: a server whose certificate comes from another
        CA is refused, by pgBouncer (its exported ini) or, without pgBouncer, by the exported settings."""
        rogue_tls = make_certificates(self.work, "rogue-tls", "Not the RDS CA")
        rogue = RogueTlsServer(rogue_tls)
        try:
            if self.pgb:
                port = self.start_one_pgbouncer("pgbouncer-rogue", self.pgb_ini, rogue.port, self.tls["ca"],
                                                os.path.join(self.work, "userlist.txt"))
                try:
                    # pgBouncer keeps the client waiting while it retries the server: 2 s are plenty.
                    self.pg_query("SELECT 1", user=self.app_user, password=self.app_password, port=port,
                                  sslmode="disable", timeout=2)
                    connected, detail = True, "the client got an answer"
                except Exception as error:  # noqa: BLE001
                    connected, detail = False, str(error).strip()
                text = self.services.logtail("pgbouncer-rogue", 60)
                refused = not connected and rogue.outcomes and "completed" not in rogue.outcomes
                check("3 pgBouncer refuses a database server whose certificate comes from another CA (verify-full)",
                      refused, f"client: {detail}; server handshakes: {rogue.outcomes}; pgBouncer: "
                      f"{[l for l in text.splitlines() if 'TLS' in l or 'certificate' in l or 'SSL' in l][-2:]}")
            else:
                code = ("import django; django.setup()\n"
                        "from django.db import connection\n"
                        "connection.ensure_connection()\n"
                        "print('connected')\n")
                r = self.python(code, extra={"DATABASE_PORT": str(rogue.port)})
                out = (r.stdout + r.stderr).strip()
                refused = r.returncode != 0 and rogue.outcomes and "completed" not in rogue.outcomes
                check("3 the app (no pgBouncer) refuses a database server whose certificate comes from another CA "
                      "(verify-full with the RDS CA bundle)", refused,
                      f"server handshakes: {rogue.outcomes}; app: {out.splitlines()[-1] if out else ''}")
        finally:
            rogue.stop()

    # -- Redis ------------------------------------------------------------------------------------
    def start_redis(self):
        self.redis_port = free_port()
        self.redis_token = secrets.token_urlsafe(32)
        if self.memorydb:
            # MemoryDB: a cluster (cluster-enabled, every slot on this one node, as one shard
            # holds them), TLS by its parameter (default on), and ACL users instead of AUTH: the
            # app logs in as the design's first user with its access string; the rehearsal's
            # own client is an administrator, so that it can watch the queues.
            params = self.redis["params"]
            self.redis_tls = bool(params.get("tls", True))
            self.redis_auth = True
            self.redis_user = (params.get("acl_users") or ["app"])[0]
            self.redis_admin = secrets.token_urlsafe(32)
            access = params.get("access_string", "on ~* &* +@all -@dangerous")
        else:
            self.redis_tls = bool(self.redis["params"].get("transit_encryption"))
            self.redis_auth = bool(self.redis["params"].get("auth_token")) and self.redis_tls
        d = os.path.join(self.work, "redis")
        os.makedirs(d)
        conf = ["bind 127.0.0.1", f"dir {d}", 'save ""', "appendonly no", "daemonize no", "protected-mode yes"]
        if self.memorydb:
            conf += ["cluster-enabled yes", f"cluster-config-file {d}/nodes.conf", f"cluster-port {free_port()}",
                     "user default off", f"user rehearsal on >{self.redis_admin} ~* &* +@all",
                     f"user {self.redis_user} {access} >{self.redis_token}"]
        if self.redis_tls:
            conf += ["port 0", f"tls-port {self.redis_port}", f"tls-cert-file {self.tls['cert']}",
                     f"tls-key-file {self.tls['key']}", f"tls-ca-cert-file {self.tls['ca']}", "tls-auth-clients no"]
        else:
            conf += [f"port {self.redis_port}"]
        if self.redis_auth and not self.memorydb:
            conf.append(f"requirepass {self.redis_token}")
        path = os.path.join(d, "redis.conf")
        with open(path, "w") as f:
            f.write("\n".join(conf) + "\n")
        proc = self.services.start("redis", ["/usr/bin/redis-server", path])
        self.services.wait_ready("redis", proc, lambda: self.redis_client(0).ping(), 15)
        if self.memorydb:
            self.redis_client(0).execute_command("CLUSTER", "ADDSLOTSRANGE", 0, 16383)
            self.services.wait_ready("redis", proc, lambda: b"cluster_state:ok" in
                                     self.redis_client(0).execute_command("CLUSTER", "INFO"), 15)
            log(f"Redis 7 in cluster mode (as MemoryDB) on 127.0.0.1:{self.redis_port} (TLS {self.redis_tls}, "
                f"ACL user {self.redis_user})")
        else:
            log(f"Redis 7 on 127.0.0.1:{self.redis_port} (TLS {self.redis_tls}, AUTH {self.redis_auth})")

    def redis_client(self, db):
        import redis

        kwargs = {"host": "127.0.0.1", "port": self.redis_port, "db": db, "socket_timeout": 5}
        if self.redis_tls:
            kwargs.update(ssl=True, ssl_ca_certs=self.tls["ca"], ssl_cert_reqs="required")
        if self.memorydb:
            kwargs.update(username="rehearsal", password=self.redis_admin)
        elif self.redis_auth:
            kwargs["password"] = self.redis_token
        return redis.Redis(**kwargs)

    def broker_db(self):
        """The Redis database of Celery's broker: MemoryDB, a cluster, has database 0 only."""
        return 0 if self.memorydb else int(self.redis["params"]["broker_db"])

    def broker_key(self, key):
        """A key of Celery's Redis transport as it lies in Redis: behind the exported global_keyprefix."""
        return (self.celery.get("keyprefix") or "") + key

    # -- Django -----------------------------------------------------------------------------------
    def manage(self, args, service="web", settings=None, timeout=120, extra=None):
        env = self.process_env(service, settings or self.rehearsal_settings(), extra)
        with GATE(f"manage.py {args[0]}"):
            return run([PYTHON, "manage.py", *args], env=env, cwd=self.app_dir, timeout=timeout,
                       what=f"manage.py {args[0]}")

    def python(self, code, service="web", settings=None, timeout=60, extra=None):
        env = self.process_env(service, settings or self.rehearsal_settings(), extra)
        return run([PYTHON, "-c", code], env=env, cwd=self.app_dir, timeout=timeout, what="python")

    def python_json(self, code, **kwargs):
        """Runs code that prints a JSON object last: (the object, or {} when there is none; the run)."""
        r = self.python(code, **kwargs)
        try:
            return json.loads(r.stdout.strip().splitlines()[-1]), r
        except (ValueError, IndexError):
            return {}, r

    def check_deploy(self):
        r = self.manage(["check", "--deploy"], settings=self.production_settings())
        out = (r.stdout + r.stderr).strip()
        check(f"1 settings: the exported production settings import under Django {self.django} and check --deploy "
              "reports no issue", r.returncode == 0 and "System check identified no issues" in out, out[-2500:])
        # The other release is refused by the settings themselves, not found out later.
        other = next(v for v in DJANGO_VERSIONS if v != self.django)
        path = os.pathsep.join([self.app_dir, os.path.join(self.args.pydeps, f"django-{other}"), self.pydeps_common])
        r = self.manage(["check"], settings=self.production_settings(), extra={"PYTHONPATH": path})
        out = (r.stdout + r.stderr).strip()
        check(f"1 settings: under Django {other} (not the design's release) they refuse to load, saying why",
              r.returncode != 0 and f"these settings are for Django {self.django}" in out, out[-800:])

    def release(self):
        td = self.tasks.get("release")
        if check("3 terraform: a one-off release task definition (aws_ecs_task_definition.release)", td is not None):
            cmd = td["command"]
        else:
            cmd = ["python", "manage.py", "migrate", "--noinput"]  # the old runbook's manual step
            td = {"command": cmd}
            self.tasks["release"] = dict(self.tasks[self.web["id"].replace("-", "_")], command=cmd)
        check("3 release task: migrate, then collectstatic", cmd and "migrate" in " ".join(cmd) and
                "collectstatic" in " ".join(cmd) and " ".join(cmd).index("migrate") < " ".join(cmd).index("collectstatic"),
                json.dumps(cmd))
        env = self.process_env("release", self.rehearsal_settings())
        with GATE("release task"):
            r = run(cmd, env=env, cwd=self.app_dir, timeout=120, what="release task")
        require("3 release task runs with its exact command line through the exported database settings",
                r.returncode == 0, (r.stdout + r.stderr)[-2500:])
        if any(c["kind"] == "s3_bucket" and c["params"].get("role") == "static" for c in self.design["components"]):
            manifest = os.path.join(self.work, "static", "staticfiles.json")
            check("3 collectstatic wrote the manifest {% static %} needs", os.path.exists(manifest))

    # -- web --------------------------------------------------------------------------------------
    def start_web(self, extra=None):
        td = self.tasks[self.web["id"].replace("-", "_")]
        cmd = list(td["command"])
        self.web_port = free_port()
        cmd[cmd.index("--bind") + 1] = f"127.0.0.1:{self.web_port}"
        # Local: a timeout within the rehearsal's budget, logs to the service log.
        cmd += ["--graceful-timeout", "5"]
        env = self.process_env(self.web["id"], self.rehearsal_settings(), extra)
        with GATE("web start"):
            proc = self.services.start("web", cmd, env=env, cwd=self.app_dir)
            self.services.wait_ready("web", proc, lambda: self.http("GET", "/health/", PRIVATE_HOST)[0] > 0, 40)
        self.web_proc = proc
        server = "Uvicorn workers under Gunicorn" if "uvicorn" in " ".join(cmd) else "Gunicorn"
        log(f"web ({server}) on 127.0.0.1:{self.web_port}: {' '.join(td['command'])}")

    def http(self, method, path, host, headers=None, body=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.web_port, timeout=10)
        h = {"Host": host}
        h.update(headers or {})
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read().decode(errors="replace")
        result = (r.status, data, r.getheader("Location"), r.getheader("Set-Cookie") or "",
                  r.getheader("Strict-Transport-Security"))
        conn.close()
        return result

    def check_web(self):
        alb = component(self.design, "alb")
        health = alb["params"]["health_check_path"] if alb else "/health/"
        public = DEPLOYED_HOST if alb else "localhost"
        https = {"X-Forwarded-Proto": "https"}
        s = self.http("GET", health, PRIVATE_HOST)
        check(f"2 health: GET {health} with Host {PRIVATE_HOST} over plain HTTP answers 200", s[0] == 200, f"{s[0]} {s[1][:200]}")
        s = self.http("GET", "/", PRIVATE_HOST, https)
        check(f"2 health: any other path with Host {PRIVATE_HOST} is refused (ALLOWED_HOSTS strict)", s[0] == 400, str(s[0]))
        s = self.http("GET", "/", public)
        check("2 plain HTTP on the public host redirects to HTTPS", s[0] == 301 and (s[2] or "").startswith("https://"),
              f"{s[0]} {s[2]}")
        s = self.http("GET", "/", public, https)
        manifest = any(c["kind"] == "s3_bucket" and c["params"].get("role") == "static" for c in self.design["components"])
        pattern = r'/static/rehearsalapp/site\.[0-9a-f]{12}\.css' if manifest else r'/static/rehearsalapp/site\.css'
        ok = s[0] == 200 and re.search(pattern, s[1])
        check("2 public host with X-Forwarded-Proto https answers 200" +
              (", {% static %} from the manifest" if manifest else ""), ok, f"{s[0]} {s[1][:300]}")
        check("2 HSTS header on HTTPS responses", bool(s[4]) and "max-age=" in s[4], str(s[4]))
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', s[1])
        cookie = re.search(r"csrftoken=([^;]+)", s[3])
        if token and cookie:
            headers = dict(https, Cookie=f"csrftoken={cookie.group(1)}", Origin=f"https://{public}",
                           Referer=f"https://{public}/", **{"Content-Type": "application/x-www-form-urlencoded"})
            body = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1), "text": "hello"})
            p = self.http("POST", "/notes/", public, headers, body)
            check("2 a same-origin POST passes CSRF", p[0] == 200, f"{p[0]} {p[1][:300]}")
            bad = dict(headers, Origin="https://evil.example", Referer="https://evil.example/")
            p = self.http("POST", "/notes/", public, bad, body)
            check("2 a cross-origin POST is refused by CSRF", p[0] == 403, str(p[0]))
        else:
            check("2 a same-origin POST passes CSRF", False, "no CSRF token or cookie on the page")
        s = self.http("GET", "/db/", public, https)
        try:
            db = json.loads(s[1])
        except ValueError:
            db = {}
        check("3 the app's queries work (through pgBouncer when the design has one)", s[0] == 200 and db.get("notes", 0) >= 1,
              s[1][:500])
        check("3 the app connects as a dedicated role, not the master user or a superuser",
              db.get("user") == self.app_user and db.get("superuser") is False, json.dumps(db))
        if self.pgb and self.pgb["params"].get("pool_mode") == "transaction":
            check("3 transaction pooling: server-side cursors off, iterator() works",
                  db.get("server_side_cursors_disabled") is True and db.get("streamed") == db.get("notes"), json.dumps(db))
        if self.redis and ("cache" in self.redis["params"]["roles"] or "sessions" in self.redis["params"]["roles"]):
            s1 = self.http("GET", "/cache/", public, https)
            cookie = re.search(r"sessionid=([^;]+)", s1[3])
            s2 = self.http("GET", "/cache/", public, dict(https, Cookie=f"sessionid={cookie.group(1) if cookie else ''}"))
            try:
                c1, c2 = json.loads(s1[1]), json.loads(s2[1])
            except ValueError:
                c1, c2 = {}, {}
            check("5 Redis (TLS, AUTH) as the settings build it: cache and sessions",
                  c1.get("cache") == "cached" and c2.get("visits") == 2, f"{s1[1][:200]} / {s2[1][:200]}")

    # -- pools and rotation -----------------------------------------------------------------------
    def check_pools(self):
        # The runbook's console command (incident response: connections exhausted), with psql as
        # the pgBouncer image ships it: the stats user of the exported ini, its password from the
        # auth file, SHOW POOLS. The web checks ran before, so the application's pool exists.
        env = {"PGPASSWORD": self.pgb_stats[1], "PATH": "/usr/bin:/bin", "HOME": self.work}
        r = run(["psql", "-h", "127.0.0.1", "-p", str(self.pgb_port), "-U", self.pgb_stats[0], "-A", "-F", "|",
                 "-c", "SHOW POOLS;", "pgbouncer"], env=env, what="psql SHOW POOLS")
        lines = r.stdout.splitlines()
        header = lines[0].split("|") if lines else []
        pools = [dict(zip(header, line.split("|"))) for line in lines[1:] if "|" in line]
        app_pool = [p for p in pools if p.get("database") == self.dbname and p.get("user") == self.app_user]
        check("3 pgBouncer console: the exported stats user runs SHOW POOLS (the runbook's psql command) and "
              "sees the application's pool",
              r.returncode == 0 and "cl_waiting" in header and app_pool,
              f"rc {r.returncode}, columns {header[:6]}, pools {[(p.get('database'), p.get('user')) for p in pools]}, "
              f"{r.stderr.strip()[-300:]}")
        rows = self.pg_query("SHOW CONFIG", user=self.pgb_stats[0], password=self.pgb_stats[1], dbname="pgbouncer",
                             port=self.pgb_port, autocommit=True, sslmode="disable")
        config = {r[0]: r[1] for r in rows}
        p = self.pools.get("pgbouncer") or {}
        want = {"default_pool_size": p.get("default_pool_size"), "max_client_conn": p.get("max_client_conn"),
                "reserve_pool_size": p.get("reserve_pool_size"), "pool_mode": self.pgb["params"]["pool_mode"],
                "server_tls_sslmode": "verify-full", "server_tls_ca_file": self.tls["ca"]}
        got = {k: config.get(k) for k in want}
        check("3 pgBouncer runs with the design's pool calculation (SHOW CONFIG)",
              all(str(got[k]) == str(v) for k, v in want.items()), f"want {want}, got {got}")

    def check_rotation(self):
        new_password = secrets.token_urlsafe(24)
        code = (
            "import django; django.setup()\n"
            "from django.db import connection, transaction\n"
            f"from {self.module}.rotate_database_password import rotate\n"
            "with transaction.atomic():\n"
            f"    rotate(connection, {new_password!r})\n"
        )
        r = self.python(code)
        require("4 rotation: the role changes its own password with the exported rotate()", r.returncode == 0,
                (r.stdout + r.stderr)[-2000:])
        port = self.pgb_port if self.pgb else self.pg_port
        sslmode = "disable" if self.pgb else "require"
        try:
            self.pg_query("SELECT 1", user=self.app_user, password=self.app_password, port=port, sslmode=sslmode)
            old_refused = False
        except Exception:  # noqa: BLE001
            old_refused = True
        check("4 rotation: the old password no longer opens connections", old_refused)
        try:
            ok = self.pg_query("SELECT current_user", user=self.app_user, password=new_password, port=port,
                               sslmode=sslmode) == [(self.app_user,)]
            detail = ""
        except Exception as error:  # noqa: BLE001
            ok, detail = False, str(error)
        where = "pgBouncer, not restarted (auth_query)" if self.pgb else "the database"
        check(f"4 rotation: new connections with the new password succeed through {where}", ok, detail)
        # The redeploy deploy.sh forces: a new task starts with the new secret in its environment.
        self.app_password = new_password
        r = self.python("import django; django.setup()\nfrom django.db import connection\n"
                        "with connection.cursor() as c:\n    c.execute('SELECT current_user')\n    print(c.fetchone()[0])\n")
        check("4 rotation: a task started after the rotation (the redeploy) connects with the exported settings",
              r.returncode == 0 and r.stdout.strip().endswith(self.app_user), (r.stdout + r.stderr)[-1000:])

    # -- Redis TLS verification -------------------------------------------------------------------
    def check_redis_urls(self):
        ping = (
            "import json, redis\n"
            "from django.conf import settings\n"
            "import django; django.setup()\n"
            "urls = {'broker': getattr(settings, 'CELERY_BROKER_URL', None), 'results': getattr(settings, 'CELERY_RESULT_BACKEND', None)}\n"
            "for alias, c in settings.CACHES.items():\n"
            "    if 'redis' in c['BACKEND']: urls['cache ' + alias] = c['LOCATION']\n"
            "out = {}\n"
            "for k, u in urls.items():\n"
            "    if not u or not u.startswith('redis'): continue\n"
            "    try:\n"
            "        out[k] = redis.Redis.from_url(u, socket_timeout=5).ping()\n"
            "    except Exception as e:\n"
            "        out[k] = repr(e)[:200]\n"
            "print(json.dumps(out))\n"
        )
        res, r = self.python_json(ping, settings=self.production_settings())
        check("5 Redis: cache, sessions, broker and results URLs connect (TLS verified against the CA, AUTH)",
              res and all(v is True for v in res.values()), (json.dumps(res) if res else r.stderr[-1500:]))
        # Django's multi-key cache calls through each Redis cache alias the settings define: on a
        # cluster (MemoryDB) they are refused (CROSSSLOT) unless the alias's keys share a hash tag.
        multi_key = (
            "import json\n"
            "import django; django.setup()\n"
            "from django.conf import settings\n"
            "from django.core.cache import caches\n"
            "out = {}\n"
            "for alias, c in settings.CACHES.items():\n"
            "    if 'redis' not in c['BACKEND']: continue\n"
            "    cache = caches[alias]\n"
            "    try:\n"
            "        cache.set_many({'rehearsal-a': 1, 'rehearsal-b': 2}, 60)\n"
            "        got = cache.get_many(['rehearsal-a', 'rehearsal-b'])\n"
            "        cache.delete_many(['rehearsal-a', 'rehearsal-b'])\n"
            "        out[alias] = got == {'rehearsal-a': 1, 'rehearsal-b': 2} and cache.get('rehearsal-a') is None\n"
            "    except Exception as e:\n"
            "        out[alias] = repr(e)[:200]\n"
            "print(json.dumps(out))\n"
        )
        res, r = self.python_json(multi_key, settings=self.production_settings())
        check("5 Redis: set_many, get_many and delete_many work through every Redis cache alias",
              res and all(v is True for v in res.values()), (json.dumps(res) if res else r.stderr[-1500:]))
        if self.redis_tls:
            # Without the rehearsal's CA the same URLs must fail: the certificate really is verified.
            res, _ = self.python_json(ping, settings=self.production_settings(), extra={"SSL_CERT_FILE": "/nonexistent"})
            check("5 Redis: an unknown server certificate is refused", res and all(v is not True for v in res.values()),
                  json.dumps(res))

    # -- Celery -----------------------------------------------------------------------------------
    def celery_conf(self):
        code = (
            "import json, django; django.setup()\n"
            f"from {self.module}.celery import app\n"
            "c = app.conf\n"
            "print(json.dumps({'visibility': (c.broker_transport_options or {}).get('visibility_timeout'),"
            " 'time_limit': c.task_time_limit, 'acks_late': c.task_acks_late,"
            " 'reject_on_worker_lost': c.task_reject_on_worker_lost,"
            " 'keyprefix': (c.broker_transport_options or {}).get('global_keyprefix'),"
            " 'routes': {n: (app.amqp.router.route({}, n) or {}).get('queue').name for n in json.loads(__import__('os').environ['REHEARSAL_TASKS'])}}))\n"
        )
        r = self.python(code, service=self.workers[0]["id"] if self.workers else self.web["id"])
        if r.returncode != 0:
            raise Failed(f"the Celery application does not load:\n{r.stderr[-2500:]}")
        return json.loads(r.stdout.strip().splitlines()[-1])

    def check_celery_settings(self):
        conf = self.celery_conf()
        self.celery = conf
        for name, queue, route in route_instances(self.routes):
            got = conf["routes"].get(name)
            check(f"6 routing: {name} (route {route}) goes to {queue}", got == queue, f"Celery routes it to {got}")
        check("6 a task name no route matches goes to the default queue", conf["routes"].get("rehearsal.unrouted") == "default",
              str(conf["routes"].get("rehearsal.unrouted")))
        visibility = conf["visibility"] or (3600 if not self.sqs else None)
        check("6 visibility timeout longer than the longest task (the hard time limit)",
              conf["time_limit"] is not None and visibility is not None and visibility > conf["time_limit"],
              f"visibility {visibility}, task_time_limit {conf['time_limit']}")
        check("6 acks_late with task_reject_on_worker_lost", conf["acks_late"] and conf["reject_on_worker_lost"],
              json.dumps(conf))
        for w in self.workers:
            st = self.tasks[w["id"].replace("-", "_")]["stopTimeout"]
            check(f"6 worker {w['id']}: ECS stopTimeout gives running tasks time for the warm shutdown",
                  st is not None and st >= 60, f"stopTimeout {st}")

    def send(self, name, seconds=0, tag=""):
        return self.send_many([name], seconds, tag)[0]

    def send_many(self, names, seconds=0, tag=""):
        code = (
            "import django; django.setup()\n"
            f"from {self.module}.celery import app\n"
            f"for name in {names!r}:\n"
            f"    print(app.send_task(name, kwargs={{'seconds': {seconds}, 'tag': {tag!r}}}).id)\n"
        )
        r = self.python(code, service=self.workers[0]["id"] if self.workers else self.web["id"])
        if r.returncode != 0:
            raise Failed(f"sending {names} failed:\n{r.stderr[-2000:]}")
        return r.stdout.strip().splitlines()[-len(names):]

    def queue_lengths(self):
        client = self.redis_client(self.broker_db())
        queues = set(q for _, q, _ in route_instances(self.routes)) | {"default"}
        for w in self.workers:
            queues |= set(w["params"]["queues"])
        return {q: client.llen(self.broker_key(q)) for q in sorted(queues)}

    def task_events(self):
        with open(self.task_log) as f:
            return [json.loads(line) for line in f if line.strip()]

    def wait_events(self, predicate, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            events = self.task_events()
            if predicate(events):
                return events
            time.sleep(0.2)
        return self.task_events()

    def start_worker(self, w):
        cmd = list(self.tasks[w["id"].replace("-", "_")]["command"])
        # Local: a node name per group (each ECS task has its own host name).
        cmd += ["--hostname", f"{w['id']}@rehearsal"]
        env = self.process_env(w["id"], self.rehearsal_settings())
        proc = self.services.start(f"celery-{w['id']}", cmd, env=env, cwd=self.app_dir)
        return proc

    def wait_workers_ready(self, procs, timeout=45):
        deadline = time.time() + timeout
        for w in procs:
            name = f"celery-{w}"
            self.services.wait_ready(name, procs[w], lambda n=name: " ready." in self.services.logtail(n, 400),
                                     max(1, deadline - time.time()))

    def check_celery_broker(self):
        # Every route's task, and one no route matches (it goes to "default").
        instances = route_instances(self.routes) + [("rehearsal.unrouted", "default", "(no route)")]
        before = self.queue_lengths()
        self.send_many([name for name, _, _ in instances], tag="routed")
        after = self.queue_lengths()
        expected = {}
        for _, queue, _ in instances:
            expected[queue] = expected.get(queue, 0) + 1
        got = {q: after[q] - before.get(q, 0) for q in after if after[q] - before.get(q, 0)}
        check("6 every routed task lands in its queue (queue lengths read from Redis)", got == expected,
              f"expected {expected}, got {got}")

        with GATE("Celery workers' start"):
            procs = {w["id"]: self.start_worker(w) for w in self.workers}
            self.worker_procs = procs
            self.wait_workers_ready(procs)
        consumers = {q: w["id"] for w in self.workers for q in w["params"]["queues"]}
        events = self.wait_events(lambda ev: sum(1 for e in ev if e["event"] == "end" and e["tag"] == "routed")
                                  >= len([i for i in instances if i[1] in consumers]), 30)
        wrong = []
        for e in events:
            if e["event"] != "end" or e["tag"] != "routed":
                continue
            group = e["hostname"].split("@")[0]
            w = next(w for w in self.workers if w["id"] == group)
            if e["queue"] not in w["params"]["queues"]:
                wrong.append(f"{e['name']} from {e['queue']} on {group}")
        done = sorted(e["name"] for e in events if e["event"] == "end" and e["tag"] == "routed")
        want = sorted(n for n, q, _ in instances if q in consumers)
        check("6 each worker group, started with its exported command line, consumes exactly its queues",
              done == want and not wrong, f"ran {done}, expected {want}; {wrong}")
        left = {q: n for q, n in self.queue_lengths().items() if n and q in consumers}
        check("6 the consumed queues are empty afterwards", not left, json.dumps(left))
        self.check_backlog()

        # SIGKILL of the pool process running a task: the task comes back at once.
        w = next((w for w in self.workers if any(q in w["params"]["queues"] for _, q, _ in instances)), None)
        name = next((n for n, q, _ in instances if w and q in w["params"]["queues"]), None)
        if not name:
            check("6 SIGKILL redelivery and SIGTERM warm shutdown: a worker group consumes a routed queue", False,
                  f"no worker group consumes any of {sorted({q for _, q, _ in instances})}")
            return
        kill = "6 a worker process killed with SIGKILL mid-task: the task is redelivered and completes"
        # 8 s: long enough that the kill lands mid-task even on a loaded machine.
        tid = self.send(name, seconds=8, tag="killed")
        ev = self.wait_events(lambda ev: any(e["id"] == tid and e["event"] == "start" for e in ev), 20)
        start = next((e for e in ev if e["id"] == tid and e["event"] == "start"), None)
        if start:
            os.kill(start["pid"], signal.SIGKILL)  # a pool process of a worker this script started
            killed_at = time.time()
            ev = self.wait_events(lambda ev: any(e["id"] == tid and e["event"] == "end" for e in ev), 40)
            starts = [e for e in ev if e["id"] == tid and e["event"] == "start"]
            ends = [e for e in ev if e["id"] == tid and e["event"] == "end"]
            early = [e for e in ends if e["time"] < killed_at]
            check(kill, len(starts) >= 2 and ends and not early,
                  f"{len(starts)} start(s), {len(ends)} end(s){' (the first ended before the kill)' if early else ''} "
                  f"({name} on {w['id']})")
        else:
            check(kill, False, "the task never started")

        # SIGTERM (ECS stopping a task): warm shutdown finishes the running task and acknowledges it:
        # it ran once, and nothing is left in the queue or among Redis's unacknowledged messages.
        # 8 s, as above: on 2026-12-04 a run beside a build (load 8) saw a 4 s task end before the
        # signal, sent as soon as its start was seen.
        tid = self.send(name, seconds=8, tag="warm")
        self.wait_events(lambda ev: any(e["id"] == tid and e["event"] == "start" for e in ev), 20)
        proc = procs[w["id"]]
        os.kill(proc.pid, signal.SIGTERM)
        term_at = time.time()
        try:
            proc.wait(30)
            stopped = True
        except subprocess.TimeoutExpired:
            stopped = False
        ev = self.task_events()
        starts = [e for e in ev if e["id"] == tid and e["event"] == "start"]
        ends = [e for e in ev if e["id"] == tid and e["event"] == "end"]
        client = self.redis_client(self.broker_db())
        unacked = [v for v in client.hvals(self.broker_key("unacked")) if tid.encode() in v]
        queued = {q: n for q, n in self.queue_lengths().items() if n and q in w["params"]["queues"]}
        mid_task = bool(ends) and ends[0]["time"] > term_at
        check("6 a worker stopped with SIGTERM mid-task finishes it (warm shutdown) and acknowledges it: it runs once",
              stopped and len(starts) == 1 and len(ends) == 1 and mid_task and not unacked and not queued,
              f"worker exited {stopped}, {len(starts)} start(s), {len(ends)} end(s), ended after SIGTERM {mid_task}, "
              f"unacked {len(unacked)}, queued {queued}")
        self.check_visibility(name)

    def check_visibility(self, name):
        """6: a task that runs longer than Redis's default visibility timeout (one hour) is delivered once.

        With acks_late, Redis's transport keeps a delivered message among the unacknowledged ones and
        puts it back in its queue once it is older than the visibility timeout; kombu does that when a
        worker connects (a scale-out) and every 100 s. A task still running then runs a second time.
        An hour is too long to wait, so fixture/visibility.py divides every time that matters by 300:
        the visibility timeout and the exported hard and soft time limits. Two configurations run side by
        side, each on a Redis database and a queue of its own with two workers of one slot: Redis's
        default (3,600 s) as the control, which must deliver the task twice (else the check proves
        nothing), and the exported timeout, which must deliver it once. The task lasts longer than the
        default timeout and less than the exported hard limit; when it is older than the default timeout,
        the restore a connecting worker runs is called (kombu's QoS.restore_visible), as a scale-out would.
        """
        scale = 300.0
        visibility, limit = self.celery["visibility"], self.celery["time_limit"]
        what = "6 a task longer than Redis's default visibility timeout (1 h) is delivered once (times scaled 1/300)"
        if not visibility or not limit:
            check(what, False, f"visibility {visibility}, task_time_limit {limit}")
            return
        default = 3600.0
        if limit <= default:
            check(what, False, f"the hard time limit ({limit} s) stops tasks before the default timeout: nothing to show")
            return
        seconds = (default + min(limit, visibility)) / 2 / scale  # longer than the default, within the limit
        script = os.path.join(self.app_dir, "visibility.py")
        env_base = self.process_env(self.workers[0]["id"], self.rehearsal_settings())
        # Each configuration on a Redis database of its own; on MemoryDB (database 0 only) under a
        # key prefix of its own instead, a hash tag as the exported one is.
        configs = {"default": (default, 0 if self.memorydb else 14), "exported": (visibility, 0 if self.memorydb else 15)}
        envs, procs = {}, {}
        starting = contextlib.ExitStack()  # held until the workers and the restorers are ready
        starting.enter_context(GATE("visibility workers' start"))
        for label, (timeout, db) in configs.items():
            env = dict(env_base, REHEARSAL_MODULE=self.module, REHEARSAL_TIME_SCALE=str(scale),
                       REHEARSAL_VISIBILITY=str(timeout), REHEARSAL_BROKER_DB=str(db),
                       REHEARSAL_QUEUE=f"rehearsal-visibility-{label}")
            if self.memorydb:
                env["REHEARSAL_KEYPREFIX"] = f"{{rehearsal-visibility-{label}}}:"
                client = self.redis_client(0)
                for key in client.scan_iter(match=env["REHEARSAL_KEYPREFIX"] + "*"):
                    client.delete(key)
            else:
                self.redis_client(db).flushdb()
            envs[label] = env
            for i in (1, 2):
                node = f"visibility-{label}-{i}@rehearsal"
                procs[node] = self.services.start(f"celery-{node.split('@')[0]}", [PYTHON, script, "worker", node],
                                                  env=env, cwd=self.app_dir)
        try:
            for node, proc in procs.items():
                logname = f"celery-{node.split('@')[0]}"
                self.services.wait_ready(logname, proc, lambda n=logname: " ready." in self.services.logtail(n, 400), 60)
                db = configs[node.split("-")[1]][1]
                if not re.search(rf"Connected to rediss?://\S*:{self.redis_port}/{db}\b", self.services.logtail(logname, 400)):
                    raise Failed(f"{logname} did not connect to its own Redis database {db}:\n{self.services.logtail(logname)}")
            # One process per configuration sends the task, watches it start and restores: it starts
            # (Django, Celery, a broker connection) before the task is sent, so on a loaded machine its
            # start-up cannot delay the restore past the task's end. The restore comes when the message
            # is older than the default timeout and younger than the exported one and than the task.
            after = default / scale + 1.0
            restores = {label: subprocess.Popen([PYTHON, script, "run", name, f"{seconds:.2f}", f"{after:.2f}"], env=env,
                                                cwd=self.app_dir, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                                stderr=subprocess.PIPE, text=True, start_new_session=True)
                        for label, env in envs.items()}
            procs.update({f"restore-{label}": proc for label, proc in restores.items()})
            for label, proc in restores.items():
                ready, _, _ = select.select([proc.stdout], [], [], 90)
                line = proc.stdout.readline() if ready else ""
                if line.strip() != "ready":
                    proc.kill()
                    raise Failed(f"the {label} restorer did not start within 90 s:\n{line}{proc.stderr.read()[-2000:]}")
            starting.close()
            for proc in restores.values():
                proc.stdin.write("go\n")
                proc.stdin.flush()
            ids, started, restored, restored_info = {}, {}, {}, {}
            for label, proc in restores.items():
                try:
                    out, err = proc.communicate(timeout=120)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    raise Failed(f"the {label} restorer did not finish within 120 s")
                if proc.returncode != 0:
                    raise Failed(f"the {label} restorer failed:\n{err[-2000:]}")
                restored_info[label] = json.loads(out.strip().splitlines()[-1])
                ids[label] = restored_info[label]["id"]
                started[label] = restored_info[label]["started"]
                restored[label] = restored_info[label]["time"]
            end_by = max(started.values()) + seconds + 20
            ev = self.wait_events(lambda ev: all(sum(1 for e in ev if e["id"] == i and e["event"] == "end")
                                                 >= (2 if label == "default" else 1) for label, i in ids.items()),
                                  max(1.0, end_by - time.time()))
            counts = {label: (sum(1 for e in ev if e["id"] == i and e["event"] == "start"),
                              sum(1 for e in ev if e["id"] == i and e["event"] == "end")) for label, i in ids.items()}
            first_end = {label: min((e["time"] for e in ev if e["id"] == i and e["event"] == "end"), default=None)
                         for label, i in ids.items()}
            mid_task = all(first_end[label] is not None and first_end[label] > restored[label] for label in envs)
            age = {label: restored[label] - started[label] for label in envs}
            detail = (f"task of {seconds:.1f} s, restore at {age['default']:.1f} s / {age['exported']:.1f} s after its start; "
                      f"default timeout {default / scale:.1f} s: {counts['default'][0]} start(s); exported "
                      f"{visibility / scale:.1f} s (hard limit {limit / scale:.1f} s): {counts['exported'][0]} start(s), "
                      f"{counts['exported'][1]} end(s); restores {json.dumps(restored_info)}")
            check("6 control: with Redis's default visibility timeout the same long task runs twice", counts["default"][0] >= 2
                  and mid_task, detail + ("" if mid_task else "; the task had ended before the restore"))
            check(what, counts["exported"] == (1, 1) and mid_task, detail)
        finally:
            starting.close()
            for proc in procs.values():
                self.services.stop(proc)

    def check_backlog(self):
        code = (
            "import json, django; django.setup()\n"
            f"from {self.module} import celery as c\n"
            "pure = c.backlog_per_task({'a': 10, 'b': 3, 'c': 0}, {'a': 4, 'c': 2})\n"
            "lengths, consumers = c.measure_backlog()\n"
            "print(json.dumps({'pure': pure, 'lengths': lengths, 'consumers': consumers,"
            " 'published': c.publish_queue_backlog(), 'ns': c.BACKLOG_NAMESPACE, 'metric': c.BACKLOG_METRIC,"
            " 'dimension': c.BACKLOG_DIMENSION, 'schedule': list(c.app.conf.beat_schedule)}))\n"
        )
        r = self.python(code, service=self.workers[0]["id"])
        try:
            res = json.loads(r.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            check("6 queue backlog publisher", False, r.stderr[-2000:])
            return
        check("6 backlog per task: the pure arithmetic", res["pure"] == {"a": 2.5, "b": 3.0, "c": 0.0}, json.dumps(res["pure"]))
        want_consumers = {}
        for w in self.workers:
            for q in w["params"]["queues"]:
                want_consumers[q] = want_consumers.get(q, 0) + 1
        check("6 backlog publisher measures the live queues and their consuming workers",
              res["consumers"] == want_consumers and set(res["lengths"]) >= set(want_consumers),
              f"consumers {res['consumers']} (want {want_consumers}), lengths {res['lengths']}")
        check("6 backlog publisher: namespace, metric and dimension the scaling policies read",
              (res["ns"], res["metric"], res["dimension"]) == ("InfraStudio/Celery", "BacklogPerTask", "Queue")
              and "publish-queue-backlog" in res["schedule"], json.dumps(res))

    def check_beat(self):
        td = self.tasks[self.beat["id"].replace("-", "_")]
        env = self.process_env(self.beat["id"], self.rehearsal_settings())
        starting = contextlib.ExitStack()
        starting.enter_context(GATE("Beat start"))
        proc = self.services.start("beat", list(td["command"]), env=env, cwd=self.app_dir)
        database = "DatabaseScheduler" in " ".join(td["command"])
        try:
            # Ready when the schedule is loaded: the database scheduler says so once it has read it.
            marker = "DatabaseScheduler: Schedule changed" if database else "beat: Starting"
            self.services.wait_ready("beat", proc, lambda: marker in self.services.logtail("beat", 200), 30)
            starting.close()
            names = set()
            if database:
                deadline = time.time() + 10
                while time.time() < deadline and "publish-queue-backlog" not in names:
                    rows = self.pg_query("SELECT name FROM django_celery_beat_periodictask", user=self.app_user,
                                         password=self.app_password)
                    names = {r[0] for r in rows}
                    if "publish-queue-backlog" not in names:
                        time.sleep(0.3)
            alive = proc.poll() is None
            text = self.services.logtail("beat", 200)
            check("6 Beat starts with its exported command line and loads its schedule",
                  alive and "Traceback" not in text and "ERROR" not in text, text[-1500:])
            if database:
                check("6 Beat's database schedule holds the queue backlog publisher", "publish-queue-backlog" in names,
                      str(sorted(names)))
        finally:
            starting.close()
            self.services.stop(proc)

    def check_shadowed_route(self):
        """7: a design whose review fails still exports, loudly; and the rule is real."""
        err = self.shadowed_stderr
        check("7 a design with a shadowed route still exports", os.path.exists(os.path.join(self.export, "config", "celery.py")))
        check("7 the export says loudly that the review FAILS, naming the shadowed route",
              "WARNING" in err and "FAILS" in err and "cleanup_" in err, err[:1500])
        self.tls = {"ca": ""}
        self.redis_token = self.app_user = self.app_password = ""
        conf = self.celery_conf()
        got = conf["routes"].get("myapp.tasks.cleanup_rehearsal")
        check("7 the rule is real: Celery sends cleanup_* to the earlier pattern's queue, not 'scheduled'",
              got == "default", f"Celery routes myapp.tasks.cleanup_rehearsal to {got}")

    # -- the whole run ----------------------------------------------------------------------------
    def run(self):
        self.secret_values = {}
        self.export_design()
        if self.args.variant == "shadowed-route":
            self.build_project()
            self.pg_port = self.pgb_port = self.redis_port = 0
            self.check_shadowed_route()
            return
        self.tls = make_certificates(self.work)
        self.build_project()
        if not self.db:
            raise Failed("the rehearsal needs a design with an RDS PostgreSQL database")
        self.start_postgres()
        self.create_roles()
        if self.pgb:
            self.start_pgbouncer()
        if self.redis:
            self.start_redis()
        else:
            self.redis_tls = False
            self.redis_token = ""
        self.check_deploy()
        self.release()
        self.start_web()
        self.check_web()
        if self.pgb:
            self.check_pools()
        else:
            not_applicable("3 pgBouncer: pool sizes (SHOW CONFIG), auth_query, transaction pooling",
                           "the design has no pgBouncer: the app connects to PostgreSQL directly")
        self.check_database_tls()
        if self.redis:
            self.check_redis_urls()
        self.redis_broker = bool(self.redis) and "broker" in self.redis["params"]["roles"] and not self.sqs
        mechanics = ("6 Celery through the broker: queue delivery, workers consuming their queues, SIGKILL redelivery, "
                     "SIGTERM warm shutdown, the backlog publisher, Beat")
        if not (self.routes or self.workers or self.beat):
            not_applicable(mechanics, "the design has no Celery (no worker, Beat or route)")
        else:
            self.check_celery_settings()
            if self.sqs:
                not_applicable(mechanics, "the broker is SQS, which exists only in AWS (its backlog metric comes from SQS "
                               "itself, not from the publisher); routing, time limits and settings are rehearsed above")
            elif not self.redis_broker:
                not_applicable(mechanics, "the design has no Redis broker")
            else:
                if self.workers:
                    self.check_celery_broker()
                else:
                    not_applicable("6 workers consuming their queues, SIGKILL, SIGTERM, backlog publisher",
                                   "the design has no worker group")
                if self.beat:
                    self.check_beat()
                else:
                    not_applicable("6 Beat", "the design has no Beat service")
        self.check_rotation()


def drop_privileges(args):
    """PostgreSQL and pgBouncer refuse to run as root: run the whole rehearsal as nobody. What it
    reads (this script and the fixture, the CLI, the design, the Python packages) is copied first
    into a folder nobody owns, since the checkout may sit where nobody cannot read."""
    if os.geteuid() != 0:
        return
    import pwd

    def others_can_read(path):
        path = os.path.abspath(path)
        if not os.stat(path).st_mode & 0o004:
            return False
        parent = os.path.dirname(path)
        while True:
            if not os.stat(parent).st_mode & 0o001:
                return False
            if parent == "/":
                return True
            parent = os.path.dirname(parent)

    inputs = [HERE, os.path.join(HERE, "fixture"), args.cli, args.design,
              *(os.path.join(args.pydeps, f"django-{v}") for v in DJANGO_VERSIONS), os.path.join(args.pydeps, "common")]
    if all(os.path.exists(p) and others_can_read(p) for p in inputs):
        os.execv("/usr/bin/setpriv", ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", PYTHON, *sys.argv])
    nobody = pwd.getpwnam("nobody")
    stage = tempfile.mkdtemp(prefix="infra-rehearsal-stage-")
    shutil.copytree(HERE, os.path.join(stage, "rehearsal"), ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(args.cli, os.path.join(stage, "infra-studio-cli"))
    shutil.copy(args.design, os.path.join(stage, "design.infra.yaml"))
    for d in (*(f"django-{v}" for v in DJANGO_VERSIONS), "common"):
        src = os.path.join(args.pydeps, d)
        if not os.path.isdir(src):
            sys.exit(f"rehearsal: {src} is missing: scripts/setup unpacks Django and its companions there")
        shutil.copytree(src, os.path.join(stage, "python", d), symlinks=True)
    for dirpath, dirnames, filenames in os.walk(stage):
        for name in [dirpath, *(os.path.join(dirpath, n) for n in dirnames + filenames)]:
            os.lchown(name, nobody.pw_uid, nobody.pw_gid)
    argv = [PYTHON, os.path.join(stage, "rehearsal", "rehearse.py"), "--cli", os.path.join(stage, "infra-studio-cli"),
            "--design", os.path.join(stage, "design.infra.yaml"), "--variant", args.variant,
            "--pydeps", os.path.join(stage, "python"), "--stage", stage]
    argv += [f for f, on in (("--clean-review", args.clean_review), ("--keep", args.keep)) if on]
    os.execv("/usr/bin/setpriv", ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *argv])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--design", required=True)
    parser.add_argument("--variant", default="")
    parser.add_argument("--pydeps", default=os.path.join(ROOT, "build", "deps", "python"))
    parser.add_argument("--clean-review", action="store_true", help="fail unless the design's review passes")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--stage", help=argparse.SUPPRESS)  # the copies drop_privileges made
    args = parser.parse_args()
    args.cli = os.path.abspath(args.cli)
    args.design = os.path.abspath(args.design)
    args.pydeps = os.path.abspath(args.pydeps)
    drop_privileges(args)
    if args.stage:
        atexit.register(shutil.rmtree, args.stage, True)

    started = time.time()
    work = tempfile.mkdtemp(prefix="infra-rehearsal-")
    os.environ["HOME"] = work  # libpq and friends look there; never the caller's home
    rehearsal = Rehearsal(args, work)
    atexit.register(rehearsal.services.stop_all)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: sys.exit(3))
    error = None
    try:
        rehearsal.run()
    except Failed as e:
        error = str(e)
    except Exception as e:  # noqa: BLE001 - report, then fail
        import traceback

        error = f"{type(e).__name__}: {e}\n{traceback.format_exc()}"
    finally:
        rehearsal.services.stop_all()
    failed = [r for r in RESULTS if not r[1]]
    if error:
        log(f"STOPPED: {error}")
    if failed or error:
        log(f"work folder kept for inspection: {work}")
        for name, _, path in rehearsal.services.procs:
            log(f"  log of {name}: {path}")
    elif not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    passed = len(RESULTS) - len(failed)
    print(f"rehearsal: {passed} passed, {len(failed) + (1 if error else 0)} failed, {len(NOT_APPLICABLE)} not applicable "
          f"to this design in {time.time() - started:.1f} s")
    return 0 if not failed and not error else 1


if __name__ == "__main__":
    sys.exit(main())
