// title: Timeline of statements about a subject
// description: Statements about an actor or topic in date order, optionally within a date range, with speaker, outlet and article.
// param: subject node required -- actor or topic, e.g. Taiwan
// param: since date -- only statements on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only statements up to this date (a month or a year includes all of it)
// param: limit int default=200 -- at most this many rows
// writes: false
// The statements are picked in date order before their speakers and articles are looked up:
// a subject like Taiwan has thousands.
// Dates are ISO strings: `until` 2025-11 keeps 2025-11-30 because '~' sorts after every digit.
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
// dialect: neo4j
// Neo4j: the node parameter is looked up by label (Actor|Topic), so the id indexes anchor the match
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
// dialect: ladybug
// Date filters only when given (// if:): tested on every statement of a hub, each cost ~90 ms.
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
