"""Reads a kg GEXF with NetworkX's read_gexf and prints what it found as JSON (for test/readers.test.ts)."""
import json
import sys

import networkx as nx

g = nx.read_gexf(sys.argv[1])
print(json.dumps({
    "kind": type(g).__name__,
    "nodes": {
        n: {
            "label": d.get("label"),
            "category": d.get("category"),
            "aliases": d.get("aliases"),
            "mentions": d.get("mentions"),
            "x": d["viz"]["position"]["x"],
            "y": d["viz"]["position"]["y"],
            "size": d["viz"]["size"],
            "color": [d["viz"]["color"][c] for c in "rgb"],
        }
        for n, d in g.nodes(data=True)
    },
    "edges": [[u, v, d.get("predicate"), d.get("weight"), d.get("evidence")] for u, v, d in g.edges(data=True)],
}))
