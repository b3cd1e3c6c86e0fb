#!/usr/bin/env bash
# How cost grows with the size of the force: generates packages of 1/100, 1/10, 1 and 3 times the
# specification's size (§6: 1,000,000 people, 3,000,000 crimes) if they are not there yet, runs
# `vc analyse` on each under /usr/bin/time -v, and prints one line per size: wall seconds, peak
# resident memory, and the analysis's own stage lines. docs/performance.md shows what it printed.
#
#   bench/sizes.sh [WORK_DIR] [SIZES...]      e.g. bench/sizes.sh /tmp/vc-sizes 10000 100000 1000000
#
# VC_JAR (default vc-examples/target/vc.jar). The heap is 6 GB up to 1,000,000 people and 16 GB above.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${VC_JAR:-$here/vc-examples/target/vc.jar}"
work="${1:-${TMPDIR:-/tmp}/vc-sizes}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000 3000000)
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
mkdir -p "$work"
printf '%-10s %10s %12s  %s\n' people "wall s" "peak RSS MB" "heap"
for n in "${sizes[@]}"; do
  pkg="$work/p$n"
  heap=6g
  [ "$n" -gt 1000000 ] && heap=16g
  if [ ! -f "$pkg/crimes.csv" ]; then
    java -Xmx"$heap" -jar "$jar" generate --people "$n" --out "$pkg" > "$work/generate-$n.log" 2>&1
  fi
  rm -rf "$work/out$n"
  /usr/bin/time -v java -Xmx"$heap" -jar "$jar" analyse --data "$pkg" --as-of 2025-01-01 --out "$work/out$n" \
    > "$work/analyse-$n.log" 2>&1
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/analyse-$n.log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/analyse-$n.log")
  printf '%-10s %10s %12s  %s\n' "$n" "$wall" "$rss" "-Xmx$heap"
done
echo "stage lines: $work/analyse-N.log"
