#!/usr/bin/python3
"""Peer: person links + igraph graph + connected components, as docs/network.md defines them.

usage: network.py DATA_DIR AS_OF REPO_ROOT OUT_CSV

Links (default NetworkOptions): within the 730 days to AS_OF, both ends included,
  - crime evidence, weight 1.0: two different people on one crime committed in the window, in roles
    forming an allowed pair (at least one OFFENDER or SUSPECT, neither only a WITNESS or OTHER:
    offender/suspect with offender/suspect or victim; no victim-victim);
  - intelligence evidence: two people named in one log recorded in the window, weight = source weight
    x assessment weight of the grade (bundled intel_grading.csv); weight-0 evidence makes no link.
A link's weight is 1 - prod(1 - w) over its evidence. Nodes are everyone in people.csv (and anyone
the other files name). Writes the links to OUT_CSV and a one-line JSON summary to stdout.
"""
import json
import os
import sys

import igraph as ig
import numpy as np
import pandas as pd

WINDOW_DAYS = 730
ROLE_BITS = {"OFFENDER": 1, "SUSPECT": 2, "VICTIM": 4}  # WITNESS, OTHER: 0 (never linked)


def read(path, cols=None):
    df = pd.read_csv(path, dtype=str, keep_default_na=False,
                     usecols=(lambda c: c.strip().lower() in cols) if cols else None)
    df.columns = [c.strip().lower() for c in df.columns]
    return df


def pairs(df, key, extra):
    """All unordered pairs of different people sharing `key` (a < b in plain text order)."""
    m = df.merge(df, on=key, suffixes=("_a", "_b"))
    m = m[m["person_id_a"] < m["person_id_b"]]
    return m[[key, "person_id_a", "person_id_b"] + [f"{e}_{s}" for e in extra for s in "ab"]]


def main() -> None:
    data, as_of, repo, out_csv = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    d = pd.Timestamp(as_of)
    lo = d - pd.Timedelta(days=WINDOW_DAYS)

    grading = pd.read_csv(os.path.join(repo, "vc-core", "src", "main", "resources", "org", "vcanalytics",
                                       "core", "intel_grading.csv"), dtype=str)
    grading = grading[grading["default_weight"].notna()]
    src_w = {(r.system, r.grade.upper()): float(r.default_weight)
             for r in grading[grading["dimension"] == "source_evaluation"].itertuples()}
    ass_w = {(r.system, r.grade.upper()): float(r.default_weight)
             for r in grading[grading["dimension"] != "source_evaluation"].itertuples()}

    # crime evidence
    crimes = read(os.path.join(data, "crimes.csv"), ("crime_id", "committed_on"))
    crimes = crimes.drop_duplicates("crime_id")
    day = pd.to_datetime(crimes["committed_on"].str.strip(), format="%Y-%m-%d", errors="coerce")
    in_window = set(crimes.loc[(day >= lo) & (day <= d), "crime_id"])
    inv = read(os.path.join(data, "involvements.csv"))
    inv = inv[inv["crime_id"].isin(in_window)]
    inv["bits"] = inv["role"].str.strip().str.upper().map(ROLE_BITS).fillna(0).astype(np.int8)
    # roles of one person on one crime as a bit set: the sum of their distinct bits
    inv = inv.drop_duplicates(["crime_id", "person_id", "bits"])
    inv = inv.groupby(["crime_id", "person_id"], sort=False)["bits"].sum().reset_index()
    inv = inv[inv["bits"] > 0]
    cp = pairs(inv, "crime_id", ["bits"])
    cp = cp[((cp["bits_a"] & 3) > 0) | ((cp["bits_b"] & 3) > 0)]  # not victim with victim
    cp = cp[["person_id_a", "person_id_b"]].assign(keep=0.0, crime=1, intel=0)

    # intelligence evidence
    intel = read(os.path.join(data, "intel.csv"),
                 ("intel_id", "recorded_on", "grading_system", "source_evaluation", "intelligence_assessment"))
    intel = intel.drop_duplicates("intel_id")
    rec = pd.to_datetime(intel["recorded_on"].str.strip(), format="%Y-%m-%d", errors="coerce")
    intel = intel[(rec >= lo) & (rec <= d)]
    system = intel["grading_system"].str.strip().replace("", "3x5x2")
    s = pd.Series(list(zip(system, intel["source_evaluation"].str.strip().str.upper())), index=intel.index).map(src_w)
    a = pd.Series(list(zip(system, intel["intelligence_assessment"].str.strip().str.upper())), index=intel.index).map(ass_w)
    intel = intel.assign(w=(s * a).astype(float))
    intel = intel[intel["w"] > 0][["intel_id", "w"]]
    mentions = read(os.path.join(data, "intel_people.csv")).drop_duplicates()
    mentions = mentions.merge(intel, on="intel_id", how="inner")[["intel_id", "person_id"]]
    ip = pairs(mentions, "intel_id", [])
    ip = ip.merge(intel, on="intel_id")
    ip = ip[["person_id_a", "person_id_b"]].assign(keep=1.0 - ip["w"].to_numpy(), crime=0, intel=1)

    ev = pd.concat([cp, ip], ignore_index=True)
    links = ev.groupby(["person_id_a", "person_id_b"], sort=True).agg(
        keep=("keep", "prod"), crime_evidence=("crime", "sum"), intel_evidence=("intel", "sum")).reset_index()
    links["weight"] = 1.0 - links["keep"]
    links = links[links["weight"] > 0]

    # the graph: everyone in the data set is a node
    ids = [links["person_id_a"], links["person_id_b"]]
    people_csv = os.path.join(data, "people.csv")
    if os.path.exists(people_csv) and os.path.getsize(people_csv) > 0:
        ids.insert(0, read(people_csv, ("person_id",))["person_id"])
    nodes = pd.Index(pd.unique(pd.concat(ids, ignore_index=True)))
    g = ig.Graph(n=len(nodes), edges=np.column_stack([nodes.get_indexer(links["person_id_a"]),
                                                       nodes.get_indexer(links["person_id_b"])]).tolist())
    g.es["weight"] = links["weight"].tolist()
    comps = g.connected_components()
    sizes = sorted(comps.sizes(), reverse=True)

    links.rename(columns={"person_id_a": "person_a", "person_id_b": "person_b"})[
        ["person_a", "person_b", "weight", "crime_evidence", "intel_evidence"]].to_csv(
        out_csv, index=False, float_format="%.10f")
    print(json.dumps({"peer": "network", "people": g.vcount(), "links": g.ecount(),
                      "components": len(sizes), "largest": sizes[0] if sizes else 0}))


if __name__ == "__main__":
    main()
