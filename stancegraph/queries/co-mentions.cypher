// title: Co-mention network of an actor
// description: Actors mentioned in the same articles as the given one, by how many articles they share, with how many statements each side made about the other. The actors sharing the most articles; among equally many at the limit, by id. When a name matches several actors, the articles each shares are added up.
// param: actor node required -- the actor at the centre, e.g. Trump
// param: min int default=1 -- leave out actors sharing fewer articles than this
// param: limit int default=50 -- at most this many rows
// writes: false
// Shared articles are read from the kept pair counts (CO_MENTIONED, docs/schema.md): walking
// every article of a hub and their mentions took 0.1-0.4 s at 1M relationships. The $limit
// actors sharing the most are picked first; only they are enriched with statement counts.
// dialect: neo4j
// Ties at the limit go by id, but reading the id of each of a hub's 19,000 partners cost
// 20 ms: the $limit-th count is found first, and only partners with at least that many are
// ordered by id. A centre is never its own partner (a name may match several actors).
// Statements between the centre and the picked actors are counted from the centre's side,
// once: from each picked actor's side, a hub among them expanded all of its statements.
MATCH (centre:Actor) WHERE centre.id IN $actor
WITH collect(centre) AS centres
UNWIND centres AS centre
MATCH (centre)-[pair:CO_MENTIONED]-(other)
WHERE NOT other IN centres
WITH centres, other, sum(pair.articles) AS articles
WHERE articles >= $min
WITH centres, articles ORDER BY articles DESC LIMIT $limit
WITH centres, min(articles) AS floor
UNWIND centres AS centre
MATCH (centre)-[pair:CO_MENTIONED]-(other)
WHERE NOT other IN centres
WITH centres, floor, other, sum(pair.articles) AS articles
WHERE articles >= floor
WITH centres, other, articles ORDER BY articles DESC, other.id LIMIT $limit
WITH centres, collect(other) AS top, collect(articles) AS counts
CALL (centres, top) {
  UNWIND centres AS c1
  MATCH (c1)<-[:ABOUT]-(s1:Statement)<-[:SAID]-(sp)
  WITH sp, count(DISTINCT s1) AS n
  WHERE sp IN top
  RETURN collect([sp, n]) AS said_about
}
CALL (centres, top) {
  UNWIND centres AS c2
  MATCH (c2)-[:SAID]->(s2:Statement)-[:ABOUT]->(x)
  WITH x, count(DISTINCT s2) AS n
  WHERE x IN top
  RETURN collect([x, n]) AS they_said
}
UNWIND range(0, size(top) - 1) AS i
WITH top[i] AS other, counts[i] AS articles, said_about, they_said
RETURN other.name AS actor, other.kind AS kind, articles,
       coalesce(head([p IN said_about WHERE p[0] = other | p[1]]), 0) AS said_about_them,
       coalesce(head([p IN they_said WHERE p[0] = other | p[1]]), 0) AS they_said_about
ORDER BY articles DESC, actor, kind, said_about_them, they_said_about
// dialect: ladybug
MATCH (centre:Actor)-[pair:CO_MENTIONED]-(other:Actor)
WHERE centre.id IN $actor AND NOT other.id IN $actor
WITH other, sum(pair.articles) AS articles
WHERE articles >= $min
WITH other, articles ORDER BY articles DESC, other.id LIMIT $limit
OPTIONAL MATCH (c1:Actor)<-[:ABOUT]-(s1:Statement)<-[:SAID]-(other)
WHERE c1.id IN $actor
WITH other, articles, count(DISTINCT s1) AS said_about_them
OPTIONAL MATCH (c2:Actor)-[:SAID]->(s2:Statement)-[:ABOUT]->(other)
WHERE c2.id IN $actor
RETURN other.name AS actor, other.kind AS kind, articles, said_about_them,
       count(DISTINCT s2) AS they_said_about
ORDER BY articles DESC, actor, kind, said_about_them, they_said_about
