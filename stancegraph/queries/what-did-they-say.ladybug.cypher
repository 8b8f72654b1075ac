// collect() keeps no order here: list_sort makes `about` the same list on both stores.
// The subject is matched only when given: tested on every row, it is slow at a hub.

// variant: about-a-subject when about
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(x)
WHERE sp.id IN $speaker
  AND x.id IN $about
  AND s.date >= $since  // if: since
  AND s.date < $until + '~'  // if: until
WITH DISTINCT sp, s
WITH sp, s ORDER BY s.date, s.text, sp.name, s.id LIMIT $limit
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH sp, s, list_sort(collect(t.name)) AS about
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
RETURN sp.name AS speaker, s.text AS statement, about, source.name AS reported_by, s.date AS date
ORDER BY date, statement, speaker, reported_by
LIMIT $limit

// variant: everything
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE sp.id IN $speaker
  AND s.date >= $since  // if: since
  AND s.date < $until + '~'  // if: until
WITH DISTINCT sp, s
WITH sp, s ORDER BY s.date, s.text, sp.name, s.id LIMIT $limit
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH sp, s, list_sort(collect(t.name)) AS about
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
RETURN sp.name AS speaker, s.text AS statement, about, source.name AS reported_by, s.date AS date
ORDER BY date, statement, speaker, reported_by
LIMIT $limit
