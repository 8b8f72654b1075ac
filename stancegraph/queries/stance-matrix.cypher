// title: Stance matrix: actors by target
// description: For each actor and each target it takes a stance on: how many SUPPORTS, OPPOSES and DOES_NOT_SUPPORT edges, and the net (supports minus the other two).
// param: target node -- only this target (actor or topic)
// param: actor node -- only stances held by this actor
// param: min int -- leave out pairs with fewer stance edges than this (default: keep all)
// param: limit int default=200 -- at most this many rows
// writes: false
// dialect: neo4j
// With no filter: rows go by target name, so only the first $limit targets (by name, from
// the name indexes; each has at least one row) are aggregated, not every stance edge.
CALL () {  // unless: target, actor, min
  MATCH (t:Actor) WHERE t.name IS NOT NULL AND EXISTS { (t)<-[:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]-(:Actor) }  // unless: target, actor, min
  RETURN t ORDER BY t.name, t.id LIMIT $limit  // unless: target, actor, min
  UNION ALL  // unless: target, actor, min
  MATCH (t:Topic) WHERE t.name IS NOT NULL AND EXISTS { (t)<-[:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]-(:Actor) }  // unless: target, actor, min
  RETURN t ORDER BY t.name, t.id LIMIT $limit  // unless: target, actor, min
}  // unless: target, actor, min
WITH t ORDER BY t.name, t.id LIMIT $limit  // unless: target, actor, min
MATCH (t:Actor|Topic) WHERE t.id IN $target  // if: target
MATCH (holder:Actor) WHERE holder.id IN $actor  // if: actor
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WITH holder, t,
     sum(CASE WHEN type(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
     sum(CASE WHEN type(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN type(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support
WHERE supports + opposes + does_not_support >= $min  // if: min
RETURN t.name AS target, holder.name AS actor, supports, opposes, does_not_support,
       supports - opposes - does_not_support AS net
ORDER BY target, actor, net, supports, opposes, does_not_support
LIMIT $limit
// dialect: ladybug
// With no filter: rows go by target name, so only the first $limit targets by name (each
// has at least one row) are aggregated, not every stance edge.
MATCH (t:Actor:Topic) WHERE EXISTS { MATCH (t)<-[:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]-(:Actor) }  // unless: target, actor, min
WITH t ORDER BY t.name, t.id LIMIT $limit  // unless: target, actor, min
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE true
  AND t.id IN $target  // if: target
  AND holder.id IN $actor  // if: actor
WITH holder, t,
     sum(CASE WHEN label(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
     sum(CASE WHEN label(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN label(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support
WHERE supports + opposes + does_not_support >= $min  // if: min
RETURN t.name AS target, holder.name AS actor, supports, opposes, does_not_support,
       supports - opposes - does_not_support AS net
ORDER BY target, actor, net, supports, opposes, does_not_support
LIMIT $limit
