// title: Co-mention network of an actor
// description: Actors mentioned in the same articles as the given one, by how many articles they share, with how many statements each side made about the other.
// param: actor node required -- the actor at the centre, e.g. Trump
// param: min int default=1 -- leave out actors sharing fewer articles than this
// param: limit int default=50 -- at most this many rows
// writes: false
MATCH (centre:Actor)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(other:Actor)
WHERE centre.id IN $actor AND NOT other.id IN $actor
WITH other, count(DISTINCT art) AS articles
WHERE articles >= $min
OPTIONAL MATCH (other)-[:SAID]->(s1:Statement)-[:ABOUT]->(c1:Actor)
WHERE c1.id IN $actor
WITH other, articles, count(DISTINCT s1) AS said_about_them
OPTIONAL MATCH (other)<-[:ABOUT]-(s2:Statement)<-[:SAID]-(c2:Actor)
WHERE c2.id IN $actor
RETURN other.name AS actor, other.kind AS kind, articles, said_about_them,
       count(DISTINCT s2) AS they_said_about
ORDER BY articles DESC, actor, kind, said_about_them, they_said_about
LIMIT $limit
