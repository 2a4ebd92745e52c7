#!/usr/bin/env bash
# Every example design in the documentation works (issue 20): each complete design embedded
# in README.md, docs/*.md and the man pages (a ```yaml block, or a man page's .EX block, that
# starts with "version: 1" and has no "..." placeholders) passes `check` without a missing
# price and is costed by `cost --format json` with exit 0 and no errors.
#
#   docexamples.sh CLI SOURCE_DIR WORK_DIR
set -u
CLI=$1 SOURCE=$2 WORK=$3
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
rm -rf "$WORK" && mkdir -p "$WORK"

n=0
for doc in "$SOURCE"/README.md "$SOURCE"/docs/*.md "$SOURCE"/packaging/man/*.1; do
    awk -v dir="$WORK" -v base="$(basename "$doc")" '
        /^```yaml/ || /^\.EX/ { inside = 1; k++; file = sprintf("%s/%s-%d.infra.yaml", dir, base, k); next }
        /^```/ || /^\.EE/ { inside = 0; next }
        inside { print > file }
    ' "$doc"
done
for f in "$WORK"/*.infra.yaml; do
    [[ -e $f ]] || continue
    if ! head -1 "$f" | grep -q '^version: 1' || grep -q '\.\.\.' "$f"; then
        rm -f "$f" # a fragment or a skeleton, not a design
        continue
    fi
    n=$((n + 1))
    name=$(basename "$f")
    out=$("$CLI" check --no-review "$f" 2>&1)
    rc=$?
    [[ $rc -eq 0 ]] || fail "$name: check exited $rc: $out"
    [[ $out != *cost-price-missing* ]] || fail "$name: check reports a missing price: $out"
    json=$("$CLI" cost --format json "$f" 2>"$WORK/err")
    rc=$?
    [[ $rc -eq 0 ]] || fail "$name: cost exited $rc: $(cat "$WORK/err")"
    [[ $json == *'"errors":[]'* ]] || fail "$name: cost JSON has errors: $json"
    echo "ok:   $name: check and cost"
done
[[ $n -gt 0 ]] || fail "no example design found in the documentation"

# A price missing from the catalog is a finding of check, never a silent $0 (the Shop example
# as it was, with db.m7g.large, which has no eu-west-1 price).
shop=$(ls "$WORK"/design-format.md-*.infra.yaml | head -1)
sed 's/instance_class: db.m6g.large/instance_class: db.m7g.large/' "$shop" >"$WORK/unpriced.yaml"
grep -q "db.m7g.large" "$WORK/unpriced.yaml" || fail "the Shop example has no db.m6g.large to replace"
out=$("$CLI" check --no-review "$WORK/unpriced.yaml" 2>&1)
[[ $out == *"warning: [db] The cost estimate is incomplete, the budget unchecked: db: RDS instance class 'db.m7g.large' has no price for eu-west-1"*"(cost-price-missing)"* ]] \
    || fail "check does not report the missing price: $out"
json=$("$CLI" check --format json "$WORK/unpriced.yaml" 2>&1)
[[ $json == *'"rule":"cost-price-missing"'* ]] || fail "check JSON lacks the missing price: $json"
"$CLI" cost "$WORK/unpriced.yaml" >/dev/null 2>"$WORK/err"
rc=$?
[[ $rc -eq 1 && $(cat "$WORK/err") == *"no price for eu-west-1"* ]] || fail "cost: exit $rc, stderr $(cat "$WORK/err")"

if [[ $fails -gt 0 ]]; then
    echo "$fails failure(s)"
    exit 1
fi
echo "$n example designs check and cost cleanly; a missing price is a finding"
