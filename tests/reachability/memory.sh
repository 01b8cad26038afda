#!/usr/bin/env bash
# memory.sh WEAKJS - memory under churn (bench/churn_weakmap.js, churn_map.js).
#
# A visit counter in a WeakMap, fed 100,000 new users per round who then
# leave, must not grow: the peak RSS of 10 rounds must be within 1.3x of
# the peak of 2 rounds.  The same counter in a Map that nobody cleans must
# grow (10 rounds > 1.5x 2 rounds), which shows the measurement can see a
# leak.  Peak RSS comes from GNU time (`/usr/bin/time -f %M`, in KB; Debian
# package `time`).  Both programs must print node's checksum.
# Prints the numbers and `N passed, N failed`; exits 1 if anything failed.
set -u
[ $# -ge 1 ] || { echo "usage: $0 WEAKJS" >&2; exit 2; }
engine=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x /usr/bin/time ] || { echo "memory.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

passed=0 failed=0
check() { # check NAME CONDITION-EXIT-STATUS
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok   $1"
    else failed=$((failed + 1)); echo "FAIL $1"; fi
}

# peak BENCH ROUNDS: prints the peak RSS in KB; checks the checksum line
peak() {
    local out="$tmp/out" kb
    if ! /usr/bin/time -o "$tmp/time" -f %M "$engine" "$root/bench/$1.js" "$2" >"$out" 2>"$tmp/err"; then
        echo "memory.sh: $engine bench/$1.js $2 failed:" >&2; head -c 1000 "$tmp/err" >&2
        echo 0; return
    fi
    kb=$(tail -n 1 "$tmp/time")
    printf '%s\n' "$(cat "$out")" >>"$tmp/checksums.$1.$2"
    echo "$kb"
}

expect2='rounds 2 checksum 28800'        # node --expose-gc bench/churn_*.js 2
expect10='rounds 10 checksum 437302064'  # node --expose-gc bench/churn_*.js 10

for bench in churn_weakmap churn_map; do
    p2=$(peak $bench 2)
    p10=$(peak $bench 10)
    ratio=$(awk -v a="$p10" -v b="$p2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    echo "$bench: peak RSS 2 rounds ${p2} KB, 10 rounds ${p10} KB, ratio ${ratio}"
    c2=$(cat "$tmp/checksums.$bench.2" 2>/dev/null) c10=$(cat "$tmp/checksums.$bench.10" 2>/dev/null)
    [ "$c2" = "$expect2" ] && [ "$c10" = "$expect10" ]
    check "$bench prints node's checksums" $?
    if [ "$bench" = churn_weakmap ]; then
        awk -v a="$p10" -v b="$p2" 'BEGIN { exit !(b > 0 && a <= 1.3 * b) }'
        check "churn_weakmap: 10-round peak within 1.3x of the 2-round peak" $?
    else
        awk -v a="$p10" -v b="$p2" 'BEGIN { exit !(b > 0 && a > 1.5 * b) }'
        check "churn_map: 10-round peak above 1.5x the 2-round peak (a Map leaks)" $?
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
