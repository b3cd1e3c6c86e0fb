#!/usr/bin/env bash
# The peer tools (pandas, igraph, PostGIS, spdep) on the same VC data package as the library, side by
# side: whole-process wall time and max RSS of each peer, the matching library stages, the ratio
# against the target of the product specification §6, and a cross-check of every peer's results
# against the library's outputs. Exit 0 when everything agrees, 1 on a disagreement, 2 on bad usage.
#
# usage: bench/peers/run.sh DATA_DIR AS_OF [VC_OUT_DIR]
#   VC_JAR        the library's jar (default: vc-examples/target/vc.jar of this repository)
#   VC_HEAP       the library's largest heap, java -Xmx (default 6g; 16g for a package 3 times §6)
#   PEERS_WORK    where the peers' outputs and timings go (default: a new temporary folder, kept)
#   PEERS_SKIP_INSTALL=1  do not try apt-get
set -euo pipefail

usage() { echo "usage: $0 DATA_DIR AS_OF [VC_OUT_DIR]" >&2; exit 2; }
[[ $# -ge 2 && $# -le 3 ]] || usage
[[ -d $1 && -f $1/crimes.csv ]] || { echo "not a VC data package (no crimes.csv): $1" >&2; exit 2; }
[[ $2 =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || { echo "AS_OF must be YYYY-MM-DD: $2" >&2; exit 2; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
data=$(cd "$1" && pwd)
as_of=$2
work=${PEERS_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/vc-peers.XXXXXX")}
mkdir -p "$work"
work=$(cd "$work" && pwd)
vc_out=${3:-$work/vc-out}
vc_jar=${VC_JAR:-$repo/vc-examples/target/vc.jar}
[[ -f $vc_jar ]] || { echo "no jar at $vc_jar (mvn -B -q -o package -DskipTests, or set VC_JAR)" >&2; exit 2; }
py=/usr/bin/python3   # the system python with Debian's pandas and igraph, not a pyenv one
log() { printf '[peers %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

machine() { log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"; }
machine

# 1. The peers, from Debian packages only
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
have_peers() {
  "$py" -c 'import pandas, igraph' 2>/dev/null \
    && command -v Rscript >/dev/null && Rscript -e 'suppressPackageStartupMessages(library(spdep))' >/dev/null 2>&1 \
    && [[ -n $pg_bin && -x $pg_bin/initdb ]] \
    && ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1
}
if ! have_peers; then
  [[ ${PEERS_SKIP_INSTALL:-0} == 1 ]] && { echo "peers missing and PEERS_SKIP_INSTALL=1" >&2; exit 2; }
  sudo=(); [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  pkgs=(python3-pandas python3-igraph postgresql postgresql-15-postgis-3 r-cran-spdep)
  log "installing ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get install -y --no-install-recommends "${pkgs[@]}" >"$work/apt.log" 2>&1 \
    || { "${sudo[@]}" apt-get update >>"$work/apt.log" 2>&1 \
         && "${sudo[@]}" apt-get install -y --no-install-recommends "${pkgs[@]}" >>"$work/apt.log" 2>&1; } \
    || { echo "apt-get failed; see $work/apt.log" >&2; exit 2; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  have_peers || { echo "peers still missing after apt-get; see $work/apt.log" >&2; exit 2; }
fi

# 2. A private PostgreSQL on a unix socket only (nothing runs on a fresh machine)
pg=$(mktemp -d /tmp/vc-peers-pg.XXXXXX)   # short path without spaces: a socket path is limited
as_pg=()
if [[ $(id -u) -eq 0 ]]; then chown postgres "$pg"; as_pg=(runuser -u postgres --); fi
pg_port=$((50000 + RANDOM % 10000))
sampler=
cleanup() {
  [[ -n $sampler ]] && kill "$sampler" 2>/dev/null || true
  if [[ -f $pg/data/postmaster.pid ]]; then "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$pg"
}
trap cleanup EXIT
log "starting PostgreSQL ($pg_bin) in $pg"
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -w -l "$pg/server.log" -o "-k $pg -p $pg_port -c listen_addresses='' \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=1GB -c work_mem=256MB \
  -c maintenance_work_mem=1GB -c max_wal_size=4GB" start >/dev/null
export PGHOST=$pg PGPORT=$pg_port PGUSER=postgres PGDATABASE=postgres

# 3. The peers, one after another, each timed as a whole process
: >"$work/peers.tsv"
timed() {  # name note command...: wall and max RSS from /usr/bin/time -v
  local name=$1 note=$2; shift 2
  log "peer $name"
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.json" 2>"$work/$name.err" \
    || { cat "$work/$name.err" >&2; echo "peer $name failed" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")
  if [[ $name == areas ]]; then   # the work is done by the server's backend, not psql: its peak RSS
    local server; server=$(cat "$work/pg-peak.kb" 2>/dev/null || echo 0)
    (( server > rss )) && rss=$server
  fi
  printf '%s\t%s\t%s\t%s\n' "$name" "$wall" "$rss" "$note" >>"$work/peers.tsv"
  log "peer $name: $wall s, max RSS $((rss / 1024)) MB: $(cat "$work/$name.json")"
}
timed harm "" "$py" "$here/harm.py" "$data" "$as_of" "$repo" "$work/harm.csv"
timed network "" "$py" "$here/network.py" "$data" "$as_of" "$repo" "$work/links.csv"

# peak RSS (VmHWM) of the server's processes while the PostGIS peer runs
postmaster=$(head -1 "$pg/data/postmaster.pid")
echo 0 >"$work/pg-peak.kb"
(
  peak=0
  while :; do
    for p in $(ps --ppid "$postmaster" -o pid= 2>/dev/null); do
      h=$(awk '/^VmHWM/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
      [[ -n $h ]] && (( h > peak )) && { peak=$h; echo "$peak" >"$work/pg-peak.kb"; }
    done
    sleep 0.2
  done
) &
sampler=$!
timed areas "peak RSS of the PostgreSQL backend that did the work (psql itself is small)" \
  bash "$here/areas.sh" "$data" "$as_of" "$repo" "$work/areas.csv"
kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; sampler=
bash "$here/areas.sh" --near "$work/areas-near.csv"   # not timed: for the cross-check only
timed grid "" Rscript "$here/grid.R" "$data" "$as_of" "$repo" "$work/grid.csv"

# 4. The library: vc bench, or vc analyse while bench does not exist
mkdir -p "$vc_out"
if java -jar "$vc_jar" bench --help >/dev/null 2>&1; then
  log "library: vc bench"
  /usr/bin/time -v -o "$work/vc.time" java "-Xmx${VC_HEAP:-6g}" -jar "$vc_jar" bench --data "$data" --as-of "$as_of" --out "$vc_out" \
    >"$work/vc.stdout" 2>"$work/vc.stderr" || { tail -20 "$work/vc.stderr" >&2; echo "vc bench failed" >&2; exit 1; }
  cat "$work/vc.stdout" | sed '$d'
  "$py" "$here/vc_stages.py" bench "$work/vc.stdout" "$work/vc_bench.json"
else
  log "library: vc bench is not in $vc_jar; falling back to vc analyse"
  /usr/bin/time -v -o "$work/vc.time" java "-Xmx${VC_HEAP:-6g}" -jar "$vc_jar" analyse --data "$data" --as-of "$as_of" --out "$vc_out" \
    >"$work/vc.stdout" 2>"$work/vc.stderr" || { tail -20 "$work/vc.stderr" >&2; echo "vc analyse failed" >&2; exit 1; }
  "$py" "$here/vc_stages.py" analyse "$work/vc.stderr" "$data" "$as_of" "$work/vc_bench.json"
fi
log "library: $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/vc.time") wall, max RSS $(( $(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/vc.time") / 1024 )) MB (whole process)"

machine
# 5. The table and the cross-checks
log "peers' outputs and timings in $work; library outputs in $vc_out"
"$py" "$here/compare.py" "$work" "$vc_out"
