// Who attended a given event?
// $event: part of the event's label, or its key (case-insensitive), e.g. "meeting on Afghanistan"
MATCH (p:Entity)-[a:ATTENDED]->(e:Event)
WHERE e.key = $event OR toLower(e.label) CONTAINS toLower($event)
RETURN e.label AS event, e.date AS date, p.label AS attendee, p.category AS category, a.evidence[0] AS evidence
ORDER BY event, attendee
