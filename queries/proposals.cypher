// Proposals, who made them and what they are about.
// No parameters.
MATCH (p:Proposal)
OPTIONAL MATCH (author:Entity)-[:PROPOSED]->(p)
OPTIONAL MATCH (p)-[:ABOUT]->(topic:Entity)
RETURN p.label AS proposal, p.date AS date, collect(DISTINCT author.label) AS proposedBy, collect(DISTINCT topic.label) AS about
ORDER BY date, proposal
