# shellcheck shell=bash
# Django and its pure-Python companions for the production rehearsal (tests/rehearsal).
# Debian 12 packages Django 3.2 only, so the rehearsal's Django 4.2 comes from the next Debian
# release (trixie) and Django 5.2 from the development release (sid): their python3-* packages
# are architecture-independent, so they are downloaded as .deb and unpacked under
# build/deps/python, never installed. Everything else the rehearsal runs (PostgreSQL,
# pgBouncer, Redis, Gunicorn, Uvicorn, Celery, kombu, redis-py, psycopg2) is a Debian 12 package
# in apt-packages.txt.
#
# The apt entries are derived from the archive URI this system already uses (no host is written
# down anywhere, see infra_debian_archive in ksyntaxhighlighting.sh) and kept, with their own
# package lists, under build/deps/python/apt: the system's apt never sees them, so nothing can
# ever be installed from those releases by accident. A second run only compares a stamp.
#
# Layout (PYTHONPATH for Django X.Y: build/deps/python/django-X.Y:build/deps/python/common):
#   django-4.2/  python3-django from trixie
#   django-5.2/  python3-django from sid
#   common/      asgiref, sqlparse, django-redis, django-storages, django-celery-beat and its
#                helpers, from trixie (they support both Django versions)

INFRA_PY_DIR="${INFRA_DEPS_DIR}/python"
# Bump when the lists below change, so the unpacked trees are made again.
INFRA_PY_RECIPE=1
INFRA_PY_COMMON=(python3-asgiref python3-sqlparse python3-django-redis python3-django-storages
    python3-django-celery-beat python3-django-timezone-field python3-crontab python3-cron-descriptor)
# "DIRECTORY SUITE PACKAGE VERSION-PREFIX": the Django series and where each comes from.
INFRA_PY_DJANGO=("django-4.2 trixie python3-django 3:4.2." "django-5.2 sid python3-django 3:5.2.")

infra_py_stamp_text() { printf 'recipe=%s common=%s django=%s\n' "${INFRA_PY_RECIPE}" "${INFRA_PY_COMMON[*]}" "${INFRA_PY_DJANGO[*]}"; }

infra_py_ready() {
    [[ -f "${INFRA_PY_DIR}/.infra-py-ready" && "$(cat "${INFRA_PY_DIR}/.infra-py-ready")" == "$(infra_py_stamp_text)" ]]
}

# apt-get / apt-cache on the private lists of one suite.
infra_py_apt_options() {
    local suite="$1" apt="${INFRA_PY_DIR}/apt"
    printf '%s\n' -o "Dir::Etc::sourcelist=${apt}/${suite}.sources" -o Dir::Etc::sourceparts=- \
        -o "Dir::State::Lists=${apt}/lists-${suite}" -o "Dir::Cache=${apt}/cache" \
        -o "Dir::State::status=${apt}/status" -o "APT::Architectures::=$(dpkg --print-architecture)" \
        -o APT::Sandbox::User=root -o Acquire::Retries=3 -q
}

infra_py_write_source() {
    local suite="$1" uri keyring apt="${INFRA_PY_DIR}/apt"
    read -r uri keyring <<<"$(infra_debian_archive)"
    if [[ "${keyring}" != /* ]]; then keyring=/usr/share/keyrings/debian-archive-keyring.gpg; fi
    mkdir -p "${apt}/lists-${suite}/partial" "${apt}/cache/archives/partial"
    touch "${apt}/status"
    # The architecture's own index: it lists the architecture-independent packages too.
    cat >"${apt}/${suite}.sources" <<SRC
# Written by Infra Studio's scripts/lib/rehearsalpython.sh for the rehearsal's Python packages.
# Read only by that script's own apt calls (private lists); never by the system's apt.
Types: deb
URIs: ${uri}
Suites: ${suite}
Components: main
Signed-By: ${keyring}
SRC
}

# Downloads PACKAGE from SUITE (the version must start with PREFIX when given) and unpacks its
# Python modules into DEST.
infra_py_unpack() {
    local suite="$1" package="$2" prefix="$3" dest="$4"
    local -a opts
    mapfile -t opts < <(infra_py_apt_options "${suite}")
    local version
    version="$(apt-cache "${opts[@]}" madison "${package}" | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' |
        while read -r v; do if [[ "${v}" == "${prefix}"* ]]; then printf '%s\n' "${v}"; fi; done | head -n 1)"
    [[ -n "${version}" ]] || infra_die "${suite} offers no ${package} ${prefix}* (the rehearsal needs it)"
    local arch
    arch="$(apt-cache "${opts[@]}" show "${package}=${version}" | awk '/^Architecture:/ { print $2; exit }')"
    [[ "${arch}" == "all" ]] || infra_die "${package} ${version} from ${suite} is not architecture-independent (${arch})"
    local work="${INFRA_PY_DIR}/download"
    mkdir -p "${work}"
    (cd "${work}" && apt-get "${opts[@]}" download "${package}=${version}" >&2) ||
        infra_die "could not download ${package} ${version} from ${suite}"
    local deb
    deb="$(compgen -G "${work}/${package}_*.deb" | head -n 1)"
    local unpack="${work}/unpack-${package}"
    rm -rf "${unpack}"
    dpkg-deb -x "${deb}" "${unpack}"
    mkdir -p "${dest}"
    cp -a "${unpack}/usr/lib/python3/dist-packages/." "${dest}/"
    printf '%s %s %s\n' "${package}" "${version}" "${suite}" >>"${dest}/.packages"
    rm -rf "${unpack}" "${deb}"
}

infra_py_build() {
    local stage="${INFRA_PY_DIR}/stage"
    rm -rf "${stage}" "${INFRA_PY_DIR}/download"
    mkdir -p "${stage}"
    local -a suites=(trixie)
    local entry dir suite package prefix
    for entry in "${INFRA_PY_DJANGO[@]}"; do
        read -r dir suite package prefix <<<"${entry}"
        [[ " ${suites[*]} " == *" ${suite} "* ]] || suites+=("${suite}")
    done
    for suite in "${suites[@]}"; do
        infra_py_write_source "${suite}"
        local -a opts
        mapfile -t opts < <(infra_py_apt_options "${suite}")
        infra_log "rehearsal Python packages: reading the ${suite} package list (private apt lists)"
        apt-get "${opts[@]}" update >&2 || infra_die "apt-get update of ${suite} failed"
    done
    for package in "${INFRA_PY_COMMON[@]}"; do
        infra_py_unpack trixie "${package}" "" "${stage}/common"
    done
    for entry in "${INFRA_PY_DJANGO[@]}"; do
        read -r dir suite package prefix <<<"${entry}"
        infra_py_unpack "${suite}" "${package}" "${prefix}" "${stage}/${dir}"
    done
    local d
    for d in "${stage}"/*; do
        rm -rf "${INFRA_PY_DIR:?}/$(basename "${d}")"
        mv "${d}" "${INFRA_PY_DIR}/"
    done
    rm -rf "${stage}" "${INFRA_PY_DIR}/download"
    infra_py_stamp_text >"${INFRA_PY_DIR}/.infra-py-ready"
    infra_log "rehearsal Python packages unpacked in ${INFRA_PY_DIR}: $(cat "${INFRA_PY_DIR}"/*/.packages | awk '{ printf "%s %s; ", $1, $2 }')"
}

# Makes the rehearsal's Python packages available; one line on the fast path.
infra_py_ensure() {
    if infra_py_ready; then
        infra_log "rehearsal Python packages: present in ${INFRA_PY_DIR}"
        return 0
    fi
    mkdir -p "${INFRA_PY_DIR}"
    local lock_fd
    exec {lock_fd}>"${INFRA_PY_DIR}/.lock"
    flock "${lock_fd}"
    if ! infra_py_ready; then
        infra_py_build
    fi
    flock -u "${lock_fd}"
    exec {lock_fd}>&-
}
