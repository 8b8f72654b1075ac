// title: Visits: who goes where, and when
// description: VISITS edges (planned and done) by an actor or to a place, with date, the words the date came from, status and source sentence.
// param: actor node -- the visitor, e.g. Trump
// param: place node -- the place or actor visited, e.g. Beijing
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
// Neo4j: picked in date order from each type's range index on r.date (one branch per type,
// each stopping after $limit), so a listing does not read every edge of a million-edge graph.
CALL () {
  MATCH (v:Actor)-[r:VISITS]->(t)
  WHERE r.date >= '' AND (size($actor) = 0 OR v.id IN $actor) AND (size($place) = 0 OR t.id IN $place)
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH collect(r) AS dated
// Undated edges come last (as NULL sorts last); they have no index, so only look when needed.
CALL (dated) {
  WITH dated WHERE size(dated) < $limit
  MATCH (v:Actor)-[r:VISITS]->(t)
  WHERE r.date IS NULL AND (size($actor) = 0 OR v.id IN $actor) AND (size($place) = 0 OR t.id IN $place)
  WITH r ORDER BY type(r), r.id LIMIT $limit
  RETURN collect(r) AS undated
}
UNWIND (dated + undated)[0..$limit] AS r
MATCH (v:Actor)-[r]->(t)
RETURN v.name AS visitor, t.name AS destination, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence
ORDER BY date, visitor, destination, when_said, status, detail, sentence
// dialect: ladybug
// Edges are picked in date order before their ends are named: sorting is the cost here.
MATCH (v:Actor)-[r:VISITS]->(t)
WHERE (size($actor) = 0 OR v.id IN $actor) AND (size($place) = 0 OR t.id IN $place)
WITH v, r, t ORDER BY r.date, r.id LIMIT $limit
RETURN v.name AS visitor, t.name AS destination, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence
ORDER BY date, visitor, destination, when_said, status, detail, sentence
