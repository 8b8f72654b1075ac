// title: Visits: who goes where, and when
// description: VISITS edges (planned and done) by an actor or to a place, with date, the words the date came from, status and source sentence.
// param: actor node -- the visitor, e.g. Trump
// param: place node -- the place or actor visited, e.g. Beijing
// param: limit int default=100 -- at most this many rows
// writes: false
MATCH (v:Actor)-[r:VISITS]->(t)
WHERE (size($actor) = 0 OR v.id IN $actor) AND (size($place) = 0 OR t.id IN $place)
RETURN v.name AS visitor, t.name AS destination, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence
ORDER BY date, visitor, destination, when_said, status, detail, sentence
LIMIT $limit
