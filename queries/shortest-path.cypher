// The shortest path between two entities, over relations read from the text (not document mentions).
// $from, $to: labels, aliases or keys of the two entities (case-insensitive), e.g. "Sergei Lavrov" and "United States"
MATCH (a:Entity), (b:Entity)
WHERE (a.key = $from OR toLower(a.label) = toLower($from) OR toLower($from) IN [x IN a.aliases | toLower(x)])
  AND (b.key = $to OR toLower(b.label) = toLower($to) OR toLower($to) IN [x IN b.aliases | toLower(x)])
  AND a <> b
MATCH path = shortestPath((a)-[*..8]-(b))
WHERE none(r IN relationships(path) WHERE type(r) = 'MENTIONS')
RETURN [n IN nodes(path) | n.label] AS entities, [r IN relationships(path) | type(r)] AS predicates, length(path) AS hops
ORDER BY hops
LIMIT 1
