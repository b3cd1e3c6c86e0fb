#!/usr/bin/python3
"""Prints the timing table (peers vs library stage sums) and cross-checks the peers' results against
the library's outputs. Exit status 1 when any check disagrees.

usage: compare.py WORK_DIR VC_OUT_DIR

WORK_DIR holds what run.sh wrote: peers.tsv (peer, wall_s, max_rss_kb, note), vc_bench.json (the
library's stages), and the peers' outputs harm.csv/harm.json, links.csv/network.json, areas.csv,
grid.csv/grid.json.
"""
import csv
import json
import math
import os
import sys

WORK, VC_OUT = sys.argv[1], sys.argv[2]

# Which library stages each peer's whole process is compared with. The network peer reads
# crimes.csv (the crimes' dates decide the window) and people.csv (every person is a node) as well
# as the three files of the brief, so their loads are added (see README.md).
# `load index` (the library's cross-file id indexes, built once after the files are read) is added
# to every sum that loads files: the peers' joins do that work inside their own timings.
STAGES = {
    "harm": ["load crimes.csv", "load involvements.csv", "load index", "classify", "harm"],
    "network": ["load people.csv", "load crimes.csv", "load involvements.csv", "load intel.csv",
                "load intel_people.csv", "load index", "network"],
    "areas": ["load crimes.csv", "load areas.geojson", "load index", "hotspots"],
    "grid": ["grid"],
}
TARGET = {"harm": 5.0, "network": 3.0, "areas": 10.0, "grid": 6.0}
PEER_NAME = {"harm": "pandas per-person harm", "network": "igraph links + graph + components",
             "areas": "PostGIS point-in-polygon area-year counts", "grid": "spdep grid counts + Gi*"}
HALF_UNIT = 0.00005  # a value written to 4 decimals is within half a unit of the 4th decimal


def close4(peer: float, written: str) -> bool:
    lib = float(written)
    return abs(peer - lib) <= HALF_UNIT * (1 + 1e-9) + 1e-9 * max(1.0, abs(lib))


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def table() -> None:
    bench = json.load(open(os.path.join(WORK, "vc_bench.json")))["vc_bench"]
    stages = {s["stage"]: float(s["wall_s"]) for s in bench["stages"]}
    est = bench.get("estimated_loads", False)
    peers = {}
    with open(os.path.join(WORK, "peers.tsv")) as f:
        for line in f:
            name, wall, rss, note = line.rstrip("\n").split("\t")
            peers[name] = (float(wall), int(rss), note)
    print()
    print(f"library: {bench.get('source', 'vc bench')}, as of {bench.get('as_of')}, "
          f"threads {bench.get('threads', '?')}, total wall {bench.get('total_wall_s', float('nan')):.2f} s"
          + (" (per-file load times estimated: vc analyse reports one load time, split here by file size)"
             if est else ""))
    head = f"{'peer':<44} {'peer wall s':>11} {'peer max RSS':>14} {'library s':>10} {'ratio':>7} {'target':>7} {'met':>4}"
    print(head)
    print("-" * len(head))
    for key in ("harm", "network", "areas", "grid"):
        if key not in peers:
            print(f"{PEER_NAME[key]:<44} {'(not run)':>11}")
            continue
        wall, rss, note = peers[key]
        missing = [s for s in STAGES[key] if s not in stages and s != "load index"]
        lib = sum(stages.get(s, 0.0) for s in STAGES[key])
        ratio = wall / lib if lib > 0 else float("inf")
        met = "yes" if ratio >= TARGET[key] else "no"
        rss_s = f"{rss / 1024:.0f} MB" + ("*" if note else "")
        print(f"{PEER_NAME[key]:<44} {wall:>11.2f} {rss_s:>14} {lib:>10.2f} {ratio:>7.1f} "
              f"{'>=' + format(TARGET[key], 'g'):>7} {met:>4}" + (f"  (stages missing: {missing})" if missing else ""))
    for key, (wall, rss, note) in peers.items():
        if note:
            print(f"  * {key}: {note}")
    for key in ("harm", "network", "areas", "grid"):
        print(f"  {key} library stages: " + " + ".join(STAGES[key]))
    print()


class Checks:
    def __init__(self):
        self.failed = 0

    def report(self, name, diffs, detail=""):
        if diffs:
            self.failed += 1
            print(f"DISAGREE  {name}: {len(diffs)} difference(s) {detail}")
            for d in diffs[:5]:
                print(f"          {d}")
        else:
            print(f"AGREE     {name} {detail}")


def main() -> int:
    table()
    c = Checks()
    summary = json.load(open(os.path.join(VC_OUT, "summary.json")))

    # harm: cohort, HIGH_HARM, per person
    h = json.load(open(os.path.join(WORK, "harm.json")))
    lib_c = summary["cohort"]
    c.report("cohort size", [] if h["cohort"] == lib_c["size"] else [f"peer {h['cohort']} library {lib_c['size']}"],
             f"({lib_c['size']})")
    c.report("High Harm count", [] if h["high_harm"] == lib_c["high_harm"] else
             [f"peer {h['high_harm']} library {lib_c['high_harm']}"], f"({lib_c['high_harm']})")
    c.report("High Harm threshold", [] if close4(h["threshold"], lib_c["threshold"]) else
             [f"peer {h['threshold']:.6f} library {lib_c['threshold']}"], f"({lib_c['threshold']})")
    peer = {r["person_id"]: r for r in read_csv(os.path.join(WORK, "harm.csv"))}
    diffs, exact, n = [], 0, 0
    for r in read_csv(os.path.join(VC_OUT, "people.csv")):
        pid, p = r["person_id"], peer.pop(r["person_id"], None)
        if int(r["vc_events"]) == 0:
            if p is not None:
                diffs.append(f"{pid}: in the peer's cohort, not in the library's")
            continue
        n += 1
        if p is None:
            diffs.append(f"{pid}: in the library's cohort, not in the peer's")
            continue
        for col in ("harm", "harm_recency"):
            if not close4(float(p[col]), r[col]):
                diffs.append(f"{pid} {col}: peer {float(p[col]):.6f} library {r[col]}")
        exact += f"{float(p['harm_recency']):.4f}" == r["harm_recency"]
        if int(p["vc_events"]) != int(r["vc_events"]) or p["last_vc_on"] != r["last_vc_on"]:
            diffs.append(f"{pid}: events/last peer {p['vc_events']}/{p['last_vc_on']} library {r['vc_events']}/{r['last_vc_on']}")
        lib_high = r["category"] == "HIGH_HARM"
        if lib_high != (p["category"] == "HIGH_HARM"):
            diffs.append(f"{pid}: category peer {p['category']} library {r['category']}")
    diffs += [f"{pid}: in the peer's cohort, not in people.csv" for pid in peer]
    c.report("per-person harm, harm_recency (4 decimals), events, last date, HIGH_HARM", diffs,
             f"({n} people; harm_recency identical as printed for {exact})")

    # network: links and weights
    net = json.load(open(os.path.join(WORK, "network.json")))
    lib_links = read_csv(os.path.join(VC_OUT, "links.csv"))
    c.report("link count", [] if net["links"] == len(lib_links) else [f"peer {net['links']} library {len(lib_links)}"],
             f"({len(lib_links)})")
    c.report("people (graph nodes)", [] if net["people"] == summary["network"]["people"] else
             [f"peer {net['people']} library {summary['network']['people']}"], f"({net['people']})")
    peer = {(r["person_a"], r["person_b"]): r for r in read_csv(os.path.join(WORK, "links.csv"))}
    diffs = []
    for r in lib_links:
        key = tuple(sorted((r["person_a"], r["person_b"])))
        p = peer.pop(key, None)
        if p is None:
            diffs.append(f"{key}: library link {r['weight']} not in the peer's")
            continue
        if not close4(float(p["weight"]), r["weight"]):
            diffs.append(f"{key}: weight peer {float(p['weight']):.6f} library {r['weight']}")
        if (int(p["crime_evidence"]), int(p["intel_evidence"])) != (int(r["crime_evidence"]), int(r["intel_evidence"])):
            diffs.append(f"{key}: evidence peer {p['crime_evidence']}/{p['intel_evidence']} "
                         f"library {r['crime_evidence']}/{r['intel_evidence']}")
    diffs += [f"{k}: peer link {float(p['weight']):.4f} not in the library's" for k, p in list(peer.items())[:5]]
    c.report("link weights (4 decimals) and evidence counts", diffs,
             f"(components by igraph: {net['components']}, largest {net['largest']})")

    # areas: level x area x calendar year, typology ALL
    lib = {}
    for r in read_csv(os.path.join(VC_OUT, "hotspots.csv")):
        if r["typology"] == "ALL" and len(r["period"]) == 4 and r["period"].isdigit():
            lib[(r["level"], r["area_id"], r["period"])] = int(r["vc_events"])
    peer = {(r["level"], r["area_id"], r["year"]): int(r["vc_events"]) for r in read_csv(os.path.join(WORK, "areas.csv"))}
    differ = {k: lib.get(k, 0) - peer.get(k, 0) for k in set(lib) | set(peer) if peer.get(k, 0) != lib.get(k, 0)}
    # A difference is explained only by crimes within 1 mm of a boundary (areas.sh --near): per level
    # and year the differences add up to 0, and each differing area is within 1 mm of at most as many
    # such crimes as its difference (or UNASSIGNED, for a point at the outer edge).
    near_path = os.path.join(WORK, "areas-near.csv")
    near = read_csv(near_path) if os.path.exists(near_path) else []
    reach = {}
    for r in near:
        # The areas whose boundary is within 1 mm, and the area PostGIS put the crime in: a point
        # just outside one polygon of an overlapping pair can lie well inside the other, whose
        # boundary is then farther than 1 mm (C01031762 at 1x: 0.14 mm inside E01009291 by proj4j,
        # 0.58 mm outside it by PROJ, and 10 cm inside E01009294).
        for a in set(json.loads(r["near"]) + [r["assigned"], "UNASSIGNED"]):
            reach[(r["level"], a, r["year"])] = reach.get((r["level"], a, r["year"]), 0) + 1
    by_level_year = {}
    for (level, area, year), d in differ.items():
        by_level_year[(level, year)] = by_level_year.get((level, year), 0) + d
    unexplained = [k for k, d in differ.items() if abs(d) > reach.get(k, 0) or by_level_year[(k[0], k[2])] != 0]
    explained = sorted(set(differ) - set(unexplained))
    diffs = [f"{k}: peer {peer.get(k, 0)} library {lib.get(k, 0)}" for k in sorted(unexplained)]
    detail = f"({len(lib)} cells, {sum(v for k, v in lib.items() if k[0] == 'lsoa')} crimes at level lsoa"
    if explained:
        detail += (f"; {len(explained)} cell(s) differ by crimes within 1 mm of a boundary, where the WGS84 to"
                   f" grid conversions (proj4j, PROJ) differ below a millimetre: "
                   + ", ".join(f"{k} peer {peer.get(k, 0)} library {lib.get(k, 0)}" for k in explained[:4]))
    c.report("violent crimes per level x area x year", diffs, detail + ")")

    # grid: counts and Gi* per cell
    lib = {(r["column"], r["row"]): r for r in read_csv(os.path.join(VC_OUT, "grid.csv"))}
    peer = {(r["column"], r["row"]): r for r in read_csv(os.path.join(WORK, "grid.csv"))}
    diffs = [f"cell {k}: only in {'library' if k in lib else 'peer'}" for k in set(lib) ^ set(peer)]
    worst = 0.0
    for k in sorted(set(lib) & set(peer), key=lambda k: (int(k[1]), int(k[0]))):
        a, b = peer[k], lib[k]
        if int(a["vc_events"]) != int(b["vc_events"]):
            diffs.append(f"cell {k}: vc_events peer {a['vc_events']} library {b['vc_events']}")
        if abs(float(a["easting"]) - float(b["easting"])) > 1e-3 or abs(float(a["northing"]) - float(b["northing"])) > 1e-3:
            diffs.append(f"cell {k}: centre peer {a['easting']},{a['northing']} library {b['easting']},{b['northing']}")
        worst = max(worst, abs(float(a["gi_star"]) - float(b["gi_star"])))
        if not close4(float(a["gi_star"]), b["gi_star"]):
            diffs.append(f"cell {k}: Gi* peer {float(a['gi_star']):.6f} library {b['gi_star']}")
    c.report("grid cells, counts and Gi* (4 decimals)", diffs,
             f"({len(lib)} cells; largest |Gi* difference| {worst:.2e})")

    print()
    print("all checks AGREE" if c.failed == 0 else f"{c.failed} check(s) DISAGREE")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
