// title: What did an actor say (optionally about a subject)
// description: Statements made by one actor, optionally only those about an actor or topic, with what each is about and who reported it.
// param: speaker node required -- the actor who spoke, e.g. Xi
// param: about node -- only statements about this actor or topic, e.g. Taiwan
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE sp.id IN $speaker
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH sp, s, t ORDER BY t.name
WITH sp, s, collect(t.name) AS about, sum(CASE WHEN t.id IN $about THEN 1 ELSE 0 END) AS hits
WHERE size($about) = 0 OR hits > 0
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
RETURN sp.name AS speaker, s.text AS statement, about, source.name AS reported_by, s.date AS date
ORDER BY date, statement, speaker, reported_by
LIMIT $limit
// dialect: ladybug
// collect() keeps no order here: list_sort makes `about` the same list on both stores.
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE sp.id IN $speaker
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH sp, s, list_sort(collect(t.name)) AS about, sum(CASE WHEN t.id IN $about THEN 1 ELSE 0 END) AS hits
WHERE size($about) = 0 OR hits > 0
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
RETURN sp.name AS speaker, s.text AS statement, about, source.name AS reported_by, s.date AS date
ORDER BY date, statement, speaker, reported_by
LIMIT $limit
