// Officials and the countries they represent, with their titles.
// No parameters.
MATCH (p:Person)-[r:REPRESENTS]->(c:Country)
RETURN p.label AS official, p.titles AS titles, c.label AS country, c.iso3 AS iso3, r.evidence[0] AS evidence
ORDER BY country, official
