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
    local werror=OFF
    if [[ -n "${CI:-}" && "${CI}" != "false" && "${CI}" != "0" ]]; then
        werror=ON
    fi
    # Configure only when there is no build yet or an option changed; otherwise Ninja re-runs
    # CMake by itself when a CMakeLists.txt (or a globbed folder) changes.
    local stamp="${INFRA_BUILD_DIR}/.infra-configured"
    local want="preset=${INFRA_PRESET} werror=${werror}"
    if [[ ! -f "${INFRA_BUILD_DIR}/build.ninja" || ! -f "${stamp}" || "$(cat "${stamp}")" != "${want}" ||
        "${INFRA_ROOT}/CMakePresets.json" -nt "${stamp}" ]]; then
        infra_log "configuring ${INFRA_BUILD_DIR#"${INFRA_ROOT}"/} (preset ${INFRA_PRESET}, INFRA_WERROR=${werror})"
        (cd "${INFRA_ROOT}" && cmake --preset "${INFRA_PRESET}" -B "${INFRA_BUILD_DIR}" \
            -DINFRA_WERROR="${werror}" --log-level=WARNING) || infra_die "CMake configure failed"
        printf '%s\n' "${want}" >"${stamp}"
    fi
    local -a targets=()
    if (($#)); then targets=(--target "$@"); fi
    infra_log "building ${INFRA_BUILD_DIR#"${INFRA_ROOT}"/} ${*:-}"
    cmake --build "${INFRA_BUILD_DIR}" -j "${INFRA_JOBS}" "${targets[@]}" || infra_die "build failed"
}
