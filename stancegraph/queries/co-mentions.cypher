// title: Co-mention network of an actor
// description: Actors mentioned in the same articles as the given one, by how many articles they share, with how many statements each side made about the other. The actors sharing the most articles; among equally many at the limit, by id.
// param: actor node required -- the actor at the centre, e.g. Trump
// param: min int default=1 -- leave out actors sharing fewer articles than this
// param: limit int default=50 -- at most this many rows
// writes: false
// The $limit actors sharing the most articles are picked first; only they are enriched
// with statement counts (enriching every co-mentioned actor took 0.3-2 s at 1M relationships).
// A hub's cost is its degree: every article it is in, and their mentions (docs/scale.md).
// dialect: neo4j
// Statements between the centre and the picked actors are counted from the centre's side,
// once: from each picked actor's side, a hub among them expanded all of its statements.
MATCH (centre:Actor)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(other:Actor)
WHERE centre.id IN $actor
WITH other, count(DISTINCT art) AS articles
WHERE articles >= $min AND NOT other.id IN $actor
WITH other, articles ORDER BY articles DESC, other.id LIMIT $limit
WITH collect({other: other, articles: articles}) AS top
CALL (top) {
  MATCH (c1:Actor)<-[:ABOUT]-(s1:Statement)<-[:SAID]-(sp:Actor)
  WHERE c1.id IN $actor AND sp IN [t IN top | t.other]
  WITH sp, count(DISTINCT s1) AS n
  RETURN collect({id: sp.id, n: n}) AS said_about
}
CALL (top) {
  MATCH (c2:Actor)-[:SAID]->(s2:Statement)-[:ABOUT]->(x:Actor)
  WHERE c2.id IN $actor AND x IN [t IN top | t.other]
  WITH x, count(DISTINCT s2) AS n
  RETURN collect({id: x.id, n: n}) AS they_said
}
UNWIND top AS t
WITH t.other AS other, t.articles AS articles, said_about, they_said
RETURN other.name AS actor, other.kind AS kind, articles,
       coalesce(head([p IN said_about WHERE p.id = other.id | p.n]), 0) AS said_about_them,
       coalesce(head([p IN they_said WHERE p.id = other.id | p.n]), 0) AS they_said_about
ORDER BY articles DESC, actor, kind, said_about_them, they_said_about
// dialect: ladybug
MATCH (centre:Actor)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(other:Actor)
WHERE centre.id IN $actor
WITH other, count(DISTINCT art) AS articles
WHERE articles >= $min AND NOT other.id IN $actor
WITH other, articles ORDER BY articles DESC, other.id LIMIT $limit
OPTIONAL MATCH (c1:Actor)<-[:ABOUT]-(s1:Statement)<-[:SAID]-(other)
WHERE c1.id IN $actor
WITH other, articles, count(DISTINCT s1) AS said_about_them
OPTIONAL MATCH (c2:Actor)-[:SAID]->(s2:Statement)-[:ABOUT]->(other)
WHERE c2.id IN $actor
RETURN other.name AS actor, other.kind AS kind, articles, said_about_them,
       count(DISTINCT s2) AS they_said_about
ORDER BY articles DESC, actor, kind, said_about_them, they_said_about
