// variant: filtered when target, actor, min
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

// variant: first-targets
// Rows go by target name, so only the first $limit targets by name (each
// has at least one row) are aggregated, not every stance edge.
MATCH (t:Actor:Topic) WHERE EXISTS { MATCH (t)<-[:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]-(:Actor) }
WITH t ORDER BY t.name, t.id LIMIT $limit
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE true
WITH holder, t,
     sum(CASE WHEN label(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
     sum(CASE WHEN label(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN label(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support
RETURN t.name AS target, holder.name AS actor, supports, opposes, does_not_support,
       supports - opposes - does_not_support AS net
ORDER BY target, actor, net, supports, opposes, does_not_support
LIMIT $limit
