// The node parameter is looked up by label (Actor|Topic), so the id indexes anchor the match
// (an unlabelled `t` made the planner scan every statement or actor first).
MATCH (t:Actor|Topic) WHERE t.id IN $subject
MATCH (s:Statement)-[:ABOUT]->(t)
WHERE true
  AND s.date >= $since  // if: since
  AND s.date < $until + '~'  // if: until
WITH DISTINCT s
OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
OPTIONAL MATCH (art:Article)-[:CONTAINS]->(s)
RETURN coalesce(sp.name, s.speaker_text) AS speaker, s.text AS statement,
       source.name AS reported_by, s.kind AS kind, s.date AS date, art.title AS article
ORDER BY speaker, statement, date, article, reported_by, kind
LIMIT $limit
