#!/usr/bin/env bash
# Read, normalise and parse only (no rules, no outputs), this checker against an earlier commit, alternating: the
# cost of the reading stages alone, in one thread (CPU time of the thread, the last three of eight rounds).
#
#   scripts/stage-side-by-side.sh COMMIT INPUT_FOLDER [FILES] [PAIRS]
#
# The earlier commit is built as bench-side-by-side.sh builds it (target/side-by-side/<commit>).
set -euo pipefail
cd "$(dirname "$0")/.."
commit=${1:?commit to compare with}; input=$(realpath "${2:?input folder}"); files=${3:-3000}; pairs=${4:-2}
there=target/side-by-side/$(git rev-parse --short "$commit")
[ -d "$there" ] || git worktree add --detach "$there" "$commit" >/dev/null
[ -f "$there/target/nianbao-checker-0.1.0-all.jar" ] || (cd "$there" && mvn -B -q package -DskipTests >/dev/null)
./checker --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for side in before now; do
  jar=$(realpath target/nianbao-checker-0.1.0-all.jar)
  [ "$side" = before ] && jar=$(realpath "$there/target/nianbao-checker-0.1.0-all.jar")
  mkdir -p "$work/$side"
  javac -d "$work/$side" -cp "$jar" scripts/stage-bench/StageBench.java
  echo "$jar" > "$work/$side.jar"
done
for i in $(seq 1 "$pairs"); do
  for side in before now; do
    cpus=$(java -Xmx1g -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dlogback.configurationFile=/dev/null \
      -cp "$work/$side:$(cat "$work/$side.jar")" StageBench "$input" "$files" 8 2>/dev/null | tail -n 3 | sed 's/.*cpu \([0-9]*\) ms.*/\1/' | tr '\n' ' ')
    echo "$side cpu ms (rounds 6-8): $cpus (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done
