// Start from the holder (id index) and group what hangs off it.
MATCH (holder:Actor) WHERE holder.id IN $actor
MATCH (t:Actor|Topic) WHERE t.id IN $target  // if: target
MATCH (holder)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WITH holder, t, left(coalesce(r.date, ''), 7) AS month,
     sum(CASE WHEN type(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
     sum(CASE WHEN type(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN type(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support,
     count(DISTINCT r.article) AS articles, min(r.date) AS first_date, max(r.date) AS last_date,
     max(r.confidence) AS strongest
MATCH (holder)-[e:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE left(coalesce(e.date, ''), 7) = month AND e.confidence = strongest
WITH holder, t, month, supports, opposes, does_not_support, articles, first_date, last_date, strongest,
     min(e.sentence) AS example
RETURN month, holder.name AS actor, t.name AS target, supports, opposes, does_not_support,
       supports - opposes - does_not_support AS net, articles, first_date, last_date,
       strongest AS confidence, example
ORDER BY month, target, actor, net, example
LIMIT $limit
