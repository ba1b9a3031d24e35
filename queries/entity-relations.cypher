// All relations of one entity, in and out, with their factuality and evidence sentences.
// $entity: the entity's label, one of its aliases, or its key (case-insensitive), e.g. "Wang Yi" or "US"
MATCH (n:Entity)
WHERE n.key = $entity OR toLower(n.label) = toLower($entity) OR toLower($entity) IN [a IN n.aliases | toLower(a)]
MATCH (n)-[r]-(other:Entity)
RETURN n.label AS entity,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       type(r) AS predicate, coalesce(r.factuality, 'asserted') AS factuality, other.label AS other, other.category AS otherCategory, r.weight AS weight, r.evidence AS evidence
ORDER BY direction DESC, predicate, other
