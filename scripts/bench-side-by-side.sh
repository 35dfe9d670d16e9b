#!/usr/bin/env bash
# Times this checker against an earlier commit on the same reports, alternating, each through its own launcher:
# the way to say "N % slower than before" on a machine whose speed drifts from hour to hour.
#
#   scripts/bench-side-by-side.sh COMMIT INPUT_FOLDER [PAIRS]
#
# COMMIT is built once in target/side-by-side/<commit> (a git worktree); INPUT_FOLDER is any folder of reports, e.g.
# target/bench/in as `./checker bench` leaves it. Both run with --format json; this checker also with
# --no-cross-checks (the checks across reports are measured by `./checker bench` itself). Prints per run the wall
# time, CPU time and peak RSS (GNU time) and the checking phase from checker.log, then the median ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
commit=${1:?commit to compare with}; input=$(realpath "${2:?input folder}"); pairs=${3:-3}
here=$(pwd); there=target/side-by-side/$(git rev-parse --short "$commit")
if [ ! -d "$there" ]; then
  git worktree add --detach "$there" "$commit" >/dev/null
fi
(cd "$there" && mvn -B -q package -DskipTests >/dev/null)
./checker --version >/dev/null   # builds this checker (and its class-data archive) outside the timing
(cd "$there" && ./checker --version >/dev/null)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() {   # side dir extra-args...
  local side=$1 dir=$2; shift 2
  rm -rf "$out/$side"
  (cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$out/time" ./checker check "$input" --out "$out/$side" --format json -q "$@" \
    >/dev/null 2>&1 || true)
  # GNU time writes "Command exited with non-zero status N" first when the check finds ERRORs (exit 1): the figures are last
  read -r wall user sys rss < <(tail -n 1 "$out/time")
  local phase; phase=$(grep -o 'checked in [0-9]* ms' "$out/$side/checker.log" | grep -o '[0-9]*' | tail -1)
  awk -v s="$side" -v w="$wall" -v u="$user" -v y="$sys" -v p="${phase:-0}" -v r="$rss" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN {printf "%-7s wall %6.1f s  cpu %6.1f s  checking %6.1f s  peak RSS %4d MB  (load %s)\n", s, w, u + y, p / 1000, r / 1024, l}' 
  echo "$side $wall" >> "$out/walls"
}
for i in $(seq 1 "$pairs"); do
  run before "$there"
  run now "$here" --no-cross-checks
done
awk '{w[$1]=w[$1] " " $2} END {print "wall times: before" w["before"] "; now" w["now"]}' "$out/walls"
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
b=$(grep '^before' "$out/walls" | cut -d' ' -f2 | tr '\n' ' ' | median)
n=$(grep '^now' "$out/walls" | cut -d' ' -f2 | tr '\n' ' ' | median)
awk -v b="$b" -v n="$n" 'BEGIN {printf "median wall: before %s s, now %s s, ratio %.3f\n", b, n, n / b}' 
