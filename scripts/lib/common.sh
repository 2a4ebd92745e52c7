# shellcheck shell=bash
# Shared helpers for scripts/setup, scripts/test and scripts/studio: where the project is,
# how we log, and how we run privileged commands. Sourced, never executed.

set -euo pipefail

INFRA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
INFRA_DEPS_DIR="${INFRA_ROOT}/build/deps"
INFRA_KSH_PREFIX="${INFRA_DEPS_DIR}/ksh-qt6"
export INFRA_ROOT INFRA_DEPS_DIR INFRA_KSH_PREFIX

# Two cores are shared with other work; never ask for more than this.
INFRA_JOBS="${INFRA_JOBS:-2}"

infra_log() { printf '==> %s\n' "$*" >&2; }
infra_warn() { printf 'warning: %s\n' "$*" >&2; }
infra_die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Runs a command as root: directly when we are root, through sudo otherwise.
infra_as_root() {
    if [[ ${EUID} -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        infra_die "need root to run: $* (run this script as root)"
    fi
}

# apt-get with the options every call of ours wants: no prompts, wait for a lock held by
# another apt run instead of failing.
infra_apt_get() {
    infra_as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -y \
        -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 -o Acquire::Retries=3 "$@"
}

# True when the Debian package is installed (not merely known or half-configured).
infra_pkg_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == "installed" ]]
}

# True when apt has a candidate version of the package in its lists.
infra_pkg_available() {
    local candidate
    candidate="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2; exit }')"
    [[ -n "${candidate}" && "${candidate}" != "(none)" ]]
}
