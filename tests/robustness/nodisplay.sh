#!/usr/bin/env bash
# The CLI never needs a display (issue 20): with DISPLAY and WAYLAND_DISPLAY naming servers
# that are not there, as on many CI runners, render and export draw the diagram offscreen and
# exit 0; and no command prints Qt's "XDG_RUNTIME_DIR not set" warning.
#
#   nodisplay.sh CLI SOURCE_DIR WORK_DIR
set -u
CLI=$1 SOURCE=$2 WORK=$3
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
rm -rf "$WORK" && mkdir -p "$WORK"
ref=$SOURCE/resources/examples/django-reference.infra.yaml

check() { # check WHAT EXPECTED_EXIT COMMAND...
    local what=$1 expected=$2
    shift 2
    "$@" >"$WORK/out" 2>"$WORK/err"
    local rc=$?
    if [[ $rc -ne $expected ]]; then
        fail "$what: exit $rc, expected $expected: $(cat "$WORK/err")"
    elif [[ -s $WORK/err ]]; then
        fail "$what: unexpected output on stderr: $(cat "$WORK/err")"
    else
        echo "ok:   $what"
    fi
}

nodisplay=(env -u QT_QPA_PLATFORM -u XDG_RUNTIME_DIR DISPLAY=:99 WAYLAND_DISPLAY=wayland-99)
check "render svg, DISPLAY=:99" 0 "${nodisplay[@]}" "$CLI" render "$ref" --out "$WORK/d.svg"
check "render png, DISPLAY=:99" 0 "${nodisplay[@]}" "$CLI" render "$ref" --out "$WORK/d.png"
check "export, DISPLAY=:99" 0 "${nodisplay[@]}" "$CLI" export "$ref" --out "$WORK/export" -q
for f in docs/architecture/diagram.svg docs/architecture/diagram.png terraform/versions.tf; do
    [[ -s $WORK/export/$f ]] || fail "export with DISPLAY=:99 wrote no $f"
done
# The same bytes as a run with no display variables at all.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$CLI" render "$ref" --out "$WORK/plain.svg" >/dev/null 2>&1
cmp -s "$WORK/d.svg" "$WORK/plain.svg" || fail "the SVG drawn with DISPLAY=:99 differs from the one drawn without"

# No XDG_RUNTIME_DIR warning (or any other) on stderr in normal runs.
for cmd in "check $ref" "pools $ref" "cost $ref" "format $ref" "schema --format markdown"; do
    # shellcheck disable=SC2086
    check "$cmd without XDG_RUNTIME_DIR" 0 env -u XDG_RUNTIME_DIR "$CLI" $cmd
done

if [[ $fails -gt 0 ]]; then
    echo "$fails failure(s)"
    exit 1
fi
echo "the CLI needs no display"
