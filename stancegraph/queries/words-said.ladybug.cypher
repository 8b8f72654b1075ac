// variant: by-speaker when speaker
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE sp.id IN $speaker
  AND lower(s.text) CONTAINS lower($words)
  AND s.date >= $since  // if: since
  AND s.date < $until + '~'  // if: until
WITH sp, s ORDER BY coalesce(s.date, '~'), s.text, s.id LIMIT $limit
OPTIONAL MATCH (art:Article {id: s.article})
RETURN sp.name AS speaker, s.text AS statement, s.date AS date, art.title AS article
ORDER BY coalesce(date, '~'), statement, speaker, article

// variant: everything
MATCH (s:Statement)
WHERE lower(s.text) CONTAINS lower($words)
  AND s.date >= $since  // if: since
  AND s.date < $until + '~'  // if: until
WITH s ORDER BY coalesce(s.date, '~'), s.text, s.id LIMIT $limit
OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
OPTIONAL MATCH (art:Article {id: s.article})
RETURN coalesce(sp.name, s.speaker_text) AS speaker, s.text AS statement, s.date AS date, art.title AS article
ORDER BY coalesce(date, '~'), statement, speaker, article
