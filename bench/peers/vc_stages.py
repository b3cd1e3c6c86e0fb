#!/usr/bin/python3
"""Turns the library's run into vc_bench.json (the `vc bench` contract).

usage: vc_stages.py bench STDOUT_FILE OUT_JSON
       vc_stages.py analyse STDERR_FILE DATA_DIR AS_OF OUT_JSON

bench:   the last line of `vc bench`'s stdout is the JSON object; it is copied.
analyse: the fallback while `vc bench` does not exist. `vc analyse` prints one line per stage on
         stderr (`classify: ... in 3.1 s`) but a single `load: ... in 8.9 s` for all files; the load
         time is split over the package files in proportion to their sizes, and the result says so
         ("estimated_loads": true).
"""
import json
import os
import re
import sys

FILES = ["people.csv", "crimes.csv", "involvements.csv", "intel.csv", "intel_people.csv", "custody.csv",
         "ocg.csv", "schools.csv", "areas.geojson"]


def main() -> None:
    mode = sys.argv[1]
    if mode == "bench":
        lines = [l for l in open(sys.argv[2], encoding="utf-8").read().splitlines() if l.strip()]
        doc = json.loads(lines[-1])
        doc["vc_bench"].setdefault("source", "vc bench")
        json.dump(doc, open(sys.argv[3], "w"), indent=1)
        return
    stderr, data, as_of, out = sys.argv[2:6]
    stages = []
    for line in open(stderr, encoding="utf-8", errors="replace"):
        m = re.match(r"^([a-z][a-z ]*): .* in ([0-9.]+) s\s*$", line)
        if not m:
            continue
        name, wall = m.group(1), float(m.group(2))
        if name == "load":
            sizes = {f: os.path.getsize(os.path.join(data, f)) for f in FILES if os.path.isfile(os.path.join(data, f))}
            total = sum(sizes.values()) or 1
            stages += [{"stage": f"load {f}", "wall_s": wall * s / total} for f, s in sizes.items()]
        else:
            stages.append({"stage": name, "wall_s": wall})
    doc = {"vc_bench": {"data": data, "as_of": as_of, "stages": stages,
                        "total_wall_s": sum(s["wall_s"] for s in stages),
                        "estimated_loads": True, "source": "vc analyse (fallback: vc bench not in this jar)"}}
    json.dump(doc, open(out, "w"), indent=1)


if __name__ == "__main__":
    main()
