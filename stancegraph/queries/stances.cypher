// title: Stances, one row per source sentence
// description: SUPPORTS / OPPOSES / DOES_NOT_SUPPORT edges, filtered by who holds them, toward what, which stance and when; each with its sentence, article and edge id (see edge-provenance).
// param: actor node -- only stances held by this actor, e.g. Xi
// param: target node -- only stances toward this actor or topic, e.g. Taiwan
// param: stance str -- supports, opposes or does-not-support (default: all three)
// param: since date -- only stances dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only stances dated up to this (a month or year includes all of it)
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
// Dates are ISO strings: `until` 2025-11 keeps 2025-11-30 because '~' sorts after every digit.
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE (size($actor) = 0 OR holder.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($stance, '') = '' OR type(r) = upper(replace(trim($stance), '-', '_')))
  AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
  AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
OPTIONAL MATCH (art:Article {id: r.article})
RETURN holder.name AS actor, type(r) AS stance, t.name AS target, r.date AS date, r.confidence AS confidence,
       r.sentence AS sentence, art.title AS article, r.id AS edge
ORDER BY target, actor, stance, date, sentence, edge
LIMIT $limit
// dialect: ladybug
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE (size($actor) = 0 OR holder.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($stance, '') = '' OR label(r) = upper(replace(trim($stance), '-', '_')))
  AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
  AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
OPTIONAL MATCH (art:Article {id: r.article})
RETURN holder.name AS actor, label(r) AS stance, t.name AS target, r.date AS date, r.confidence AS confidence,
       r.sentence AS sentence, art.title AS article, r.id AS edge
ORDER BY target, actor, stance, date, sentence, edge
LIMIT $limit
