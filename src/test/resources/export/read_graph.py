"""Reads a GEXF or GraphML file with NetworkX and prints what the tests check, as JSON.

usage: python3 read_graph.py FILE gexf|graphml
"""
import json
import sys

import networkx as nx

path, fmt = sys.argv[1], sys.argv[2]
if fmt == "gexf":
    g = nx.read_gexf(path)
else:
    g = nx.read_graphml(path)


def plain(d):
    return {k: v for k, v in d.items() if isinstance(v, (str, int, float, bool))}


edges = []
if g.is_multigraph():
    for u, v, k, d in g.edges(keys=True, data=True):
        edges.append({"source": u, "target": v, **plain(d)})
else:
    for u, v, d in g.edges(data=True):
        edges.append({"source": u, "target": v, **plain(d)})

print(json.dumps({
    "directed": g.is_directed(),
    "nodes": {n: plain(d) for n, d in g.nodes(data=True)},
    "edges": edges,
}))
