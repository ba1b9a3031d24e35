"""Reads a kg GraphML with NetworkX's read_graphml and prints what it found as JSON (for test/readers.test.ts)."""
import json
import sys

import networkx as nx

g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "kind": type(g).__name__,
    "nodes": {n: {k: d[k] for k in ("label", "category", "mentions", "x", "y", "aliases") if k in d} for n, d in g.nodes(data=True)},
    "edges": [[u, v, d.get("predicate"), d.get("weight")] for u, v, d in g.edges(data=True)],
}))
