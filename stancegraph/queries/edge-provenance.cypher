// title: Provenance of a stance or event edge
// description: Where an edge came from: the source sentence and its offsets, the statement it was read from, cue, dates, confidence and the article (title, outlet, URL). Pick the edge by its id (the `edge` column of stances and events) or by its ends and type.
// param: edge str -- the edge id, e.g. from 'stancegraph query stances'
// param: source node -- the actor the edge starts from, e.g. Xi
// param: target node -- the actor or topic it points to, e.g. "Taiwan independence"
// param: type str -- the relationship type, e.g. OPPOSES or VISITS (default: any)
// param: limit int default=20 -- at most this many edges
// writes: false
// dialect: neo4j
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
MATCH (src:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT|VISITS|CALLED|MET|INVITED|EXPORTS_TO|AFFILIATED_WITH|LEADS]->(t)
WHERE (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
  AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (s:Statement {id: r.statement})
RETURN r.id AS edge, type(r) AS type, src.name AS source, t.name AS target, r.sentence AS sentence,
       r.sentence_start AS sentence_start, r.sentence_end AS sentence_end, r.cue AS cue,
       s.text AS statement, r.date AS date, r.date_text AS date_text, r.status AS status,
       r.detail AS detail, r.confidence AS confidence, art.title AS article, art.outlet AS outlet,
       art.url AS url, art.published AS published
ORDER BY type, source, target, published, sentence_start, edge
LIMIT $limit
// dialect: ladybug
MATCH (src:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT|VISITS|CALLED|MET|INVITED|EXPORTS_TO|AFFILIATED_WITH|LEADS]->(t)
WHERE (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
  AND (size($source) = 0 OR src.id IN $source) AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($type, '') = '' OR label(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (s:Statement {id: r.statement})
RETURN r.id AS edge, label(r) AS type, src.name AS source, t.name AS target, r.sentence AS sentence,
       r.sentence_start AS sentence_start, r.sentence_end AS sentence_end, r.cue AS cue,
       s.text AS statement, r.date AS date, r.date_text AS date_text, r.status AS status,
       r.detail AS detail, r.confidence AS confidence, art.title AS article, art.outlet AS outlet,
       art.url AS url, art.published AS published
ORDER BY type, source, target, published, sentence_start, edge
LIMIT $limit
