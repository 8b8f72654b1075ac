// title: Top topics
// description: What statements are about (topics and actors), by number of statements, with how many distinct speakers and articles.
// param: limit int default=20 -- at most this many rows
// writes: false
MATCH (s:Statement)-[:ABOUT]->(t)
OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
WITH t, count(DISTINCT s) AS statements, count(DISTINCT sp) AS speakers, count(DISTINCT s.article) AS articles
RETURN t.name AS subject, coalesce(t.kind, 'topic') AS kind, statements, speakers, articles
ORDER BY statements DESC, speakers DESC, subject, kind
LIMIT $limit
