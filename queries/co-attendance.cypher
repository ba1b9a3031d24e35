// Which countries' officials attended the same events (co-attendance)?
// No parameters.
MATCH (c1:Country)<-[:REPRESENTS]-(p1:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(p2:Person)-[:REPRESENTS]->(c2:Country)
WHERE c1.key < c2.key
RETURN c1.label AS country1, c2.label AS country2, count(DISTINCT e) AS events, collect(DISTINCT e.label) AS eventLabels
ORDER BY events DESC, country1, country2
