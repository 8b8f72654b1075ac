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
// Neo4j: picked in date order from each type's range index on r.date (one branch per type,
// each stopping after $limit), so a listing does not read every edge of a million-edge graph.
CALL () {
  MATCH (src:Actor)-[r:AFFILIATED_WITH]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'AFFILIATED_WITH' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:CALLED]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'CALLED' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:DOES_NOT_SUPPORT]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'DOES_NOT_SUPPORT' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:EXPORTS_TO]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'EXPORTS_TO' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:INVITED]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'INVITED' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:LEADS]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'LEADS' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:MET]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'MET' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:OPPOSES]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'OPPOSES' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:SUPPORTS]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'SUPPORTS' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:VISITS]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'VISITS' THEN '' ELSE '~' END AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH collect(r) AS dated
// Undated edges come last (as NULL sorts last); they have no index, so only look when needed.
CALL (dated) {
  WITH dated WHERE size(dated) < $limit
  MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|MET|OPPOSES|SUPPORTS|VISITS]->(t)
  WHERE r.date IS NULL AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  WITH r ORDER BY type(r), r.id LIMIT $limit
  RETURN collect(r) AS undated
}
UNWIND (dated + undated)[0..$limit] AS r
MATCH (src:Actor)-[r]->(t)
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (s:Statement {id: r.statement})
RETURN r.id AS edge, type(r) AS type, src.name AS source, t.name AS target, r.sentence AS sentence,
       r.sentence_start AS sentence_start, r.sentence_end AS sentence_end, r.cue AS cue,
       s.text AS statement, r.date AS date, r.date_text AS date_text, r.status AS status,
       r.detail AS detail, r.confidence AS confidence, art.title AS article, art.outlet AS outlet,
       art.url AS url, art.published AS published
ORDER BY date, type, source, target, published, sentence_start, edge
// dialect: ladybug
// Edges are picked in date order before their ends are named: sorting is the cost here.
MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|MET|OPPOSES|SUPPORTS|VISITS]->(t)
WHERE (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
  AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($type, '') = '' OR label(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
WITH src, r, t ORDER BY r.date, label(r), r.id LIMIT $limit
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (s:Statement {id: r.statement})
RETURN r.id AS edge, label(r) AS type, src.name AS source, t.name AS target, r.sentence AS sentence,
       r.sentence_start AS sentence_start, r.sentence_end AS sentence_end, r.cue AS cue,
       s.text AS statement, r.date AS date, r.date_text AS date_text, r.status AS status,
       r.detail AS detail, r.confidence AS confidence, art.title AS article, art.outlet AS outlet,
       art.url AS url, art.published AS published
ORDER BY date, type, source, target, published, sentence_start, edge
