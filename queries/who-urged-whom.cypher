// Who urged whom, and on the strength of which sentences?
// No parameters.
MATCH (a:Entity)-[r:URGED]->(b:Entity)
// factuality: 'asserted' when the text says it happened, 'intended' for "X should urge Y" (a proposal), …
RETURN a.label AS actor, a.category AS actorCategory, b.label AS urged, coalesce(r.factuality, 'asserted') AS factuality, r.weight AS weight, r.evidence AS evidence
ORDER BY factuality, weight DESC, actor, urged
