#!/bin/bash
# Builds the Debian package (and the tarball) from a build tree with CPack, unpacks it
# into a temporary root and checks what an installed Infra Studio consists of. Run by
# CTest as `packaging_deb` (tests/packaging/CMakeLists.txt); usable by hand:
#   tests/packaging/check-package.sh --cpack cpack --build-dir build/dev \
#       --source-dir . --work-dir /tmp/pkgcheck --version 0.1.0 --gui 1
set -uo pipefail

APP_ID=org.infrastudio.InfraStudio
MIME_TYPE=application/x-infra-studio-design
ICON_SIZES="16 22 24 32 48 64 128 256 512"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --cpack) CPACK=$2 ;;
        --build-dir) BUILD_DIR=$2 ;;
        --source-dir) SOURCE_DIR=$2 ;;
        --work-dir) WORK=$2 ;;
        --version) VERSION=$2 ;;
        --gui) GUI=$2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
step() { echo; echo "== $*"; }
# Runs a validator; it passes only when it exits 0 and prints nothing at all (no hints).
quiet_ok() {
    local what=$1; shift
    local out
    if out=$("$@" 2>&1) && [[ -z "$out" ]]; then pass "$what"; else fail "$what"; echo "$out" >&2; fi
}

rm -rf "$WORK"
mkdir -p "$WORK/out" "$WORK/root"
# Nothing may come from the build tree at run time.
unset LD_LIBRARY_PATH

step "cpack -G DEB -G TGZ"
if ! (cd "$BUILD_DIR" && "$CPACK" -G "DEB;TGZ" -B "$WORK/out") >"$WORK/cpack.log" 2>&1; then
    cat "$WORK/cpack.log" >&2
    echo "FAIL: cpack (is the build complete? cpack installs, it does not build)" >&2
    exit 1
fi
deb=$(ls "$WORK"/out/*.deb 2>/dev/null | head -n1)
tgz=$(ls "$WORK"/out/*.tar.gz 2>/dev/null | head -n1)
[[ -f "$deb" ]] || { echo "FAIL: no .deb produced" >&2; exit 1; }
[[ -f "$tgz" ]] && pass "tarball $(basename "$tgz")" || fail "no .tar.gz produced"

step "package metadata ($(basename "$deb"))"
field() { dpkg-deb --field "$deb" "$1"; }
[[ "$(field Package)" == infra-studio ]] && pass "Package: infra-studio" || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$VERSION" ]] && pass "Version: $VERSION" || fail "Version is '$(field Version)', project is $VERSION"
depends=$(field Depends)
echo "Depends: $depends"
[[ "$depends" == *libqt6core6* ]] && pass "Depends found by dpkg-shlibdeps" || fail "Depends lacks libqt6core6"
[[ "$depends" == *yaml-cpp* ]] && pass "Depends on yaml-cpp" || fail "Depends lacks libyaml-cpp"
if [[ "$GUI" == 1 ]]; then
    [[ "$depends" == *qml6-module-qtquick* ]] && pass "Depends on the QML modules" || fail "Depends lacks qml6-module-qtquick"
    [[ "$depends" != *SyntaxHighlighting* && "$depends" != *syntax-highlighting* ]] \
        && pass "bundled KSyntaxHighlighting is not a package dependency" || fail "Depends names KSyntaxHighlighting"
fi
outside=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '^\./usr/' | grep -v '^\./$')
[[ -z "$outside" ]] && pass "every file under /usr" || fail "files outside /usr: $outside"

dpkg-deb -x "$deb" "$WORK/root" || { echo "FAIL: dpkg-deb -x" >&2; exit 1; }
ROOT=$WORK/root/usr

step "installed files"
expect() { [[ -e "$ROOT/$1" ]] && pass "$1" || fail "missing /usr/$1"; }
expect bin/infra-studio-cli
expect share/man/man1/infra-studio-cli.1.gz
examples=("$ROOT"/share/infra-studio/examples/*.infra.yaml)
for src in "$SOURCE_DIR"/resources/examples/*.infra.yaml; do
    expect "share/infra-studio/examples/$(basename "$src")"
done
if [[ "$GUI" == 1 ]]; then
    expect bin/infra-studio
    expect share/man/man1/infra-studio.1.gz
    expect "share/applications/$APP_ID.desktop"
    expect "share/metainfo/$APP_ID.metainfo.xml"
    expect share/mime/packages/infra-studio.xml
    expect "share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        png=$ROOT/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png
        if [[ ! -f "$png" ]]; then fail "missing icon ${size}x${size}"; continue; fi
        # PNG: 8-byte signature, IHDR length and type, then width and height (big endian).
        read -r w h < <(od -An -tu4 --endian=big -j16 -N8 "$png")
        [[ "$w" == "$size" && "$h" == "$size" ]] && pass "icon ${size}x${size} is ${w}x${h}" || fail "icon ${size}x${size} is ${w}x${h}"
    done
fi

step "installed executables"
for exe in "$ROOT"/bin/*; do
    runpath=$(readelf -d "$exe" | sed -n 's/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p')
    if [[ "$runpath" == *"$BUILD_DIR"* || "$runpath" == *"$SOURCE_DIR"* || "$runpath" == */work/* ]]; then
        fail "$(basename "$exe") has a build-tree RUNPATH: $runpath"
    else
        pass "$(basename "$exe") RUNPATH '${runpath}'"
    fi
    missing=$(ldd "$exe" | grep 'not found')
    [[ -z "$missing" ]] && pass "$(basename "$exe") finds every shared library" || fail "$(basename "$exe"): $missing"
    fromtree=$(ldd "$exe" | grep -v -F "$WORK/root/" | grep -E "$BUILD_DIR|$SOURCE_DIR/build")
    [[ -z "$fromtree" ]] && pass "$(basename "$exe") loads nothing from the build tree" || fail "$(basename "$exe") loads $fromtree"
done

cli=$ROOT/bin/infra-studio-cli
out=$("$cli" --version 2>&1)
[[ "$out" == "infra-studio-cli $VERSION" ]] && pass "infra-studio-cli --version: $out" || fail "infra-studio-cli --version printed '$out'"
for example in "${examples[@]}"; do
    [[ -f "$example" ]] || continue
    if out=$("$cli" check "$example" 2>&1); then
        pass "infra-studio-cli check $(basename "$example")"
    else
        fail "infra-studio-cli check $(basename "$example"): $out"
    fi
done
# Installed elsewhere than at its build location, a design must still be checkable.
cp "${examples[0]}" "$WORK/copy.infra.yaml" 2>/dev/null && {
    (cd / && "$cli" check "$WORK/copy.infra.yaml" >/dev/null 2>&1) && pass "check from / on a copied example" \
        || fail "check from / on a copied example"
}
# The tarball is relocatable: its CLI runs from wherever it is unpacked.
if [[ -f "$tgz" ]]; then
    mkdir -p "$WORK/tgz" && tar -xzf "$tgz" -C "$WORK/tgz"
    tcli=$(find "$WORK/tgz" -path '*/bin/infra-studio-cli' | head -n1)
    [[ -x "$tcli" && "$("$tcli" --version 2>&1)" == "infra-studio-cli $VERSION" ]] \
        && pass "tarball infra-studio-cli --version" || fail "tarball infra-studio-cli does not run"
fi

step "man pages"
for page in "$ROOT"/share/man/man1/*.1.gz; do
    quiet_ok "man --warnings $(basename "$page")" sh -c 'MANWIDTH=80 man --warnings -l "$1" >/dev/null' man "$page"
done
# Every command the CLI offers is documented in its man page.
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}')
for c in $commands; do
    zcat "$ROOT/share/man/man1/infra-studio-cli.1.gz" | grep -qx "\.B $c" \
        && pass "man page documents '$c'" || fail "infra-studio-cli.1 lacks the command '$c' (add a .TP entry under COMMANDS)"
done

if [[ "$GUI" == 1 ]]; then
    # Every option of `infra-studio --help` is documented in its man page.
    gui_options=$(QT_QPA_PLATFORM=offscreen "$ROOT/bin/infra-studio" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
    [[ -n "$gui_options" ]] && pass "installed infra-studio --help runs" || fail "installed infra-studio --help printed no options"
    for o in $gui_options; do
        [[ "$o" == --help-all ]] && continue
        zcat "$ROOT/share/man/man1/infra-studio.1.gz" | sed 's/\\-/-/g' | grep -q -- "$o" \
            && pass "man page documents '$o'" || fail "infra-studio.1 lacks the option '$o' (add a .TP entry under OPTIONS)"
    done
fi

if [[ "$GUI" == 1 ]]; then
    step "desktop integration"
    desktop=$ROOT/share/applications/$APP_ID.desktop
    quiet_ok "desktop-file-validate" desktop-file-validate "$desktop"
    grep -qx "MimeType=$MIME_TYPE;" "$desktop" && pass "desktop MimeType=$MIME_TYPE;" || fail "desktop file lacks MimeType=$MIME_TYPE;"
    grep -qx "Icon=$APP_ID" "$desktop" && pass "desktop Icon=$APP_ID" || fail "desktop Icon is not $APP_ID"
    exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [[ -x "$ROOT/bin/$exec_bin" ]] && pass "desktop Exec=$exec_bin is installed" || fail "desktop Exec=$exec_bin not in /usr/bin"

    metainfo=$ROOT/share/metainfo/$APP_ID.metainfo.xml
    if out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
        pass "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate"; echo "$out" >&2
    fi
    grep -q "<release version=\"$VERSION\"" "$metainfo" && pass "metainfo has a release entry for $VERSION" \
        || fail "metainfo lacks <release version=\"$VERSION\"> (add one to packaging/$APP_ID.metainfo.xml)"
    grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" \
        && pass "metainfo launchable is the desktop file" || fail "metainfo launchable does not name $APP_ID.desktop"

    # Build a MIME database from the system's definitions plus ours and look the glob up.
    mkdir -p "$WORK/mime/packages"
    cp /usr/share/mime/packages/freedesktop.org.xml "$ROOT/share/mime/packages/infra-studio.xml" "$WORK/mime/packages/"
    if update-mime-database "$WORK/mime" >"$WORK/mime.log" 2>&1; then
        grep -q "^[0-9]*:$MIME_TYPE:\*\.infra\.yaml" "$WORK/mime/globs2" \
            && pass "shared-mime-info maps *.infra.yaml to $MIME_TYPE" || fail "*.infra.yaml not in globs2"
        grep -q "^$MIME_TYPE application/x-yaml" "$WORK/mime/subclasses" \
            && pass "$MIME_TYPE is a subclass of YAML" || fail "$MIME_TYPE is not a YAML subclass"
    else
        fail "update-mime-database"; cat "$WORK/mime.log" >&2
    fi
fi

echo
if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
