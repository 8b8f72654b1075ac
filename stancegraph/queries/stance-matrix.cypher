// title: Stance matrix: actors by target
// description: For each actor and each target it takes a stance on: how many SUPPORTS, OPPOSES and DOES_NOT_SUPPORT edges, and the net (supports minus the other two).
// param: target node -- only this target (actor or topic)
// param: actor node -- only stances held by this actor
// param: min int default=1 -- leave out pairs with fewer stance edges than this
// param: limit int default=200 -- at most this many rows
// writes: false
// dialect: neo4j
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE (size($target) = 0 OR t.id IN $target) AND (size($actor) = 0 OR holder.id IN $actor)
WITH holder, t,
     sum(CASE WHEN type(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
     sum(CASE WHEN type(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN type(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support
WHERE supports + opposes + does_not_support >= $min
RETURN t.name AS target, holder.name AS actor, supports, opposes, does_not_support,
       supports - opposes - does_not_support AS net
ORDER BY target, actor, net, supports, opposes, does_not_support
LIMIT $limit
// dialect: ladybug
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE (size($target) = 0 OR t.id IN $target) AND (size($actor) = 0 OR holder.id IN $actor)
WITH holder, t,
     sum(CASE WHEN label(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
     sum(CASE WHEN label(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN label(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support
WHERE supports + opposes + does_not_support >= $min
RETURN t.name AS target, holder.name AS actor, supports, opposes, does_not_support,
       supports - opposes - does_not_support AS net
ORDER BY target, actor, net, supports, opposes, does_not_support
LIMIT $limit
