# shellcheck shell=bash
# Configures and builds a build directory from a CMake preset, incrementally.
#
#   INFRA_PRESET     preset name (default dev: Debug in build/dev)
#   INFRA_BUILD_DIR  another build directory for the same preset (e.g. build/mine; a relative
#                    path is taken from the top of the repository)
#   CI               when set (CI sets CI=true), warnings are errors (INFRA_WERROR=ON)

INFRA_PRESET="${INFRA_PRESET:-dev}"
INFRA_BUILD_DIR="${INFRA_BUILD_DIR:-${INFRA_ROOT}/build/${INFRA_PRESET}}"
case "${INFRA_BUILD_DIR}" in
/*) ;;
*) INFRA_BUILD_DIR="${INFRA_ROOT}/${INFRA_BUILD_DIR}" ;;
esac
export INFRA_PRESET INFRA_BUILD_DIR

# infra_build [TARGET...]: configure if needed, then build the targets (default: everything).
infra_build() {
    # CI turns warnings into errors. Elsewhere the build dir keeps what it has (OFF when new),
    # so running scripts/studio after .ci/run does not flip the flags and rebuild everything.
    local -a werror=()
    local want="preset=${INFRA_PRESET}"
    if [[ -n "${CI:-}" && "${CI}" != "false" && "${CI}" != "0" ]]; then
        werror=(-DINFRA_WERROR=ON)
        want+=" werror=ON"
    fi
    # Configure only when there is no build yet, the preset changed or CI mode was turned on;
    # otherwise Ninja re-runs CMake by itself when a CMakeLists.txt (or a globbed folder) changes.
    local stamp="${INFRA_BUILD_DIR}/.infra-configured"
    if [[ ! -f "${INFRA_BUILD_DIR}/build.ninja" || ! -f "${stamp}" || "${INFRA_ROOT}/CMakePresets.json" -nt "${stamp}" ]] ||
        [[ "$(cat "${stamp}")" != "${want}"* ]]; then
        infra_log "configuring ${INFRA_BUILD_DIR#"${INFRA_ROOT}"/} (preset ${INFRA_PRESET}${werror:+, INFRA_WERROR=ON})"
        (cd "${INFRA_ROOT}" && cmake --preset "${INFRA_PRESET}" -B "${INFRA_BUILD_DIR}" "${werror[@]}" \
            --log-level=WARNING) || infra_die "CMake configure failed"
        printf '%s\n' "${want}" >"${stamp}"
    fi
    local -a targets=()
    if (($#)); then targets=(--target "$@"); fi
    infra_log "building ${INFRA_BUILD_DIR#"${INFRA_ROOT}"/} ${*:-}"
    cmake --build "${INFRA_BUILD_DIR}" -j "${INFRA_JOBS}" "${targets[@]}" || infra_die "build failed"
}
