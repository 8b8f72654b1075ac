// Only the filters given are tested (// if:): each one is a test on every edge.
// The edges are chosen in date order before their ends are named.
MATCH (v:Actor)-[r:VISITS]->(t)
WHERE true
  AND v.id IN $actor  // if: actor
  AND t.id IN $place  // if: place
WITH v, r, t ORDER BY r.date, label(r), r.id LIMIT $limit
RETURN v.name AS visitor, t.name AS destination, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence
ORDER BY date, visitor, destination, when_said, status, detail, sentence
