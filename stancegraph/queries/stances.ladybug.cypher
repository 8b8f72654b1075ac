// Only the filters given are tested (// if:): each one costs a test on every edge.
// LadybugDB reads every column a query uses before its ORDER BY ... LIMIT, so the edges are
// chosen in date order carrying their ends by internal id, and the ends are named after.
MATCH (holder:Actor)-[r:DOES_NOT_SUPPORT|OPPOSES|SUPPORTS]->(t)
WHERE true
  AND holder.id IN $actor  // if: actor
  AND t.id IN $target  // if: target
  AND label(r) = upper(replace(trim($stance), '-', '_'))  // if: stance
  AND r.date >= $since  // if: since
  AND r.date < $until + '~'  // if: until
WITH id(holder) AS holder_id, id(t) AS t_id, r ORDER BY r.date, label(r), r.id LIMIT $limit
MATCH (holder:Actor) WHERE id(holder) = holder_id
OPTIONAL MATCH (ta:Actor) WHERE id(ta) = t_id
OPTIONAL MATCH (tt:Topic) WHERE id(tt) = t_id
OPTIONAL MATCH (art:Article {id: r.article})
RETURN holder.name AS actor, label(r) AS stance, coalesce(ta.name, tt.name) AS target, r.date AS date, r.confidence AS confidence,
       r.sentence AS sentence, art.title AS article, r.id AS edge
ORDER BY date, target, actor, stance, sentence, edge
