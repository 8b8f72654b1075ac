MATCH (holder:Actor)-[r:SUPPORTS]->(t)
WHERE t.id IN $target
RETURN holder.name AS actor, holder.kind AS kind, t.name AS target, count(r) AS times,
       count(DISTINCT r.article) AS articles, min(r.date) AS first_date, max(r.date) AS last_date,
       min(r.sentence) AS example
ORDER BY times DESC, actor, target, kind
LIMIT $limit
