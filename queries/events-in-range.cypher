// The events of a date range, where they were held and who attended.
// $from, $to: ISO dates, inclusive, e.g. "2021-09-01" and "2021-09-30"
MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Entity)
OPTIONAL MATCH (who:Entity)-[:ATTENDED]->(e)
RETURN e.label AS event, e.date AS date, collect(DISTINCT place.label) AS heldIn, collect(DISTINCT who.label) AS attendees
ORDER BY date, event
