"""Formats lexicon data files the way they are kept: one entry per line, so that diffs show what changed.
Usage: python3 scripts/format-lexicon.py FILE..."""
import json, sys

def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(", ", ": "))

def fmt(v, depth=0):
    pad = "  " * (depth + 1)
    if isinstance(v, dict):
        if depth >= 1 and all(not isinstance(x, (dict, list)) or (isinstance(x, list) and all(not isinstance(y, (dict, list)) for y in x)) for x in v.values()):
            return "{\n" + ",\n".join(f"{pad}{json.dumps(k, ensure_ascii=False)}: {compact(x)}" for k, x in v.items()) + "\n" + "  " * depth + "}"
        return "{\n" + ",\n".join(f"{pad}{json.dumps(k, ensure_ascii=False)}: {fmt(x, depth + 1)}" for k, x in v.items()) + "\n" + "  " * depth + "}"
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            return compact(v)
        return "[\n" + ",\n".join(f"{pad}{compact(x)}" for x in v) + "\n" + "  " * depth + "]"
    return compact(v)

for path in sys.argv[1:]:
    data = json.load(open(path, encoding="utf-8"))
    open(path, "w", encoding="utf-8").write(fmt(data) + "\n")
