MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE holder.id IN $actor
  AND t.id IN $target  // if: target
WITH holder, t, left(coalesce(r.date, ''), 7) AS month,
     sum(CASE WHEN label(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
     sum(CASE WHEN label(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN label(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support,
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
