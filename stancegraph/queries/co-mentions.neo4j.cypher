// Ties at the limit go by id, but reading the id of each of a hub's thousands of partners is
// slow: the $limit-th count is found first, and only partners with at least that many are
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
