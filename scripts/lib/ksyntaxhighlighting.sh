# shellcheck shell=bash
# KSyntaxHighlighting for Qt 6. Debian 12 ships it for Qt 5 only, so unless apt offers the KF6
# package we build the next Debian release's source (5.116, which builds against Qt 6 with
# -DQT_MAJOR_VERSION=6) into a cached prefix under build/deps. A built prefix is reused as is.
#
# The source comes from a deb-src entry for the next release, derived from the archive URI this
# system already uses (no host is written down anywhere) and kept in a file of its own. It is
# deb-src only, so no binary package can ever be installed from the newer release.

INFRA_KSH_SOURCE_PACKAGE="ksyntax-highlighting"
INFRA_KSH_VERSION="5.116.0"
INFRA_KSH_SUITE="trixie"
INFRA_KSH_APT_SOURCE="/etc/apt/sources.list.d/infra-studio-${INFRA_KSH_SUITE}-src.sources"
# Bump when the build recipe below changes, so cached prefixes are rebuilt.
INFRA_KSH_RECIPE=1
INFRA_KSH_STAMP="${INFRA_KSH_PREFIX}/.infra-ksh-built"

infra_ksh_stamp_text() { printf '%s %s recipe=%s\n' "${INFRA_KSH_SOURCE_PACKAGE}" "${INFRA_KSH_VERSION}" "${INFRA_KSH_RECIPE}"; }

infra_ksh_prefix_ready() {
    [[ -f "${INFRA_KSH_STAMP}" && "$(cat "${INFRA_KSH_STAMP}")" == "$(infra_ksh_stamp_text)" ]] &&
        [[ -n "$(find "${INFRA_KSH_PREFIX}" -name 'libKF5SyntaxHighlighting.so.5' -print -quit 2>/dev/null)" ]]
}

# Prints "URI KEYRING" for the Debian archive this system installs its own release from:
# the entry whose suite is exactly the release codename (so not -updates or -security).
infra_debian_archive() {
    local codename
    codename="$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")"
    [[ -n "${codename}" ]] || infra_die "cannot tell the Debian release from /etc/os-release"
    local -a files=()
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [[ -f "${f}" && "${f}" != "${INFRA_KSH_APT_SOURCE}" ]] && files+=("${f}")
    done
    ((${#files[@]})) || infra_die "no apt sources found under /etc/apt"
    local found
    found="$(
        for f in "${files[@]}"; do
            if [[ "${f}" == *.sources ]]; then
                # deb822: stanzas separated by blank lines.
                awk -v codename="${codename}" '
                    function flush() {
                        if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " codename " ") && uris != "" && enabled != "no") {
                            split(uris, u, " "); print u[1], (signed == "" ? "-" : signed)
                        }
                        types = uris = suites = signed = enabled = ""
                    }
                    /^[ \t]*#/ { next }
                    /^[ \t]*$/ { flush(); next }
                    {
                        key = tolower($1); sub(/:$/, "", key); val = $0; sub(/^[^:]*:[ \t]*/, "", val)
                        if (key == "types") types = val
                        else if (key == "uris") uris = val
                        else if (key == "suites") suites = val
                        else if (key == "signed-by") signed = val
                        else if (key == "enabled") enabled = tolower(val)
                    }
                    END { flush() }' "${f}"
            else
                # One-line format: deb [options] URI suite components...
                awk -v codename="${codename}" '
                    /^[ \t]*deb[ \t]/ {
                        line = $0; signed = "-"
                        if (match(line, /\[[^]]*\]/)) {
                            start = RSTART; len = RLENGTH
                            opts = substr(line, start + 1, len - 2)
                            line = substr(line, 1, start - 1) substr(line, start + len)
                            if (match(opts, /signed-by=[^ ]+/)) signed = substr(opts, RSTART + 10, RLENGTH - 10)
                        }
                        n = split(line, w, /[ \t]+/)
                        if (n >= 3 && w[3] == codename) print w[2], signed
                    }' "${f}"
            fi
        done | head -n 1
    )"
    [[ -n "${found}" ]] || infra_die "no apt source for the Debian '${codename}' archive found under /etc/apt"
    printf '%s\n' "${found}"
}

infra_ksh_write_apt_source() {
    local uri keyring
    read -r uri keyring <<<"$(infra_debian_archive)"
    if [[ "${keyring}" != /* ]]; then # none given, or an inline key block
        keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    fi
    local content
    content="$(
        cat <<SRC
# Written by Infra Studio's scripts/setup: the source of ${INFRA_KSH_SOURCE_PACKAGE} for Qt 6.
# Source packages only (deb-src): nothing is ever installed from ${INFRA_KSH_SUITE} through this file.
# Same archive as this system's own entry. Safe to delete; scripts/setup writes it again if needed.
Types: deb-src
URIs: ${uri}
Suites: ${INFRA_KSH_SUITE}
Components: main
Signed-By: ${keyring}
SRC
    )"
    if [[ ! -f "${INFRA_KSH_APT_SOURCE}" || "$(cat "${INFRA_KSH_APT_SOURCE}")" != "${content}" ]]; then
        infra_log "adding deb-src entry for ${INFRA_KSH_SUITE}: ${INFRA_KSH_APT_SOURCE}"
        printf '%s\n' "${content}" | infra_as_root tee "${INFRA_KSH_APT_SOURCE}" >/dev/null
        return 0
    fi
    return 1
}

# Downloads the upstream tarball of the source package into build/deps/src (kept there).
infra_ksh_fetch() {
    local srcdir="${INFRA_DEPS_DIR}/src"
    mkdir -p "${srcdir}"
    local tarball
    tarball="$(compgen -G "${srcdir}/${INFRA_KSH_SOURCE_PACKAGE}_${INFRA_KSH_VERSION}.orig.tar.*" | head -n 1 || true)"
    if [[ -n "${tarball}" ]]; then
        printf '%s\n' "${tarball}"
        return 0
    fi
    local changed=0
    infra_ksh_write_apt_source && changed=1
    if ((changed)) || ! apt-cache showsrc "${INFRA_KSH_SOURCE_PACKAGE}" 2>/dev/null |
        grep -q "^Version: ${INFRA_KSH_VERSION}"; then
        infra_log "updating the apt index of ${INFRA_KSH_APT_SOURCE} only"
        infra_apt_get update -o Dir::Etc::sourcelist="${INFRA_KSH_APT_SOURCE}" \
            -o Dir::Etc::sourceparts=- -o APT::Get::List-Cleanup=0 >&2
    fi
    infra_log "downloading ${INFRA_KSH_SOURCE_PACKAGE}/${INFRA_KSH_SUITE} source"
    (cd "${srcdir}" && infra_apt_get -o APT::Sandbox::User=root source --download-only --tar-only \
        "${INFRA_KSH_SOURCE_PACKAGE}/${INFRA_KSH_SUITE}" >&2)
    tarball="$(compgen -G "${srcdir}/${INFRA_KSH_SOURCE_PACKAGE}_${INFRA_KSH_VERSION}.orig.tar.*" | head -n 1 || true)"
    [[ -n "${tarball}" ]] || infra_die "apt-get source gave no ${INFRA_KSH_SOURCE_PACKAGE} ${INFRA_KSH_VERSION} tarball in ${srcdir}"
    printf '%s\n' "${tarball}"
}

# Replaces PATTERN by REPLACEMENT in FILE (sed -E) and fails loudly if nothing matched, so an
# upstream change cannot silently skip a patch.
infra_ksh_patch() {
    local file="$1" pattern="$2" replacement="$3"
    grep -Eq "${pattern}" "${file}" || infra_die "patching ${file}: '${pattern}' not found"
    sed -E -i "s|${pattern}|${replacement}|" "${file}"
}

infra_ksh_build() {
    local tarball="$1"
    local src="${INFRA_DEPS_DIR}/ksh-src" bld="${INFRA_DEPS_DIR}/ksh-build" stage="${INFRA_KSH_PREFIX}.new"
    rm -rf "${src}" "${bld}" "${stage}"
    mkdir -p "${src}"
    tar -xf "${tarball}" -C "${src}" --strip-components=1

    # Debian 12 has ECM 5.103; 5.116 only asks for its own version, it needs nothing newer.
    infra_ksh_patch "${src}/CMakeLists.txt" 'find_package\(ECM [0-9.]+ ' 'find_package(ECM 5.103.0 '
    # The example editor is not needed and is the slowest part to build.
    infra_ksh_patch "${src}/CMakeLists.txt" '^( *)add_subdirectory\(examples\)' '\1# examples skipped by Infra Studio'

    infra_log "building KSyntaxHighlighting ${INFRA_KSH_VERSION} for Qt 6 (takes a minute or two)"
    local log="${INFRA_DEPS_DIR}/ksh-build.log"
    if ! {
        cmake -S "${src}" -B "${bld}" -G Ninja \
            -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_INSTALL_PREFIX="${stage}" \
            -DQT_MAJOR_VERSION=6 \
            -DBUILD_TESTING=OFF \
            -DBUILD_QCH=OFF &&
            cmake --build "${bld}" -j "${INFRA_JOBS}" &&
            cmake --install "${bld}"
    } >"${log}" 2>&1; then
        tail -n 40 "${log}" >&2
        infra_die "KSyntaxHighlighting build failed; full log: ${log}"
    fi

    # The Qt 6 build still names its CMake package KF5SyntaxHighlighting; make sure it is Qt 6.
    grep -rqs --include='KF5SyntaxHighlightingTargets.cmake' 'Qt6::' "${stage}" ||
        infra_die "the KSyntaxHighlighting just built does not link Qt 6 (see ${log})"

    infra_ksh_stamp_text >"${stage}/.infra-ksh-built"
    rm -rf "${INFRA_KSH_PREFIX}"
    mv "${stage}" "${INFRA_KSH_PREFIX}"
    rm -rf "${src}" "${bld}"
    infra_log "KSyntaxHighlighting installed in ${INFRA_KSH_PREFIX}"
}

# Makes KSyntaxHighlighting for Qt 6 available: the distribution's KF6 package, or the cached
# prefix (built on first use). Prints nothing on the fast path but one line.
infra_ksh_ensure() {
    if infra_pkg_installed libkf6syntaxhighlighting-dev; then
        infra_log "KSyntaxHighlighting: distribution KF6 package present"
        return 0
    fi
    if infra_ksh_prefix_ready; then
        infra_log "KSyntaxHighlighting: cached Qt 6 build in ${INFRA_KSH_PREFIX}"
        return 0
    fi
    if infra_pkg_available libkf6syntaxhighlighting-dev; then
        infra_log "KSyntaxHighlighting: installing the distribution KF6 package"
        infra_apt_get install --no-install-recommends libkf6syntaxhighlighting-dev
        return 0
    fi

    # Several scripts may run at once (other build dirs, CI): one builds, the others wait.
    mkdir -p "${INFRA_DEPS_DIR}"
    local lock_fd
    exec {lock_fd}>"${INFRA_DEPS_DIR}/.ksh.lock"
    flock "${lock_fd}"
    if ! infra_ksh_prefix_ready; then
        local tarball
        tarball="$(infra_ksh_fetch)"
        infra_ksh_build "${tarball}"
    fi
    flock -u "${lock_fd}"
    exec {lock_fd}>&-
}
