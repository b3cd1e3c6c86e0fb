#!/usr/bin/python3
"""Peer: per-person harm with pandas, as docs/harm.md defines it.

usage: harm.py DATA_DIR AS_OF REPO_ROOT OUT_CSV

Reads crimes.csv and involvements.csv of the package, classifies violent crime with the offence
codes of the default profile (PHYSICAL_VIOLENCE, the physical_violence column of the bundled offence
table), and computes per person over the 730 days to AS_OF (both ends included): vc_events, harm
(sum of ONS CSS weights), harm_recency (sum of weight x 0.5^(age/365)), last_vc_on; then the cohort,
k = ceil(0.10 n) in exact decimal, the threshold and the HIGH_HARM people. Writes one row per cohort
member to OUT_CSV and a one-line JSON summary to stdout.
"""
import json
import math
import os
import sys
from fractions import Fraction

import numpy as np
import pandas as pd

WINDOW_DAYS = 730
HALF_LIFE_DAYS = 365.0
HIGH_HARM_FRACTION = Fraction(1, 10)
PROXIES = {"11": "11A", "12": "11A", "8U": "8Q"}  # docs/harm.md, "Proxy weights"


def normalise(codes: pd.Series) -> pd.Series:
    """docs/definitions.md §1: spaces removed, upper case, '/' read as '.', leading zeros dropped."""
    c = codes.fillna("").astype(str).str.replace(r"\s+", "", regex=True).str.upper()
    c = c.str.replace("/", ".", regex=False)
    return c.str.replace(r"^0+(?=[0-9])", "", regex=True)


def main() -> None:
    data, as_of, repo, out_csv = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    d = pd.Timestamp(as_of)
    res = os.path.join(repo, "vc-core", "src", "main", "resources", "org", "vcanalytics", "core")
    table = pd.read_csv(os.path.join(res, "classify", "ho_offence_classification.csv"), dtype=str)
    violent_codes = set(normalise(table.loc[table["physical_violence"].str.upper() == "Y", "ho_code"]))

    css = pd.read_csv(os.path.join(repo, "vc-harm", "src", "main", "resources", "org", "vcanalytics",
                                   "harm", "ons_css_weights.csv"), dtype={"edition": str, "ho_code": str})
    css["ho_code"] = normalise(css["ho_code"])
    w2020 = css[css["edition"] == "2020"].set_index("ho_code")["weight"]
    w2016 = css[css["edition"] == "2016"].set_index("ho_code")["weight"]
    weights = w2016.to_dict()
    weights.update(w2020.to_dict())
    for code, proxy in PROXIES.items():
        if code not in weights and proxy in weights:
            weights[code] = weights[proxy]

    crimes = pd.read_csv(os.path.join(data, "crimes.csv"), dtype=str, keep_default_na=False,
                         usecols=lambda c: c.strip().lower() in ("crime_id", "ho_code", "committed_on"))
    crimes.columns = [c.strip().lower() for c in crimes.columns]
    crimes["code"] = normalise(crimes["ho_code"])
    crimes = crimes[crimes["code"].isin(violent_codes)]
    crimes["committed_on"] = pd.to_datetime(crimes["committed_on"].str.strip(), format="%Y-%m-%d", errors="coerce")
    lo = d - pd.Timedelta(days=WINDOW_DAYS)
    crimes = crimes[(crimes["committed_on"] >= lo) & (crimes["committed_on"] <= d)]
    crimes = crimes.drop_duplicates("crime_id")  # a repeated crime id: the first row is kept
    crimes["weight"] = crimes["code"].map(weights).fillna(0.0).astype(float)
    age = (d - crimes["committed_on"]).dt.days.astype(float)
    crimes["factor"] = np.power(0.5, age / HALF_LIFE_DAYS)

    inv = pd.read_csv(os.path.join(data, "involvements.csv"), dtype=str, keep_default_na=False)
    inv.columns = [c.strip().lower() for c in inv.columns]
    role = inv["role"].str.strip().str.upper()
    inv = inv.loc[role.isin(["OFFENDER", "SUSPECT"]), ["crime_id", "person_id"]]
    inv = inv.drop_duplicates()  # a crime counts once for someone both offender and suspect

    ev = inv.merge(crimes[["crime_id", "committed_on", "weight", "factor"]], on="crime_id", how="inner")
    ev["wf"] = ev["weight"] * ev["factor"]
    g = ev.groupby("person_id", sort=True)
    per = pd.DataFrame({
        "vc_events": g.size(),
        "harm": g["weight"].sum(),
        "harm_recency": g["wf"].sum(),
        "last_vc_on": g["committed_on"].max().dt.strftime("%Y-%m-%d"),
    })
    n = len(per)
    k = math.ceil(HIGH_HARM_FRACTION * n) if n else 0
    if n:
        ordered = np.sort(per["harm_recency"].to_numpy())[::-1]
        threshold = float(ordered[k - 1])
        per["category"] = np.where(per["harm_recency"] >= threshold, "HIGH_HARM", "INVOLVED")
    else:
        threshold = float("nan")
        per["category"] = []
    per.index.name = "person_id"
    per.to_csv(out_csv, float_format="%.10f")
    print(json.dumps({"peer": "harm", "cohort": n, "k": k, "threshold": threshold,
                      "high_harm": int((per["category"] == "HIGH_HARM").sum())}))


if __name__ == "__main__":
    main()
