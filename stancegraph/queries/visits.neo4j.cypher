// variant: by-visitor-or-place when actor, place
// Start from what was given (id index) and sort what hangs off it.
MATCH (v:Actor) WHERE v.id IN $actor  // if: actor
MATCH (t:Actor|Topic) WHERE t.id IN $place  // if: place
MATCH (v:Actor)-[r:VISITS]->(t)
WHERE (size($actor) = 0 OR v.id IN $actor)
  AND (size($place) = 0 OR t.id IN $place)
WITH v, r, t ORDER BY r.date, type(r), r.id LIMIT $limit
RETURN v.name AS visitor, t.name AS destination, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence
ORDER BY date, visitor, destination, when_said, status, detail, sentence

// variant: by-date
// Read the range index on r.date in order, stopping after $limit;
// undated edges (NULL sorts last) only if needed.
CALL () {
  MATCH (v:Actor)-[r:VISITS]->(t)
  WHERE r.date >= ''
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH collect(r) AS dated
CALL (dated) {
  WITH dated WHERE size(dated) < $limit
  MATCH (v:Actor)-[r:VISITS]->(t)
  WHERE r.date IS NULL
  WITH r ORDER BY type(r), r.id LIMIT $limit
  RETURN collect(r) AS undated
}
UNWIND (dated + undated)[0..$limit] AS r
MATCH (v:Actor)-[r]->(t)
RETURN v.name AS visitor, t.name AS destination, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence
ORDER BY date, visitor, destination, when_said, status, detail, sentence
