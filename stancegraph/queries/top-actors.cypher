// title: Top actors
// description: Actors by how many articles mention them, with how many statements they made.
// param: limit int default=20 -- at most this many rows
// writes: false
MATCH (a:Article)-[m:MENTIONS]->(actor:Actor)
WITH actor, count(a) AS articles, sum(m.count) AS mentions
OPTIONAL MATCH (actor)-[:SAID]->(s:Statement)
RETURN actor.name AS actor, actor.kind AS kind, articles, mentions, count(s) AS statements
ORDER BY mentions DESC, articles DESC, actor, kind, statements
LIMIT $limit
