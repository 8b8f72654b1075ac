// title: Stances, one row per source sentence
// description: SUPPORTS / OPPOSES / DOES_NOT_SUPPORT edges in date order (undated last), filtered by who holds them, toward what, which stance and when; each with its sentence, article and edge id (see edge-provenance).
// param: actor node -- only stances held by this actor, e.g. Xi
// param: target node -- only stances toward this actor or topic, e.g. Taiwan
// param: stance str -- supports, opposes or does-not-support (default: all three)
// param: since date -- only stances dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only stances dated up to this (a month or year includes all of it)
// param: limit int default=100 -- at most this many rows
// writes: false
// Dates are ISO strings: `until` 2025-11 keeps 2025-11-30 because '~' sorts after every digit.
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
// dialect: neo4j
// Neo4j: picked in date order from each type's range index on r.date (one branch per type,
// each stopping after $limit), so a listing does not read every edge of a million-edge graph.
CALL () {
  MATCH (holder:Actor)-[r:DOES_NOT_SUPPORT]->(t)
  WHERE r.date >= CASE WHEN coalesce($stance, '') = '' OR upper(replace(trim($stance), '-', '_')) = 'DOES_NOT_SUPPORT' THEN coalesce($since, '') ELSE '~' END AND (size($actor) = 0 OR holder.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($stance, '') = '' OR type(r) = upper(replace(trim($stance), '-', '_')))
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (holder:Actor)-[r:OPPOSES]->(t)
  WHERE r.date >= CASE WHEN coalesce($stance, '') = '' OR upper(replace(trim($stance), '-', '_')) = 'OPPOSES' THEN coalesce($since, '') ELSE '~' END AND (size($actor) = 0 OR holder.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($stance, '') = '' OR type(r) = upper(replace(trim($stance), '-', '_')))
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (holder:Actor)-[r:SUPPORTS]->(t)
  WHERE r.date >= CASE WHEN coalesce($stance, '') = '' OR upper(replace(trim($stance), '-', '_')) = 'SUPPORTS' THEN coalesce($since, '') ELSE '~' END AND (size($actor) = 0 OR holder.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($stance, '') = '' OR type(r) = upper(replace(trim($stance), '-', '_')))
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH collect(r) AS dated
// Undated edges come last (as NULL sorts last); they have no index, so only look when needed.
CALL (dated) {
  WITH dated WHERE size(dated) < $limit
  MATCH (holder:Actor)-[r:DOES_NOT_SUPPORT|OPPOSES|SUPPORTS]->(t)
  WHERE r.date IS NULL AND (size($actor) = 0 OR holder.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($stance, '') = '' OR type(r) = upper(replace(trim($stance), '-', '_')))
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  WITH r ORDER BY type(r), r.id LIMIT $limit
  RETURN collect(r) AS undated
}
UNWIND (dated + undated)[0..$limit] AS r
MATCH (holder:Actor)-[r]->(t)
OPTIONAL MATCH (art:Article {id: r.article})
RETURN holder.name AS actor, type(r) AS stance, t.name AS target, r.date AS date, r.confidence AS confidence,
       r.sentence AS sentence, art.title AS article, r.id AS edge
ORDER BY date, target, actor, stance, sentence, edge
// dialect: ladybug
// Edges are picked in date order before their ends are named: sorting is the cost here.
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE (size($actor) = 0 OR holder.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($stance, '') = '' OR label(r) = upper(replace(trim($stance), '-', '_')))
  AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
  AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
WITH holder, r, t ORDER BY r.date, label(r), r.id LIMIT $limit
OPTIONAL MATCH (art:Article {id: r.article})
RETURN holder.name AS actor, label(r) AS stance, t.name AS target, r.date AS date, r.confidence AS confidence,
       r.sentence AS sentence, art.title AS article, r.id AS edge
ORDER BY date, target, actor, stance, sentence, edge
