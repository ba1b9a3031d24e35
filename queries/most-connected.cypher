// The most connected entities: distinct neighbours over all relations (document mentions not counted).
// $limit: how many to list, e.g. 10
MATCH (n:Entity)-[r]-(m:Entity)
WITH n, count(DISTINCT m) AS neighbours, sum(r.weight) AS evidence
RETURN n.label AS entity, n.category AS category, neighbours, evidence
ORDER BY neighbours DESC, evidence DESC, entity
LIMIT toInteger($limit)
