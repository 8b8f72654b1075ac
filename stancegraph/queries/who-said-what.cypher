// title: Who said what about a subject
// description: Every statement about an actor or topic: who said it, the words, who reported it, when, and in which article.
// param: subject node required -- actor or topic (name, alias or id), e.g. Taiwan
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
// Neo4j: the node parameter is looked up by label (Actor|Topic), so the id indexes anchor the match
// (an unlabelled `t` made the planner scan every statement or actor first).
MATCH (t:Actor|Topic) WHERE t.id IN $subject
MATCH (s:Statement)-[:ABOUT]->(t)
WITH DISTINCT s
OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
OPTIONAL MATCH (art:Article)-[:CONTAINS]->(s)
RETURN coalesce(sp.name, s.speaker_text) AS speaker, s.text AS statement,
       source.name AS reported_by, s.kind AS kind, s.date AS date, art.title AS article
ORDER BY speaker, statement, date, article, reported_by, kind
LIMIT $limit
// dialect: ladybug
MATCH (s:Statement)-[:ABOUT]->(t)
WHERE t.id IN $subject
WITH DISTINCT s
OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:REPORTED_BY]->(source:Actor)
OPTIONAL MATCH (art:Article)-[:CONTAINS]->(s)
RETURN coalesce(sp.name, s.speaker_text) AS speaker, s.text AS statement,
       source.name AS reported_by, s.kind AS kind, s.date AS date, art.title AS article
ORDER BY speaker, statement, date, article, reported_by, kind
LIMIT $limit
