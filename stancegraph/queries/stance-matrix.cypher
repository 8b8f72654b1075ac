// title: Stance matrix: actors by target
// description: For each actor and each target it takes a stance on: how many SUPPORTS, OPPOSES and DOES_NOT_SUPPORT edges, and the net (supports minus the other two).
// param: target node -- only this target (actor or topic)
// param: actor node -- only stances held by this actor
// param: min int -- leave out pairs with fewer stance edges than this (default: keep all)
// param: limit int default=200 -- at most this many rows
// writes: false
// dialect: neo4j
// Without a target or an actor: rows go by target name, so targets are taken in name order
// (those with a stance holder, from the counts kept on them; same-name targets together)
// and aggregated one name at a time until $limit rows are out, instead of every stance edge
// at once (with --min 2 at 1M edges: 177 -> 40 ms). Without --min each target gives at least
// one row, so only the first $limit names are read.
CALL () {  // unless: target, actor
  MATCH (t:Actor) WHERE t.name IS NOT NULL AND t.stance_holders > 0  // unless: target, actor
  RETURN t  // unless: target, actor
  UNION ALL  // unless: target, actor
  MATCH (t:Topic) WHERE t.name IS NOT NULL AND t.stance_holders > 0  // unless: target, actor
  RETURN t  // unless: target, actor
}  // unless: target, actor
WITH t.name AS target, collect(t) AS same_name ORDER BY target  // unless: target, actor
LIMIT $limit  // unless: target, actor, min
CALL (same_name) {  // unless: target, actor
  UNWIND same_name AS t  // unless: target, actor
  MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)  // unless: target, actor
  WITH holder, t,  // unless: target, actor
       sum(CASE WHEN type(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,  // unless: target, actor
       sum(CASE WHEN type(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,  // unless: target, actor
       sum(CASE WHEN type(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support  // unless: target, actor
  WHERE supports + opposes + does_not_support >= $min  // if: min  // unless: target, actor
  RETURN holder.name AS actor, supports, opposes, does_not_support,  // unless: target, actor
         supports - opposes - does_not_support AS net  // unless: target, actor
  ORDER BY actor, net, supports, opposes, does_not_support  // unless: target, actor
}  // unless: target, actor
RETURN target, actor, supports, opposes, does_not_support, net  // unless: target, actor
LIMIT $limit  // unless: target, actor
MATCH (t:Actor|Topic) WHERE t.id IN $target  // if: target
MATCH (holder:Actor) WHERE holder.id IN $actor  // if: actor
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)  // if: target, actor
WITH holder, t,  // if: target, actor
     sum(CASE WHEN type(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,  // if: target, actor
     sum(CASE WHEN type(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,  // if: target, actor
     sum(CASE WHEN type(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support  // if: target, actor
WHERE supports + opposes + does_not_support >= $min  // if: min  // if: target, actor
RETURN t.name AS target, holder.name AS actor, supports, opposes, does_not_support,  // if: target, actor
       supports - opposes - does_not_support AS net  // if: target, actor
ORDER BY target, actor, net, supports, opposes, does_not_support  // if: target, actor
LIMIT $limit  // if: target, actor
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
