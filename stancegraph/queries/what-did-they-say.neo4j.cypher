// The statements are picked (filter, order, limit) before their subjects and reporters are
// gathered: a hub like Xi said thousands of things, and only $limit of them are shown.

// variant: about-a-subject when about
// Both ends are anchored by label (id indexes).
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(x:Actor|Topic)
WHERE sp.id IN $speaker
  AND x.id IN $about
  AND s.date >= $since  // if: since
  AND s.date < $until + '~'  // if: until
WITH DISTINCT sp, s
WITH sp, s ORDER BY s.date, s.text, sp.name, s.id LIMIT $limit
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH sp, s, t ORDER BY t.name
WITH sp, s, collect(t.name) AS about
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
WITH sp, s, t ORDER BY t.name
WITH sp, s, collect(t.name) AS about
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
RETURN sp.name AS speaker, s.text AS statement, about, source.name AS reported_by, s.date AS date
ORDER BY date, statement, speaker, reported_by
LIMIT $limit
