// title: What did an actor say (optionally about a subject)
// description: Statements made by one actor, optionally only those about an actor or topic, with what each is about and who reported it.
// param: speaker node required -- the actor who spoke, e.g. Xi
// param: about node -- only statements about this actor or topic, e.g. Taiwan
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
// The statements are picked (filter, order, limit) before their subjects and reporters are
// gathered: a hub like Xi said thousands of things, and only $limit of them are shown.
// Given a subject, both ends are anchored by label (id indexes).
MATCH (sp:Actor)-[:SAID]->(s:Statement)  // unless: about
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(x:Actor|Topic)  // if: about
WHERE sp.id IN $speaker
  AND x.id IN $about  // if: about
WITH DISTINCT sp, s
WITH sp, s ORDER BY s.date, s.text, sp.name, s.id LIMIT $limit
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH sp, s, t ORDER BY t.name
WITH sp, s, collect(t.name) AS about
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
RETURN sp.name AS speaker, s.text AS statement, about, source.name AS reported_by, s.date AS date
ORDER BY date, statement, speaker, reported_by
LIMIT $limit
// dialect: ladybug
// collect() keeps no order here: list_sort makes `about` the same list on both stores.
// The subject filter only when given (// if:): tested on every row it cost ~100 ms at a hub.
MATCH (sp:Actor)-[:SAID]->(s:Statement)  // unless: about
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(x)  // if: about
WHERE sp.id IN $speaker
  AND x.id IN $about  // if: about
WITH DISTINCT sp, s
WITH sp, s ORDER BY s.date, s.text, sp.name, s.id LIMIT $limit
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH sp, s, list_sort(collect(t.name)) AS about
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
RETURN sp.name AS speaker, s.text AS statement, about, source.name AS reported_by, s.date AS date
ORDER BY date, statement, speaker, reported_by
LIMIT $limit
