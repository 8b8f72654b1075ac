// Date filters only when given (// if:): each is a test on every statement of a hub.
// The article is looked up by the id the statement keeps (a primary-key lookup).
MATCH (s:Statement)-[:ABOUT]->(t)
WHERE t.id IN $subject
  AND s.date >= $since  // if: since
  AND s.date < $until + '~'  // if: until
WITH DISTINCT s
WITH s ORDER BY s.date, s.text, s.id LIMIT $limit
OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
WITH s, sp
OPTIONAL MATCH (art:Article {id: s.article})
RETURN s.date AS date, coalesce(sp.name, s.speaker_text) AS speaker, s.text AS statement,
       art.outlet AS outlet, art.title AS article
ORDER BY date, speaker, statement, outlet, article
