// Who urged whom, and on the strength of which sentences?
// No parameters.
MATCH (a:Entity)-[r:URGED]->(b:Entity)
RETURN a.label AS actor, a.category AS actorCategory, b.label AS urged, r.weight AS weight, r.evidence AS evidence
ORDER BY weight DESC, actor, urged
