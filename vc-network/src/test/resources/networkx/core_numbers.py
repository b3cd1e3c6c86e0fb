"""Writes core_numbers.csv: networkx's core_number of every person of the three real networks of
../shared/data/external, for CoresAndCommunitiesTest. Only person ids and numbers are kept (no data
of the networks themselves). The POLE network is left out: its data has no licence, so not even its
ids are kept in the repository (the test checks POLE against JGraphT). Run from this folder:

    python3 core_numbers.py ../../../../../../shared/data/external > core_numbers.csv

Made with Python 3.11 and networkx 3.6.1. Person ids as the tests name them: POLE :ID, Wheeler Id,
St Louis P001 to P829 (line i of ent.moreno_crime_crime.person.name is P{i:03}).
"""
import collections
import csv
import sys

import networkx as nx

root = sys.argv[1]


def rows(path):
    with open(f"{root}/{path}", newline="", encoding="utf-8") as f:
        return list(csv.reader(f))[1:]


def undirected(people, edges):
    g = nx.Graph()
    g.add_nodes_from(people)
    g.add_edges_from((a, b) for a, b, *_ in edges if a != b)
    return g


pole = undirected((r[0] for r in rows("neo4j-pole/crime-investigation.nodes.Person.csv")),
                  rows("neo4j-pole/crime-investigation.relationships.KNOWS.csv"))
gang = undirected((r[0] for r in rows("wheeler-gang-network/Nodes_Gang1.csv")),
                  rows("wheeler-gang-network/Edges_Gang1.csv"))
# St Louis: two people are linked when they are on the same crime, in any role.
with open(f"{root}/konect-moreno-crime/ent.moreno_crime_crime.person.name", encoding="utf-8") as f:
    n = sum(1 for _ in f)
crimes = collections.defaultdict(set)
with open(f"{root}/konect-moreno-crime/out.moreno_crime_crime", encoding="utf-8") as f:
    for line in f:
        if not line.startswith("%"):
            person, crime = line.split()
            crimes[crime].add(f"P{int(person):03}")
st_louis = nx.Graph()
st_louis.add_nodes_from(f"P{i:03}" for i in range(1, n + 1))
for people in crimes.values():
    people = sorted(people)
    st_louis.add_edges_from((a, b) for i, a in enumerate(people) for b in people[i + 1:])

print("network,person,core_number")
for name, g in (("gang", gang), ("stLouis", st_louis)):  # not POLE: no licence
    print(f"# {name}: {g.number_of_nodes()} people, {g.number_of_edges()} links")
    for person, k in sorted(nx.core_number(g).items()):
        print(f"{name},{person},{k}")
