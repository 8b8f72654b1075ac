MATCH (holder:Actor)-[r:OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE t.id IN $target AND (NOT $strict OR label(r) = 'OPPOSES')
RETURN holder.name AS actor, holder.kind AS kind, label(r) AS stance, t.name AS target, count(r) AS times,
       count(DISTINCT r.article) AS articles, min(r.date) AS first_date, max(r.date) AS last_date,
       min(r.sentence) AS example
ORDER BY times DESC, actor, stance, target, kind
LIMIT $limit
