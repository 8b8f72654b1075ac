// variant: by-target-or-actor when target, actor
// Start from what was given (id index).
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

// variant: by-target-name
// Rows go by target name, so targets are taken in name order (those with a stance holder,
// from the counts kept on them; same-name targets together) and aggregated one name at a
// time until $limit rows are out, instead of every stance edge at once. Without --min each
// target gives at least one row, so only the first $limit names are read.
CALL () {
  MATCH (t:Actor) WHERE t.name IS NOT NULL AND t.stance_holders > 0
  RETURN t
  UNION ALL
  MATCH (t:Topic) WHERE t.name IS NOT NULL AND t.stance_holders > 0
  RETURN t
}
WITH t.name AS target, collect(t) AS same_name ORDER BY target
LIMIT $limit  // unless: min
CALL (same_name) {
  UNWIND same_name AS t
  MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
  WITH holder, t,
       sum(CASE WHEN type(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
       sum(CASE WHEN type(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
       sum(CASE WHEN type(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support
  WHERE supports + opposes + does_not_support >= $min  // if: min
  RETURN holder.name AS actor, supports, opposes, does_not_support,
         supports - opposes - does_not_support AS net
  ORDER BY actor, net, supports, opposes, does_not_support
}
RETURN target, actor, supports, opposes, does_not_support, net
LIMIT $limit
