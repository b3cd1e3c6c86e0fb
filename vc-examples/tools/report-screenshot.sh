#!/usr/bin/env bash
# Renders report.html in headless Chromium and saves a full-width screenshot, to look at the report
# as an analyst would see it.
#
#   vc-examples/tools/report-screenshot.sh OUT/report.html report.png [WIDTH,HEIGHT]
#
# Installs Debian's chromium when it is missing (needs root and the Debian package mirror). The
# browser gets a throwaway profile and is told not to touch the network; report.html needs none.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi
report=$1
png=$2
size=${3:-1400,4000}
if [ ! -f "$report" ]; then
  echo "$0: $report is not a file" >&2
  exit 2
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is missing: installing Debian's chromium ..." >&2
  apt-get update && apt-get install -y chromium
  browser=$(command -v chromium)
fi

abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
case "$png" in
  /*) out=$png ;;
  *) out=$(pwd)/$png ;;
esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size="$size" \
  --screenshot="$out" "file://$abs" 2>"$profile/chromium.log" || {
    cat "$profile/chromium.log" >&2
    exit 1
  }
if [ ! -s "$out" ]; then
  cat "$profile/chromium.log" >&2
  echo "$0: no screenshot was written" >&2
  exit 1
fi
echo "wrote $out"
