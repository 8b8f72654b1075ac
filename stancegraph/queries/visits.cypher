// title: Visits: who goes where, and when
// description: VISITS edges (planned and done) by an actor or to a place, with date, the words the date came from, status and source sentence.
// param: actor node -- the visitor, e.g. Trump
// param: place node -- the place or actor visited, e.g. Beijing
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
// With an actor or target given: start from it (id index), sort what hangs off it.
MATCH (v:Actor) WHERE v.id IN $actor  // if: actor
MATCH (t:Actor|Topic) WHERE t.id IN $place  // if: place
MATCH (v:Actor)-[r:VISITS]->(t)  // if: actor, place
WHERE (size($actor) = 0 OR v.id IN $actor)  // if: actor, place
  AND (size($place) = 0 OR t.id IN $place)  // if: actor, place
WITH v, r, t ORDER BY r.date, type(r), r.id LIMIT $limit  // if: actor, place
// Otherwise read each type's range index on r.date in order, stopping after $limit;
// a type not asked for seeks an empty range. Undated edges (NULL sorts last) only if needed.
CALL () {  // unless: actor, place
  MATCH (v:Actor)-[r:VISITS]->(t)  // unless: actor, place
  WHERE r.date >= ''  // unless: actor, place
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: actor, place
}  // unless: actor, place
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit  // unless: actor, place
WITH collect(r) AS dated  // unless: actor, place
CALL (dated) {  // unless: actor, place
  WITH dated WHERE size(dated) < $limit  // unless: actor, place
  MATCH (v:Actor)-[r:VISITS]->(t)  // unless: actor, place
  WHERE r.date IS NULL  // unless: actor, place
  WITH r ORDER BY type(r), r.id LIMIT $limit  // unless: actor, place
  RETURN collect(r) AS undated  // unless: actor, place
}  // unless: actor, place
UNWIND (dated + undated)[0..$limit] AS r  // unless: actor, place
MATCH (v:Actor)-[r]->(t)  // unless: actor, place
RETURN v.name AS visitor, t.name AS destination, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence
ORDER BY date, visitor, destination, when_said, status, detail, sentence
// dialect: ladybug
// Filters the user did not give are left out (// if: ...): each one tested on every edge
// cost ~90 ms at 120,000 edges. The edges are chosen in date order before their ends are named.
MATCH (v:Actor)-[r:VISITS]->(t)
WHERE true
  AND v.id IN $actor  // if: actor
  AND t.id IN $place  // if: place
WITH v, r, t ORDER BY r.date, label(r), r.id LIMIT $limit
RETURN v.name AS visitor, t.name AS destination, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence
ORDER BY date, visitor, destination, when_said, status, detail, sentence
