// title: Provenance of a stance or event edge
// description: Where an edge came from: the source sentence and its offsets, the statement it was read from, cue, dates, confidence and the article (title, outlet, URL). Edges in date order (undated last). Pick the edge by its id (the `edge` column of stances and events) or by its ends and type.
// param: edge str -- the edge id, e.g. from 'stancegraph query stances'
// param: source node -- the actor the edge starts from, e.g. Xi
// param: target node -- the actor or topic it points to, e.g. "Taiwan independence"
// param: type str -- the relationship type, e.g. OPPOSES or VISITS (default: any)
// param: limit int default=20 -- at most this many edges
// writes: false
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
// dialect: neo4j
// With an actor or target given: start from it (id index), sort what hangs off it.
MATCH (src:Actor) WHERE src.id IN $source  // if: source
MATCH (t:Actor|Topic) WHERE t.id IN $target  // if: target
MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|MET|OPPOSES|SUPPORTS|VISITS]->(t)  // if: source, target
WHERE (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // if: source, target
  AND (size($source) = 0 OR src.id IN $source)  // if: source, target
  AND (size($target) = 0 OR t.id IN $target)  // if: source, target
  AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // if: source, target
WITH src, r, t ORDER BY r.date, type(r), r.id LIMIT $limit  // if: source, target
// Otherwise read each type's range index on r.date in order, stopping after $limit;
// a type not asked for seeks an empty range. Undated edges (NULL sorts last) only if needed.
CALL () {  // unless: source, target
  MATCH (src:Actor)-[r:AFFILIATED_WITH]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'AFFILIATED_WITH' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
  UNION ALL  // unless: source, target
  MATCH (src:Actor)-[r:CALLED]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'CALLED' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
  UNION ALL  // unless: source, target
  MATCH (src:Actor)-[r:DOES_NOT_SUPPORT]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'DOES_NOT_SUPPORT' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
  UNION ALL  // unless: source, target
  MATCH (src:Actor)-[r:EXPORTS_TO]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'EXPORTS_TO' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
  UNION ALL  // unless: source, target
  MATCH (src:Actor)-[r:INVITED]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'INVITED' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
  UNION ALL  // unless: source, target
  MATCH (src:Actor)-[r:LEADS]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'LEADS' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
  UNION ALL  // unless: source, target
  MATCH (src:Actor)-[r:MET]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'MET' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
  UNION ALL  // unless: source, target
  MATCH (src:Actor)-[r:OPPOSES]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'OPPOSES' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
  UNION ALL  // unless: source, target
  MATCH (src:Actor)-[r:SUPPORTS]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'SUPPORTS' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
  UNION ALL  // unless: source, target
  MATCH (src:Actor)-[r:VISITS]->(t)  // unless: source, target
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'VISITS' THEN '' ELSE '~' END  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: source, target
}  // unless: source, target
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit  // unless: source, target
WITH collect(r) AS dated  // unless: source, target
CALL (dated) {  // unless: source, target
  WITH dated WHERE size(dated) < $limit  // unless: source, target
  MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|MET|OPPOSES|SUPPORTS|VISITS]->(t)  // unless: source, target
  WHERE r.date IS NULL  // unless: source, target
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))  // unless: source, target
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))  // unless: source, target
  WITH r ORDER BY type(r), r.id LIMIT $limit  // unless: source, target
  RETURN collect(r) AS undated  // unless: source, target
}  // unless: source, target
UNWIND (dated + undated)[0..$limit] AS r  // unless: source, target
MATCH (src:Actor)-[r]->(t)  // unless: source, target
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (s:Statement {id: r.statement})
RETURN r.id AS edge, type(r) AS type, src.name AS source, t.name AS target, r.sentence AS sentence,
       r.sentence_start AS sentence_start, r.sentence_end AS sentence_end, r.cue AS cue,
       s.text AS statement, r.date AS date, r.date_text AS date_text, r.status AS status,
       r.detail AS detail, r.confidence AS confidence, art.title AS article, art.outlet AS outlet,
       art.url AS url, art.published AS published
ORDER BY date, type, source, target, published, sentence_start, edge
// dialect: ladybug
// With no filter at all, sorting every edge costs ~90 ms at 230,000 edges, so a first statement
// finds a date that at least $limit edges fall on or before: the $limit-th date among the first
// 20,000 edges read (undated sort last, and a null date cuts nothing). With fewer than $limit
// edges in the graph the last row is the latest date or undated, which cuts nothing either.
MATCH ()-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|MET|OPPOSES|SUPPORTS|VISITS]->()  // unless: source, target, edge, type
WHERE $limit <= 20000  // unless: source, target, edge, type
WITH r.date AS d LIMIT 20000  // unless: source, target, edge, type
RETURN d AS cut_date ORDER BY d LIMIT $limit  // unless: source, target, edge, type
// then: cut_date
// The type as its label, once: LadybugDB evaluates an expression of parameters for every edge
// (VISITS at 1M relationships: 55 -> 44 ms for the match and sort alone).
RETURN upper(replace(trim(coalesce($type, '')), '-', '_')) AS rel_type  // if: type
// then: rel_type
// Filters the user did not give are left out (// if: ...): each one tested on every edge
// cost ~90 ms at 120,000 edges. The edges are chosen in date order before their ends are named.
// LadybugDB reads every column a query uses before its ORDER BY ... LIMIT: the names of both
// ends were read for every edge (stances: 97 -> 61 ms at 119,000 edges when the ends are
// carried by internal id and named after the limit).
MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|MET|OPPOSES|SUPPORTS|VISITS]->(t)
WHERE true
  AND r.date <= $cut_date  // if: cut_date
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
