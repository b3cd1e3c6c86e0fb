#!/usr/bin/env bash
# Where a Java process's CPU goes, by kind of JVM thread: the application's own threads, the
# collector's pauses, its concurrent marking and refinement, and the just-in-time compilers. Runs the
# command, reads the user and system CPU of each of its threads from /proc every quarter second, and
# prints one table when it ends (Linux only). A thread that ends between two readings loses at most
# its last quarter second, so the table is a little short of /usr/bin/time's total.
#
# usage: bench/threads.sh java [JVM OPTIONS] -jar vc.jar analyse ...   (the command's own output is
#        thrown away; its exit status is kept)
set -uo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 COMMAND..." >&2; exit 2; }
[[ -d /proc/self/task ]] || { echo "$0 needs Linux /proc" >&2; exit 2; }

began=$(date +%s.%N)
"$@" > /dev/null 2>&1 &
pid=$!
declare -A user sys name
while kill -0 "$pid" 2> /dev/null; do
  for t in /proc/"$pid"/task/*; do
    id=${t##*/}
    stat=$(cat "$t/stat" 2> /dev/null) || continue
    rest=${stat##*) } # the fields after the thread's name, which may hold spaces
    read -r -a f <<< "$rest"
    user[$id]=${f[11]}
    sys[$id]=${f[12]}
    [[ -n ${name[$id]:-} ]] || name[$id]=$(cat "$t/comm" 2> /dev/null)
  done
  sleep 0.25
done
wait "$pid"
status=$?
wall=$(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
hz=$(getconf CLK_TCK)
for id in "${!user[@]}"; do
  printf '%s\t%s\t%s\n' "${name[$id]:-?}" "${user[$id]}" "${sys[$id]}"
done | awk -F'\t' -v hz="$hz" -v wall="$wall" '
  function kind(n) {
    if (n ~ /^C2 Compiler/) return "JIT compiler C2";
    if (n ~ /^C1 Compiler/) return "JIT compiler C1";
    if (n ~ /^G1 Conc|^G1 Main Marker/) return "GC concurrent marking (G1)";
    if (n ~ /^G1 Refine/) return "GC refinement (G1)";
    if (n ~ /^GC Thread|^VM Thread/) return "GC pauses and VM operations";
    if (n ~ /^G1 |^Finalizer|^Reference Handl|^Common-Cleaner|^Service Thread|^Sweeper|^Signal|^Notification|^Monitor Defl|^VM Periodic/) return "other JVM threads";
    return "application";
  }
  { k = kind($1); u[k] += $2; s[k] += $3; U += $2; S += $3 }
  END {
    printf "%-30s %9s %9s %7s\n", "threads", "user s", "sys s", "share";
    n = split("application|GC pauses and VM operations|GC concurrent marking (G1)|GC refinement (G1)|JIT compiler C2|JIT compiler C1|other JVM threads", order, "|");
    for (i = 1; i <= n; i++) {
      k = order[i];
      if (k in u) printf "%-30s %9.1f %9.1f %6.1f%%\n", k, u[k] / hz, s[k] / hz, 100 * (u[k] + s[k]) / (U + S);
    }
    printf "%-30s %9.1f %9.1f\n", "total", U / hz, S / hz;
    printf "wall %s s (sampled CPU: a thread that ended between readings may miss its last quarter second)\n", wall;
  }'
exit "$status"
