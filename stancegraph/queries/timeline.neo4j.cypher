// The node parameter is looked up by label (Actor|Topic), so the id indexes anchor the match
// (an unlabelled `t` made the planner scan every statement or actor first).
MATCH (t:Actor|Topic) WHERE t.id IN $subject
MATCH (s:Statement)-[:ABOUT]->(t)
WHERE (coalesce($since, '') = '' OR s.date >= coalesce($since, ''))
  AND (coalesce($until, '') = '' OR s.date < coalesce($until, '') + '~')
WITH DISTINCT s
WITH s ORDER BY s.date, s.text, s.id LIMIT $limit
OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
OPTIONAL MATCH (art:Article)-[:CONTAINS]->(s)
RETURN s.date AS date, coalesce(sp.name, s.speaker_text) AS speaker, s.text AS statement,
       art.outlet AS outlet, art.title AS article
ORDER BY date, speaker, statement, outlet, article
