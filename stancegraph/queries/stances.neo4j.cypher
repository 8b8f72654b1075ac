// variant: by-holder-or-target when actor, target
// Start from the actor or target given (id index) and sort what hangs off it.
MATCH (holder:Actor) WHERE holder.id IN $actor  // if: actor
MATCH (t:Actor|Topic) WHERE t.id IN $target  // if: target
MATCH (holder:Actor)-[r:DOES_NOT_SUPPORT|OPPOSES|SUPPORTS]->(t)
WHERE (size($actor) = 0 OR holder.id IN $actor)
  AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($stance, '') = '' OR type(r) = upper(replace(trim($stance), '-', '_')))
  AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
  AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
WITH holder, r, t ORDER BY r.date, type(r), r.id LIMIT $limit
OPTIONAL MATCH (art:Article {id: r.article})
RETURN holder.name AS actor, type(r) AS stance, t.name AS target, r.date AS date, r.confidence AS confidence,
       r.sentence AS sentence, art.title AS article, r.id AS edge
ORDER BY date, target, actor, stance, sentence, edge

// variant: by-date
// Read each type's range index on r.date in order, stopping after $limit;
// a type not asked for seeks an empty range. Undated edges (NULL sorts last) only if needed.
CALL () {
  MATCH (holder:Actor)-[r:DOES_NOT_SUPPORT]->(t)
  WHERE r.date >= CASE WHEN coalesce($stance, '') = '' OR upper(replace(trim($stance), '-', '_')) = 'DOES_NOT_SUPPORT' THEN coalesce($since, '') ELSE '~' END
    AND (coalesce($stance, '') = '' OR type(r) = upper(replace(trim($stance), '-', '_')))
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (holder:Actor)-[r:OPPOSES]->(t)
  WHERE r.date >= CASE WHEN coalesce($stance, '') = '' OR upper(replace(trim($stance), '-', '_')) = 'OPPOSES' THEN coalesce($since, '') ELSE '~' END
    AND (coalesce($stance, '') = '' OR type(r) = upper(replace(trim($stance), '-', '_')))
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (holder:Actor)-[r:SUPPORTS]->(t)
  WHERE r.date >= CASE WHEN coalesce($stance, '') = '' OR upper(replace(trim($stance), '-', '_')) = 'SUPPORTS' THEN coalesce($since, '') ELSE '~' END
    AND (coalesce($stance, '') = '' OR type(r) = upper(replace(trim($stance), '-', '_')))
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH collect(r) AS dated
CALL (dated) {
  WITH dated WHERE size(dated) < $limit
  MATCH (holder:Actor)-[r:DOES_NOT_SUPPORT|OPPOSES|SUPPORTS]->(t)
  WHERE r.date IS NULL
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
