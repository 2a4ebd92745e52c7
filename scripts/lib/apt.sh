# shellcheck shell=bash
# Installs the Debian packages listed in apt-packages.txt that are missing. Touches apt only
# when something is missing, so a second run is a few dpkg-query calls.

# Prints the names from the package list that apply to this machine, "?NAME" for optional ones.
infra_apt_wanted() {
    local list="${INFRA_ROOT}/scripts/lib/apt-packages.txt"
    local line name opt opt_rest optional
    while IFS= read -r line || [[ -n "${line}" ]]; do
        line="${line%%#*}"
        read -r name opt_rest <<<"${line}" || true
        [[ -z "${name:-}" ]] && continue
        optional=""
        for opt in ${opt_rest:-}; do
            case "${opt}" in
            optional) optional="?" ;;
            unless-command=*)
                if command -v "${opt#unless-command=}" >/dev/null 2>&1; then
                    continue 2
                fi
                ;;
            *) infra_die "apt-packages.txt: unknown option '${opt}' for ${name}" ;;
            esac
        done
        printf '%s%s\n' "${optional}" "${name}"
    done <"${list}"
}

infra_apt_ensure() {
    local -a wanted=() required=() optional=()
    local entry name
    mapfile -t wanted < <(infra_apt_wanted)
    # One dpkg-query for the whole list keeps the second run fast.
    local -A installed=()
    while read -r name status; do
        if [[ "${status}" == "installed" ]]; then installed["${name%%:*}"]=1; fi
    done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${wanted[@]#\?}" 2>/dev/null || true)
    for entry in "${wanted[@]}"; do
        name="${entry#\?}"
        if [[ -n "${installed[${name}]:-}" ]]; then continue; fi
        if [[ "${entry}" == \?* ]]; then optional+=("${name}"); else required+=("${name}"); fi
    done

    if ((${#required[@]} == 0 && ${#optional[@]} == 0)); then
        infra_log "apt packages: all present"
        return 0
    fi
    infra_log "apt packages missing: ${required[*]} ${optional[*]}"
    infra_apt_get update
    if ((${#required[@]})); then
        infra_apt_get install --no-install-recommends "${required[@]}"
    fi
    for name in "${optional[@]}"; do
        infra_apt_get install --no-install-recommends "${name}" ||
            infra_warn "optional package ${name} could not be installed; carrying on"
    done
}
