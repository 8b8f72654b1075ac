// Only the filters given are tested (// if:): each one costs a test on every edge.
// LadybugDB reads every column a query uses before its ORDER BY ... LIMIT, so the edges are
// chosen in date order carrying their ends by internal id, and the ends are named after.

// variant: filtered when source, target, edge, type
// A first statement turns the type into its label, once: LadybugDB evaluates an expression
// of parameters for every edge.
RETURN upper(replace(trim(coalesce($type, '')), '-', '_')) AS rel_type  // if: type
// then: rel_type
MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|LOCATED_IN|MET|OPPOSES|SUPPORTS|VISITS]->(t)
WHERE true
  AND src.id IN $source  // if: source
  AND t.id IN $target  // if: target
  AND r.id = $edge  // if: edge
  AND label(r) = $rel_type  // if: type
WITH id(src) AS src_id, id(t) AS t_id, r ORDER BY r.date, label(r), r.id LIMIT $limit
MATCH (src:Actor) WHERE id(src) = src_id
OPTIONAL MATCH (ta:Actor) WHERE id(ta) = t_id
OPTIONAL MATCH (tt:Topic) WHERE id(tt) = t_id
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (s:Statement {id: r.statement})
RETURN r.id AS edge, label(r) AS type, src.name AS source, coalesce(ta.name, tt.name) AS target, r.sentence AS sentence,
       r.sentence_start AS sentence_start, r.sentence_end AS sentence_end, r.cue AS cue,
       s.text AS statement, r.date AS date, r.date_text AS date_text, r.status AS status,
       r.detail AS detail, r.confidence AS confidence, art.title AS article, art.outlet AS outlet,
       art.url AS url, art.published AS published
ORDER BY date, type, source, target, published, sentence_start, edge

// variant: everything
// Sorting every edge is slow, so a first statement finds a date that at least $limit edges
// fall on or before: the $limit-th date among the first 20,000 edges read (undated sort last,
// and a null date cuts nothing). With fewer than $limit edges in the graph the last row is the
// latest date or undated, which cuts nothing either.
MATCH ()-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|LOCATED_IN|MET|OPPOSES|SUPPORTS|VISITS]->()
WHERE $limit <= 20000
WITH r.date AS d LIMIT 20000
RETURN d AS cut_date ORDER BY d LIMIT $limit
// then: cut_date
MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|LOCATED_IN|MET|OPPOSES|SUPPORTS|VISITS]->(t)
WHERE true
  AND r.date <= $cut_date  // if: cut_date
WITH id(src) AS src_id, id(t) AS t_id, r ORDER BY r.date, label(r), r.id LIMIT $limit
MATCH (src:Actor) WHERE id(src) = src_id
OPTIONAL MATCH (ta:Actor) WHERE id(ta) = t_id
OPTIONAL MATCH (tt:Topic) WHERE id(tt) = t_id
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (s:Statement {id: r.statement})
RETURN r.id AS edge, label(r) AS type, src.name AS source, coalesce(ta.name, tt.name) AS target, r.sentence AS sentence,
       r.sentence_start AS sentence_start, r.sentence_end AS sentence_end, r.cue AS cue,
       s.text AS statement, r.date AS date, r.date_text AS date_text, r.status AS status,
       r.detail AS detail, r.confidence AS confidence, art.title AS article, art.outlet AS outlet,
       art.url AS url, art.published AS published
ORDER BY date, type, source, target, published, sentence_start, edge
